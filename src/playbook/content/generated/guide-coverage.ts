// Generated from src/playbook/content/guide-coverage.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { GuideElement } from '../../schema.js';

/** Each element of the guide debrief was built from, and the playbook entries that cover it. */
export const guideCoverage: readonly GuideElement[] = [
  {
    id: "purpose",
    element: "The facilitator says from the start that the review is for learning and improving, not for finding a culprit.",
    coveredBy: [
      "script:opening.purpose",
      "agenda:ground-rules",
    ],
  },
  {
    id: "stakes",
    element: "Leaders arrive wanting accountability, reassurance and a plan, and the facilitator's standing depends on meeting that calmly.",
    coveredBy: [
      "nuance:executives",
      "objection:who-is-responsible",
      "objection:just-tell-me-the-fix",
    ],
  },
  {
    id: "bottom-line-first",
    element: "Leaders get the bottom line first, then the detail.",
    coveredBy: [
      "nuance:executives",
      "objection:just-tell-me-the-fix",
      "glossary:bluf",
    ],
  },
  {
    id: "adapt-the-script",
    element: "The script is a starting point to adapt to the incident and to the facilitator's own voice.",
    coveredBy: [
      "script:template.title",
      "script:opening.incident",
    ],
  },
  {
    id: "opening-names-the-outage",
    element: "The opening thanks people and names the outage and what it affected.",
    coveredBy: [
      "script:opening.thanks",
      "script:opening.incident",
      "script:opening.affected",
    ],
  },
  {
    id: "opening-goals",
    element: "The opening says what the meeting will produce, namely causes, contributing factors and changes that prevent a repeat.",
    coveredBy: [
      "script:opening.purpose",
      "script:opening.timeBox",
      "agenda:factors",
      "agenda:actions",
    ],
  },
  {
    id: "opening-blameless-rule",
    element: "The opening states that the review is blameless and looks at systems and processes.",
    coveredBy: [
      "script:opening.groundRules",
    ],
  },
  {
    id: "senior-engineer-objection",
    element: "A senior engineer or manager argues, fairly, that a decision went wrong and the room needs to understand it.",
    coveredBy: [
      "objection:what-was-the-mistake",
    ],
  },
  {
    id: "senior-engineer-objection-harsher",
    element: "The same objection in harsher forms, asking for a name or calling a person the root cause.",
    coveredBy: [
      "objection:who-made-the-mistake",
      "objection:root-cause-is-person",
      "objection:should-have-known-better",
    ],
  },
  {
    id: "acknowledge-the-wish",
    element: "The answer first recognises the wish to understand the individual decisions.",
    coveredBy: [
      "objection:what-was-the-mistake",
      "objection:who-made-the-mistake",
    ],
  },
  {
    id: "fear-silences-people",
    element: "Dwelling on individuals breeds fear and stops people from speaking openly.",
    coveredBy: [
      "objection:what-was-the-mistake",
      "objection:fire-someone",
    ],
  },
  {
    id: "decisions-in-context",
    element: "The review still examines each decision and its context, aiming at what let the error through and hurt the service.",
    coveredBy: [
      "objection:what-was-the-mistake",
      "question:q-why-reasonable",
      "question:q-looked-safe",
    ],
  },
  {
    id: "system-examples",
    element: "The answer names system checks, such as code review, clear alerts and automated tests.",
    coveredBy: [
      "objection:what-was-the-mistake",
      "category:code-review",
      "category:monitoring-alerting",
      "category:automated-testing",
      "question:q-review-context",
      "question:q-alert-threshold",
      "question:q-test-gap",
    ],
  },
  {
    id: "probe-information",
    element: "Probing question on what information people had at the time.",
    coveredBy: [
      "question:q-data-at-the-time",
    ],
  },
  {
    id: "probe-assumptions",
    element: "Probing question on the assumptions people made.",
    coveredBy: [
      "question:q-assumptions",
      "question:q-mental-model",
    ],
  },
  {
    id: "probe-alternatives",
    element: "Probing question on what else could have been done with only the information available then.",
    coveredBy: [
      "question:q-options-then",
      "question:q-mitigation-options",
    ],
  },
  {
    id: "executive-objection",
    element: "An executive or stakeholder asks who is responsible and how prevention works without holding someone to account.",
    coveredBy: [
      "objection:who-is-responsible",
    ],
  },
  {
    id: "executive-objection-harsher",
    element: "The same objection in harsher forms, demanding a name or a dismissal.",
    coveredBy: [
      "objection:who-is-accountable",
      "objection:fire-someone",
    ],
  },
  {
    id: "accountability-matters",
    element: "The answer first agrees that accountability matters.",
    coveredBy: [
      "objection:who-is-responsible",
      "objection:who-is-accountable",
    ],
  },
  {
    id: "prevention-needs-understanding",
    element: "Real prevention comes from understanding the underlying reasons for the failure.",
    coveredBy: [
      "objection:who-is-responsible",
    ],
  },
  {
    id: "blame-is-temporary",
    element: "Holding a person to account without fixing the system gives only a temporary fix and discourages initiative.",
    coveredBy: [
      "objection:who-is-responsible",
      "objection:who-is-accountable",
    ],
  },
  {
    id: "process-tooling-training",
    element: "Recommendations for process, tooling and training are what gets held to account, through owned actions.",
    coveredBy: [
      "objection:who-is-responsible",
      "category:tooling",
      "category:training",
      "question:q-time-to-learn",
      "question:q-action-owner",
    ],
  },
  {
    id: "restate-blameless-rule",
    element: "The facilitator restates the blameless rule during the meeting, not only at the start.",
    coveredBy: [
      "script:reminder.text",
      "script:reminder.cue",
    ],
  },
  {
    id: "redirect-blame",
    element: "Conversations drifting to blame are turned back to the system.",
    coveredBy: [
      "script:opening.groundRules",
      "script:reminder.text",
      "objection:just-human-error",
      "objection:more-careful",
    ],
  },
  {
    id: "summarise-and-align",
    element: "Findings and actions are summed up so that everyone is clear and agrees.",
    coveredBy: [
      "script:closing.finding",
      "script:closing.action",
      "script:closing.alignment",
      "question:q-close-missed",
    ],
  },
  {
    id: "closing-thanks-and-summary",
    element: "The closing thanks people and reads back the key findings and actions.",
    coveredBy: [
      "script:closing.intro",
      "script:closing.findings",
      "script:closing.actions",
    ],
  },
  {
    id: "report-and-owners",
    element: "The facilitator writes up a report and gives every action an owner.",
    coveredBy: [
      "script:closing.end",
      "script:closing.ownerMissing",
      "script:focus.actionNoOwner",
    ],
  },
  {
    id: "follow-up-meeting",
    element: "A follow-up meeting is set, within a stated timeframe, to review progress.",
    coveredBy: [
      "script:closing.followUp",
      "script:closing.followUpSuggested",
      "agenda:close",
    ],
  },
  {
    id: "vocabulary",
    element: "The facilitator knows the technical vocabulary engineers and leaders will use.",
    coveredBy: [
      "glossary:error-budget",
      "glossary:blast-radius",
      "glossary:contributing-factor",
      "glossary:mttr",
      "glossary:percentile-latency",
    ],
  },
  {
    id: "go-and-rust",
    element: "The facilitator is a Go or Rust backend engineer, so the failures of those languages are explained too.",
    coveredBy: [
      "glossary:goroutine-leak",
      "glossary:context-deadline-exceeded",
      "glossary:borrow-checker",
      "glossary:rust-unwrap-panic",
    ],
  },
  {
    id: "cultural-nuance",
    element: "Tone adapts to culture, language and rank.",
    coveredBy: [
      "nuance:across-cultures",
      "nuance:across-languages",
      "nuance:across-hierarchy",
    ],
  },
  {
    id: "executive-nuance",
    element: "Tone adapts to executives and to a senior engineer who feels accused.",
    coveredBy: [
      "nuance:executives",
      "nuance:senior-engineer-feels-accused",
    ],
  },
  {
    id: "learning-opportunity",
    element: "A bad day becomes something the whole team learns from, and the facilitator's reputation grows with it.",
    coveredBy: [
      "agenda:went-well",
      "question:q-went-well",
      "question:q-close-share",
    ],
  },
];
