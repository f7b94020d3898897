// Generated from src/playbook/content/script.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { ScriptText } from '../schema.js';

/** The pieces of the opening and closing statements. */
export const scriptText: ScriptText = {
  opening: {
    heading: "Opening statement",
    thanks: "Thank you for making the time.",
    incident: "This is the review of \"{title}\", a {severity} incident{affected}{impact}",
    affected: " that affected {services}",
    affectedMissing: " (affected services not recorded yet)",
    impact: ", with customer impact {window}.",
    impactMissing: " (impact window not recorded yet).",
    purpose: "We are here to learn how our systems and ways of working allowed this to happen, and to decide what we will change. We are not here to find someone to blame.",
    groundRules: "Three ground rules. First, we assume everyone did what made sense with what they knew at the time, so we ask what they saw rather than what they should have done. Second, we talk about conditions, tools and decisions, not about culprits. Third, anyone may pause the discussion if it starts to sound like blame, including me.",
    timeBox: "We have {minutes} minutes. By the end we will have one shared timeline, the contributing factors, and a short list of action items, each with an owner and a due date.",
    missing: {
      services: "affected services",
      impactStart: "impact start",
    },
  },
  closing: {
    heading: "Closing statement",
    intro: "Thank you. Let me read back what we found and what we agreed.",
    findings: "Key findings:",
    finding: "- {title}",
    findingsMissing: "We have not recorded any contributing factors yet; let us name at least one before we leave.",
    actions: "Action items:",
    action: "- {title} ({owner}, {due})",
    ownerMissing: "owner needed",
    due: "due {date}",
    dueMissing: "due date needed",
    actionsMissing: "We have no action items yet; a review without one change is a review we will repeat.",
    followUp: "We will meet again on {when} to check how the actions are going.",
    followUpMissing: "We still need a date for the follow-up review; let us pick one now.",
    end: "The write-up will be shared within two working days. Thank you for being open today.",
    missing: {
      factors: "contributing factors",
      owner: "owner for \"{title}\"",
      dueDate: "due date for \"{title}\"",
      actions: "action items",
      followUp: "follow-up review date",
    },
  },
};
