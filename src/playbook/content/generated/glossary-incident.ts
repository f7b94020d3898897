// Generated from src/playbook/content/glossary-incident.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { GlossaryEntry } from '../../schema.js';

/** The glossary terms of kind `incident-management`. */
export const incidentTerms: readonly GlossaryEntry[] = [
  {
    id: "slo",
    term: "SLO",
    kind: "incident-management",
    aliases: [
      "service level objective",
    ],
    patterns: [],
    engineer: "A target for an SLI over a window, such as 99.9% of requests succeeding within 300 ms over 30 days.",
    exec: "The level of reliability we promise ourselves for a service, written as a number we can check.",
    categories: [
      "monitoring-alerting",
    ],
    questions: [
      "q-symptom-vs-cause",
      "q-alert-threshold",
    ],
  },
  {
    id: "sli",
    term: "SLI",
    kind: "incident-management",
    aliases: [
      "service level indicator",
    ],
    patterns: [],
    engineer: "A measured ratio of good events to valid events, such as successful requests over all requests.",
    exec: "The measurement that tells us how reliable a service is from the customer’s side.",
    categories: [
      "monitoring-alerting",
    ],
    questions: [
      "q-symptom-vs-cause",
    ],
  },
  {
    id: "sla",
    term: "SLA",
    kind: "incident-management",
    aliases: [
      "service level agreement",
    ],
    patterns: [],
    engineer: "A contractual commitment on availability or latency, usually looser than the SLO, with penalties attached.",
    exec: "The reliability we have promised customers in a contract, with money or credits at stake if we miss it.",
    categories: [
      "communication",
    ],
    questions: [
      "q-customer-view",
    ],
  },
  {
    id: "error-budget",
    term: "Error budget",
    kind: "incident-management",
    aliases: [
      "error budget burn",
    ],
    patterns: [],
    engineer: "The amount of unreliability the SLO allows in its window (1 minus the target); an incident spends part of it.",
    exec: "The amount of failure we can afford in a month before we break our reliability target; an incident spends part of it.",
    categories: [
      "monitoring-alerting",
      "deploy-release",
    ],
    questions: [
      "q-alert-threshold",
      "q-progressive-rollout",
    ],
  },
  {
    id: "burn-rate",
    term: "Burn rate",
    kind: "incident-management",
    aliases: [
      "burn rates",
      "error budget burn rate",
    ],
    patterns: [],
    engineer: "How fast the error budget is being spent, as a multiple of the rate that would use it up exactly over the SLO window; 14x spends a 30-day budget in about two days.",
    exec: "How fast we were using up the failure we can afford; at 14 times the normal rate, a month's allowance would be gone in about two days.",
    categories: [
      "monitoring-alerting",
    ],
    questions: [
      "q-alert-threshold",
    ],
  },
  {
    id: "time-to-detect",
    term: "Time to detect",
    kind: "incident-management",
    aliases: [
      "TTD",
      "time-to-detect",
    ],
    patterns: [],
    engineer: "The time from impact start to the moment the organisation knew, from an alert, a customer or a person.",
    exec: "How long customers were affected before we noticed.",
    categories: [
      "monitoring-alerting",
    ],
    questions: [
      "q-first-signal",
      "q-signal-earlier",
    ],
  },
  {
    id: "time-to-acknowledge",
    term: "Time to acknowledge",
    kind: "incident-management",
    aliases: [
      "TTA",
      "time-to-acknowledge",
    ],
    patterns: [],
    engineer: "The time from detection (an alert or report) to a responder acknowledging it and starting work.",
    exec: "How long it took for a person to pick up the problem after we knew about it.",
    categories: [
      "on-call-escalation",
    ],
    questions: [
      "q-who-to-call",
      "q-alert-noise",
    ],
  },
  {
    id: "time-to-mitigate",
    term: "Time to mitigate",
    kind: "incident-management",
    aliases: [
      "TTM",
      "time-to-mitigate",
    ],
    patterns: [],
    engineer: "The time from impact start until customer impact stopped, even if the underlying fault was still present.",
    exec: "How long it took to stop the harm to customers.",
    categories: [
      "architecture-resilience",
      "deploy-release",
    ],
    questions: [
      "q-mitigation-options",
      "q-rollback-path",
    ],
  },
  {
    id: "time-to-resolve",
    term: "Time to resolve",
    kind: "incident-management",
    aliases: [
      "TTR",
      "time-to-resolve",
      "time to recovery",
    ],
    patterns: [],
    engineer: "The time from impact start until the incident was fully resolved and the system back to its normal state.",
    exec: "How long it took until everything was fully back to normal.",
    categories: [
      "runbooks-documentation",
      "tooling",
    ],
    questions: [
      "q-runbook-used",
      "q-tools-in-the-way",
    ],
  },
  {
    id: "mttd",
    term: "MTTD",
    kind: "incident-management",
    aliases: [
      "mean time to detect",
    ],
    patterns: [],
    engineer: "Time to detect averaged over many incidents; a trend, not a fact about one incident.",
    exec: "The average, over many incidents, of how long customers were affected before we noticed.",
    categories: [
      "monitoring-alerting",
    ],
    questions: [
      "q-first-signal",
      "q-signal-earlier",
    ],
  },
  {
    id: "mtta",
    term: "MTTA",
    kind: "incident-management",
    aliases: [
      "mean time to acknowledge",
    ],
    patterns: [],
    engineer: "Time to acknowledge averaged over many incidents; a measure of on-call load and alert quality.",
    exec: "The average, over many incidents, of how long it took a person to pick up a problem after we knew about it.",
    categories: [
      "on-call-escalation",
    ],
    questions: [
      "q-who-to-call",
      "q-alert-noise",
    ],
  },
  {
    id: "mttm",
    term: "MTTM",
    kind: "incident-management",
    aliases: [
      "mean time to mitigate",
    ],
    patterns: [],
    engineer: "Time to mitigate averaged over many incidents.",
    exec: "The average, over many incidents, of how long it took to stop the harm to customers.",
    categories: [
      "architecture-resilience",
      "deploy-release",
    ],
    questions: [
      "q-mitigation-options",
      "q-rollback-path",
    ],
  },
  {
    id: "mttr",
    term: "MTTR",
    kind: "incident-management",
    aliases: [
      "mean time to resolve",
      "mean time to recovery",
      "mean time to repair",
    ],
    patterns: [],
    engineer: "Time to resolve averaged over many incidents; the most quoted and least comparable of these numbers.",
    exec: "The average, over many incidents, of how long it took until everything was fully back to normal.",
    categories: [
      "runbooks-documentation",
      "tooling",
    ],
    questions: [
      "q-runbook-used",
      "q-tools-in-the-way",
    ],
  },
  {
    id: "blast-radius",
    term: "Blast radius",
    kind: "incident-management",
    aliases: [],
    patterns: [],
    engineer: "The set of users, regions, tenants or services a single failure can reach, bounded by isolation such as cells and shards.",
    exec: "How much of the business one failure can touch; the smaller it is, the fewer customers are affected.",
    categories: [
      "architecture-resilience",
    ],
    questions: [
      "q-blast-radius",
      "q-single-point",
    ],
  },
  {
    id: "contributing-factor",
    term: "Contributing factor",
    kind: "incident-management",
    aliases: [],
    patterns: [],
    engineer: "A condition in the system, tooling or organisation that allowed the failure to happen or made it worse; there are usually several.",
    exec: "One of the conditions that let the problem happen or grow. Incidents have several, and each is something we can fix.",
    categories: [
      "communication",
    ],
    questions: [
      "q-why-reasonable",
      "q-known-risk",
    ],
  },
  {
    id: "root-cause",
    term: "Root cause",
    kind: "incident-management",
    aliases: [
      "root-cause analysis",
      "rca",
    ],
    patterns: [],
    engineer: "The idea of a single originating cause; complex systems fail through several interacting conditions, so debrief records contributing factors instead.",
    exec: "The idea that one thing caused the outage. In practice several conditions combine, so we list them all and fix the most important ones.",
    categories: [
      "communication",
    ],
    questions: [
      "q-why-reasonable",
      "q-happened-before",
    ],
  },
  {
    id: "blameless-post-mortem",
    term: "Blameless post-mortem",
    kind: "incident-management",
    aliases: [
      "post-mortem",
      "postmortem",
      "incident review",
      "retrospective",
    ],
    patterns: [],
    engineer: "A written review that explains the incident through systems and decisions in context, without assigning fault to individuals.",
    exec: "A review that looks for what to change in our systems and ways of working, rather than whom to punish, so people share the full story.",
    categories: [
      "communication",
    ],
    questions: [
      "q-safe-to-say",
      "q-what-do-we-want",
    ],
  },
  {
    id: "bluf",
    term: "BLUF",
    kind: "incident-management",
    aliases: [
      "bottom line up front",
    ],
    patterns: [],
    engineer: "A short opening paragraph that states the outcome, impact, cause and next step before any detail.",
    exec: "The short summary at the top of the report: what happened, what it cost and what we are doing about it.",
    categories: [
      "communication",
    ],
    questions: [
      "q-close-share",
    ],
  },
  {
    id: "incident-commander",
    term: "Incident commander",
    kind: "incident-management",
    aliases: [
      "ic",
    ],
    patterns: [],
    engineer: "The responder who coordinates the response, delegates work and makes decisions, usually without hands on the keyboard.",
    exec: "The person who runs the response to an incident and decides what happens next.",
    categories: [
      "on-call-escalation",
    ],
    questions: [
      "q-handoffs",
      "q-escalate-sooner",
    ],
  },
  {
    id: "on-call",
    term: "On-call",
    kind: "incident-management",
    aliases: [
      "pager rotation",
      "on call",
    ],
    patterns: [],
    engineer: "A rotation where an engineer is reachable to respond to alerts out of hours, with an escalation path behind them.",
    exec: "The engineers who take turns being reachable day and night to respond to problems.",
    categories: [
      "on-call-escalation",
    ],
    questions: [
      "q-oncall-load",
      "q-fatigue",
    ],
  },
  {
    id: "escalation",
    term: "Escalation",
    kind: "incident-management",
    aliases: [
      "escalation policy",
    ],
    patterns: [],
    engineer: "Bringing in more responders, specialists or decision makers when the current ones need help or authority.",
    exec: "Calling in more or more senior help when a problem is bigger than the first responder can handle.",
    categories: [
      "on-call-escalation",
    ],
    questions: [
      "q-escalate-sooner",
      "q-who-to-call",
    ],
  },
  {
    id: "severity",
    term: "Severity",
    kind: "incident-management",
    aliases: [
      "sev",
      "sev1",
      "sev2",
      "sev3",
      "sev4",
    ],
    patterns: [],
    engineer: "A level from SEV1 (widespread customer impact) to SEV4 (minor) that sets the response, communication and review expected.",
    exec: "How serious the incident was, on a scale from 1 (most serious) to 4; it decides how much attention the response gets.",
    categories: [
      "communication",
    ],
    questions: [
      "q-customer-view",
    ],
  },
  {
    id: "runbook",
    term: "Runbook",
    kind: "incident-management",
    aliases: [
      "playbook",
      "run book",
    ],
    patterns: [],
    engineer: "Written steps for diagnosing and mitigating a known failure, ideally linked from the alert that needs them.",
    exec: "A written checklist that tells responders what to do for a known kind of problem.",
    categories: [
      "runbooks-documentation",
    ],
    questions: [
      "q-runbook-used",
      "q-docs-current",
    ],
  },
  {
    id: "mitigation",
    term: "Mitigation",
    kind: "incident-management",
    aliases: [],
    patterns: [],
    engineer: "An action that stops or reduces customer impact, such as a rollback, failover or feature-flag change, before the underlying fault is fixed.",
    exec: "The quick step that stops the harm to customers, even if the permanent fix comes later.",
    categories: [
      "architecture-resilience",
      "deploy-release",
    ],
    questions: [
      "q-mitigation-options",
    ],
  },
  {
    id: "rollback",
    term: "Rollback",
    kind: "incident-management",
    aliases: [
      "roll back",
      "revert",
    ],
    patterns: [],
    engineer: "Returning a service to its previous known-good version or configuration to remove a suspected change.",
    exec: "Undoing a recent change to get back to the last version that worked.",
    categories: [
      "deploy-release",
    ],
    questions: [
      "q-rollback-path",
    ],
  },
  {
    id: "canary",
    term: "Canary release",
    kind: "incident-management",
    aliases: [
      "canary",
      "progressive rollout",
      "staged rollout",
    ],
    patterns: [],
    engineer: "Sending a small share of traffic to a new version and comparing its health with the baseline before rolling out further.",
    exec: "Trying a change on a small slice of customers first, so a problem hurts few people and is caught early.",
    categories: [
      "deploy-release",
    ],
    questions: [
      "q-progressive-rollout",
      "q-deploy-signal",
    ],
  },
  {
    id: "feature-flag",
    term: "Feature flag",
    kind: "incident-management",
    aliases: [
      "feature toggle",
      "kill switch",
      "flagd",
      "LaunchDarkly",
      "Flagsmith",
      "flag service",
    ],
    patterns: [],
    engineer: "A runtime switch that turns code paths on or off without a deploy; also a fast mitigation when a new path misbehaves.",
    exec: "A switch that turns a feature on or off instantly without releasing new software.",
    categories: [
      "deploy-release",
      "configuration",
    ],
    questions: [
      "q-mitigation-options",
      "q-config-review",
    ],
  },
  {
    id: "near-miss",
    term: "Near miss",
    kind: "incident-management",
    aliases: [
      "near-miss",
    ],
    patterns: [],
    engineer: "An event that could have caused an incident but did not, often through luck; cheap to learn from.",
    exec: "Something that almost caused an outage; reviewing it costs little and can prevent the real thing.",
    categories: [
      "communication",
    ],
    questions: [
      "q-got-lucky",
      "q-happened-before",
    ],
  },
  {
    id: "toil",
    term: "Toil",
    kind: "incident-management",
    aliases: [],
    patterns: [],
    engineer: "Manual, repetitive operational work that grows with the service and could be automated.",
    exec: "Repetitive manual work that takes engineers’ time away from making systems more reliable.",
    categories: [
      "tooling",
      "on-call-escalation",
    ],
    questions: [
      "q-oncall-load",
      "q-action-beyond-people",
    ],
  },
  {
    id: "alert-fatigue",
    term: "Alert fatigue",
    kind: "incident-management",
    aliases: [
      "noisy alerts",
      "pager fatigue",
    ],
    patterns: [],
    engineer: "Desensitisation from frequent, low-value or flapping alerts, so real alerts get slower or less careful attention.",
    exec: "When alarms go off so often for nothing that people stop trusting them.",
    categories: [
      "monitoring-alerting",
      "on-call-escalation",
    ],
    questions: [
      "q-alert-noise",
      "q-alert-threshold",
    ],
  },
  {
    id: "game-day",
    term: "Game day",
    kind: "incident-management",
    aliases: [
      "gameday",
      "failure drill",
      "chaos day",
    ],
    patterns: [],
    engineer: "A planned exercise that injects a failure into a real or realistic system to practise the response and test assumptions.",
    exec: "A planned practice run where a failure is made to happen on purpose, to rehearse how the team responds.",
    categories: [
      "runbooks-documentation",
      "on-call-escalation",
    ],
    questions: [
      "q-practised-before",
      "q-runbook-used",
    ],
  },
  {
    id: "five-whys",
    term: "Five whys",
    kind: "incident-management",
    aliases: [
      "5 whys",
      "five why",
    ],
    patterns: [],
    engineer: "Asking \"why\" repeatedly from the failure back to a cause; it tends to stop at one person or one cause, so use it to open questions, not to close them.",
    exec: "A technique of asking \"why?\" several times in a row to get from what failed to the conditions behind it.",
    categories: [
      "communication",
    ],
    questions: [
      "q-why-reasonable",
      "q-what-is-missing",
    ],
  },
  {
    id: "pagerduty",
    term: "PagerDuty",
    kind: "incident-management",
    aliases: [
      "pager duty",
    ],
    patterns: [],
    engineer: "The paging service that turns alerts into pages, follows the on-call schedule and escalation policy, and records who acknowledged and resolved each incident.",
    exec: "The service that calls or messages the engineer on duty when an alarm goes off, and calls the next person if nobody answers.",
    categories: [
      "on-call-escalation",
    ],
    questions: [
      "q-who-to-call",
      "q-escalate-sooner",
    ],
  },
  {
    id: "brown-bag",
    term: "Brown-bag session",
    kind: "incident-management",
    aliases: [
      "brown-bag",
      "brown bag",
      "lunch and learn",
    ],
    patterns: [],
    engineer: "An informal talk, often over lunch, where the team walks through an incident or a technique so others learn from it.",
    exec: "An informal talk, often over lunch, where the team shares what it learned with colleagues.",
    categories: [
      "communication",
    ],
    questions: [
      "q-what-is-missing",
    ],
  },
  {
    id: "happy-path",
    term: "Happy path",
    kind: "incident-management",
    aliases: [
      "happy-path test",
      "happy path testing",
      "sunny-day path",
    ],
    patterns: [],
    engineer: "The flow in which every input is valid and every dependency answers in time; tests that try only it leave error handling, timeouts and retries unexercised.",
    exec: "The normal case where everything goes right; checks that try only this case do not show what happens when something goes wrong.",
    categories: [
      "automated-testing",
    ],
    questions: [
      "q-test-gap",
      "q-error-handling",
    ],
  },
  {
    id: "stack-trace",
    term: "Stack trace",
    kind: "incident-management",
    aliases: [
      "backtrace",
      "backtraces",
      "stack backtrace",
      "traceback",
      "goroutine stack",
      "stack dump",
    ],
    patterns: [],
    engineer: "The chain of function calls a thread or goroutine was in when it crashed or was sampled, innermost first; it shows where a panic happened and how the code got there.",
    exec: "The list of steps a program was in the middle of when it failed, which shows engineers where to look.",
    categories: [
      "tooling",
      "monitoring-alerting",
    ],
    questions: [
      "q-observability-gap",
      "q-tools-in-the-way",
    ],
  },
];
