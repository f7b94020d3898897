// Generated from src/playbook/content/questions.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { ProbingQuestion } from '../../schema.js';

/** Probing questions, phase by phase in agenda order. */
export const probingQuestions: readonly ProbingQuestion[] = [
  {
    id: "q-what-do-we-want",
    text: "What would make this meeting worth it for the people in this room?",
    phase: "ground-rules",
    categories: [],
  },
  {
    id: "q-what-is-missing",
    text: "Who else saw this incident from a different angle, and how do we hear from them?",
    phase: "ground-rules",
    categories: [
      "communication",
    ],
  },
  {
    id: "q-safe-to-say",
    text: "What would make it easier for everyone to say what they actually saw and did?",
    phase: "ground-rules",
    categories: [
      "communication",
    ],
  },
  {
    id: "q-one-question",
    text: "If you could get one question answered by the end of this review, what would it be?",
    phase: "ground-rules",
    categories: [],
  },
  {
    id: "q-data-at-the-time",
    text: "What information did the responders have in front of them at that moment?",
    phase: "timeline",
    categories: [
      "monitoring-alerting",
    ],
  },
  {
    id: "q-first-signal",
    text: "What was the first signal that something was wrong, and where did it show up?",
    phase: "timeline",
    categories: [
      "monitoring-alerting",
    ],
  },
  {
    id: "q-signal-earlier",
    text: "Was there a signal earlier than the one that paged us, and why did it not reach anyone?",
    phase: "timeline",
    categories: [
      "monitoring-alerting",
    ],
  },
  {
    id: "q-assumptions",
    text: "What assumptions were people making about the system when they chose that step?",
    phase: "timeline",
    categories: [],
  },
  {
    id: "q-looked-safe",
    text: "What made that action look safe at the time it was taken?",
    phase: "timeline",
    categories: [
      "deploy-release",
      "configuration",
    ],
  },
  {
    id: "q-competing-attention",
    text: "What else was competing for attention while this was unfolding?",
    phase: "timeline",
    categories: [
      "on-call-escalation",
    ],
  },
  {
    id: "q-surprise",
    text: "What surprised you most during the incident?",
    phase: "timeline",
    categories: [],
  },
  {
    id: "q-mental-model",
    text: "How did your picture of the problem change between the first alert and the fix?",
    phase: "timeline",
    categories: [],
  },
  {
    id: "q-dashboard-trust",
    text: "Which dashboards or graphs did people trust, and did any of them mislead?",
    phase: "timeline",
    categories: [
      "monitoring-alerting",
      "tooling",
    ],
  },
  {
    id: "q-who-to-call",
    text: "How did people know whom to call, and how long did it take to reach them?",
    phase: "timeline",
    categories: [
      "on-call-escalation",
    ],
  },
  {
    id: "q-escalate-sooner",
    text: "What would have needed to be true for escalation to happen sooner?",
    phase: "timeline",
    categories: [
      "on-call-escalation",
    ],
  },
  {
    id: "q-runbook-used",
    text: "Was there a runbook for this, and how well did it match what people found?",
    phase: "timeline",
    categories: [
      "runbooks-documentation",
    ],
  },
  {
    id: "q-tools-in-the-way",
    text: "Where did our tools slow the response down or get in the way?",
    phase: "timeline",
    categories: [
      "tooling",
    ],
  },
  {
    id: "q-mitigation-options",
    text: "What mitigation options were on the table, and what made the team pick this one?",
    phase: "timeline",
    categories: [
      "architecture-resilience",
    ],
  },
  {
    id: "q-rollback-path",
    text: "How quickly could we have rolled back, and what stood in the way?",
    phase: "timeline",
    categories: [
      "deploy-release",
    ],
  },
  {
    id: "q-customer-view",
    text: "When and how did customers notice, and how did we learn that they had?",
    phase: "timeline",
    categories: [
      "communication",
      "monitoring-alerting",
    ],
  },
  {
    id: "q-status-updates",
    text: "How were updates shared with people outside the response, and how often?",
    phase: "timeline",
    categories: [
      "communication",
    ],
  },
  {
    id: "q-handoffs",
    text: "Where did work or knowledge change hands, and what was lost at each hand-off?",
    phase: "timeline",
    categories: [
      "on-call-escalation",
      "communication",
    ],
  },
  {
    id: "q-approximate-times",
    text: "Which of these times are we unsure about, and where could we confirm them?",
    phase: "timeline",
    categories: [
      "tooling",
    ],
  },
  {
    id: "q-practised-before",
    text: "When had the responders last practised a failure like this one, in a drill or a game day?",
    phase: "timeline",
    categories: [
      "training",
      "on-call-escalation",
    ],
  },
  {
    id: "q-fatigue",
    text: "How long had the responders been working, and how did that shape the choices they made?",
    phase: "timeline",
    categories: [
      "on-call-escalation",
    ],
  },
  {
    id: "q-why-reasonable",
    text: "Why did the decision make sense to the person making it, given what they knew?",
    phase: "factors",
    categories: [],
  },
  {
    id: "q-review-context",
    text: "What context did the reviewer have, and what would have helped them see the risk?",
    phase: "factors",
    categories: [
      "code-review",
    ],
  },
  {
    id: "q-review-size",
    text: "How large was the change, and how does the size of a change affect the reviews we give it?",
    phase: "factors",
    categories: [
      "code-review",
    ],
  },
  {
    id: "q-test-gap",
    text: "What kind of test would have caught this, and why do we not have one today?",
    phase: "factors",
    categories: [
      "automated-testing",
    ],
  },
  {
    id: "q-test-env-differs",
    text: "How does the test environment differ from production in ways that mattered here?",
    phase: "factors",
    categories: [
      "automated-testing",
      "configuration",
    ],
  },
  {
    id: "q-load-tested",
    text: "Had this path ever been exercised at the load it saw during the incident?",
    phase: "factors",
    categories: [
      "automated-testing",
      "capacity",
    ],
  },
  {
    id: "q-alert-threshold",
    text: "How were the alert thresholds chosen, and when were they last revisited?",
    phase: "factors",
    categories: [
      "monitoring-alerting",
    ],
  },
  {
    id: "q-alert-noise",
    text: "How noisy is this alert normally, and how does that change the way people respond to it?",
    phase: "factors",
    categories: [
      "monitoring-alerting",
      "on-call-escalation",
    ],
  },
  {
    id: "q-symptom-vs-cause",
    text: "Do our alerts describe what users feel, or only what machines report?",
    phase: "factors",
    categories: [
      "monitoring-alerting",
    ],
  },
  {
    id: "q-progressive-rollout",
    text: "Did this change go out gradually, and what would a smaller first step have shown us?",
    phase: "factors",
    categories: [
      "deploy-release",
    ],
  },
  {
    id: "q-deploy-signal",
    text: "What does the deploy pipeline watch after a release, and would it have noticed this?",
    phase: "factors",
    categories: [
      "deploy-release",
      "monitoring-alerting",
    ],
  },
  {
    id: "q-config-review",
    text: "How do configuration changes get reviewed and tested compared with code changes?",
    phase: "factors",
    categories: [
      "configuration",
      "code-review",
    ],
  },
  {
    id: "q-config-validation",
    text: "What checks a configuration value before it reaches production?",
    phase: "factors",
    categories: [
      "configuration",
    ],
  },
  {
    id: "q-default-values",
    text: "Which defaults did we rely on without choosing them, and were they right for our load?",
    phase: "factors",
    categories: [
      "configuration",
      "capacity",
    ],
  },
  {
    id: "q-capacity-headroom",
    text: "How much headroom did we have before the incident, and how do we know?",
    phase: "factors",
    categories: [
      "capacity",
    ],
  },
  {
    id: "q-limits-known",
    text: "Which limits (pools, queues, memory, file handles) did we hit, and were they written down anywhere?",
    phase: "factors",
    categories: [
      "capacity",
      "runbooks-documentation",
    ],
  },
  {
    id: "q-growth-forecast",
    text: "What told us this load was coming, and who looks at those signals?",
    phase: "factors",
    categories: [
      "capacity",
    ],
  },
  {
    id: "q-dependency-contract",
    text: "What did we expect from the dependency, and where is that expectation written down?",
    phase: "factors",
    categories: [
      "dependencies",
    ],
  },
  {
    id: "q-dependency-failure-mode",
    text: "How does our service behave when this dependency is slow rather than down?",
    phase: "factors",
    categories: [
      "dependencies",
      "architecture-resilience",
    ],
  },
  {
    id: "q-vendor-signal",
    text: "How would we have learned about the vendor problem without their notice?",
    phase: "factors",
    categories: [
      "dependencies",
      "monitoring-alerting",
    ],
  },
  {
    id: "q-blast-radius",
    text: "What limited the blast radius, and what let it grow as far as it did?",
    phase: "factors",
    categories: [
      "architecture-resilience",
    ],
  },
  {
    id: "q-retries",
    text: "How do our retries, timeouts and back-off behave when everything is slow at once?",
    phase: "factors",
    categories: [
      "architecture-resilience",
      "dependencies",
    ],
  },
  {
    id: "q-degrade-gracefully",
    text: "What could the service have kept doing in a degraded mode instead of failing outright?",
    phase: "factors",
    categories: [
      "architecture-resilience",
    ],
  },
  {
    id: "q-single-point",
    text: "Where was there only one of something, and what would a second one have cost?",
    phase: "factors",
    categories: [
      "architecture-resilience",
      "capacity",
    ],
  },
  {
    id: "q-concurrency-model",
    text: "How does the code share state between threads or goroutines, and what guards it?",
    phase: "factors",
    categories: [
      "architecture-resilience",
      "code-review",
    ],
  },
  {
    id: "q-error-handling",
    text: "What does the code do when this call fails, and was that choice made on purpose?",
    phase: "factors",
    categories: [
      "code-review",
      "architecture-resilience",
    ],
  },
  {
    id: "q-docs-current",
    text: "When was the documentation for this system last checked against reality?",
    phase: "factors",
    categories: [
      "runbooks-documentation",
    ],
  },
  {
    id: "q-knowledge-holders",
    text: "How many people understand this part of the system well enough to debug it at night?",
    phase: "factors",
    categories: [
      "runbooks-documentation",
      "on-call-escalation",
    ],
  },
  {
    id: "q-oncall-load",
    text: "What does a normal on-call week look like for this team, and how did that shape the response?",
    phase: "factors",
    categories: [
      "on-call-escalation",
    ],
  },
  {
    id: "q-pressure",
    text: "What pressures (deadlines, launches, staffing) were on the team in the weeks before?",
    phase: "factors",
    categories: [
      "communication",
    ],
  },
  {
    id: "q-known-risk",
    text: "Was this risk known before, and what kept the fix from being prioritised?",
    phase: "factors",
    categories: [
      "communication",
    ],
  },
  {
    id: "q-options-then",
    text: "Given only what was known at the time, which other options were open, and what would have made one of them easier to pick?",
    phase: "factors",
    categories: [],
  },
  {
    id: "q-onboarding-failure-modes",
    text: "How does someone new to this service learn how it fails before their first on-call shift?",
    phase: "factors",
    categories: [
      "training",
      "runbooks-documentation",
    ],
  },
  {
    id: "q-tool-familiarity",
    text: "How familiar was the team with the tools this response needed, and where would they have learned them?",
    phase: "factors",
    categories: [
      "training",
      "tooling",
    ],
  },
  {
    id: "q-time-to-learn",
    text: "How much time does the team get to learn the systems it runs, and what usually takes that time away?",
    phase: "factors",
    categories: [
      "training",
    ],
  },
  {
    id: "q-happened-before",
    text: "Has something like this happened before here or elsewhere, and what did we change then?",
    phase: "factors",
    categories: [],
  },
  {
    id: "q-observability-gap",
    text: "What could we not see during the incident that we wish we could have?",
    phase: "factors",
    categories: [
      "monitoring-alerting",
      "tooling",
    ],
  },
  {
    id: "q-went-well",
    text: "What went well that we should make sure keeps happening?",
    phase: "went-well",
    categories: [],
  },
  {
    id: "q-got-lucky",
    text: "Where did we get lucky, and what would have happened without that luck?",
    phase: "went-well",
    categories: [],
  },
  {
    id: "q-improvised",
    text: "What did people improvise that worked, and should it become part of the runbook?",
    phase: "went-well",
    categories: [
      "runbooks-documentation",
    ],
  },
  {
    id: "q-adaptive-capacity",
    text: "What knowledge or skill saved time, and how do we spread it to the rest of the team?",
    phase: "went-well",
    categories: [
      "runbooks-documentation",
      "on-call-escalation",
    ],
  },
  {
    id: "q-worst-case",
    text: "What would this incident have looked like at our busiest hour of the year?",
    phase: "went-well",
    categories: [
      "capacity",
    ],
  },
  {
    id: "q-action-reduces",
    text: "Does this action make a repeat less likely, easier to notice, or less harmful, and which one?",
    phase: "actions",
    categories: [],
  },
  {
    id: "q-action-owner",
    text: "Who will own this action, and do they have the time and authority to finish it?",
    phase: "actions",
    categories: [],
  },
  {
    id: "q-action-done",
    text: "How will we know this action is done and that it worked?",
    phase: "actions",
    categories: [],
  },
  {
    id: "q-action-cheapest",
    text: "What is the smallest change that would have shortened this incident the most?",
    phase: "actions",
    categories: [],
  },
  {
    id: "q-action-detect",
    text: "What would let us detect this within minutes next time?",
    phase: "actions",
    categories: [
      "monitoring-alerting",
    ],
  },
  {
    id: "q-action-beyond-people",
    text: "Does this action rely on extra vigilance, and what guard rail could replace that?",
    phase: "actions",
    categories: [
      "tooling",
    ],
  },
  {
    id: "q-action-share-skill",
    text: "Which skill or piece of knowledge from this incident would a short session or a drill spread across the team?",
    phase: "actions",
    categories: [
      "training",
    ],
  },
  {
    id: "q-action-other-teams",
    text: "Which other teams or services share this weakness, and how do we tell them?",
    phase: "actions",
    categories: [
      "communication",
    ],
  },
  {
    id: "q-close-missed",
    text: "Is there anything we have not talked about that someone feels strongly about?",
    phase: "close",
    categories: [],
  },
  {
    id: "q-close-share",
    text: "Who outside this room should read what we learned?",
    phase: "close",
    categories: [
      "communication",
    ],
  },
  {
    id: "q-close-review-better",
    text: "What would make our next review better than this one?",
    phase: "close",
    categories: [],
  },
];
