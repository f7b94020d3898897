// Generated from src/language/rules/passive-blame.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `passive_blame`, in the order of their file. */
export const passiveBlameRules: readonly Rule[] = [
  {
    id: "passive_blame/lapse-passive",
    category: "passive_blame",
    message: "An agentless lapse (\"was forgotten/overlooked\") still implies somebody's failure.",
    suggestions: [
      "Name the mechanism that allowed the lapse, e.g. \"the cleanup step is manual and not tracked by the pipeline\".",
    ],
    question: "Which mechanism allowed this step to be missed?",
    cue: "forgotten|overlooked|neglected|mishandled|fumbled|botched|bungled|flubbed|messed|screwed|unchecked|unattended|unmonitored|unreviewed|unaddressed|unanswered|unacknowledged|read|acted|actioned",
    pattern: /\b(?:was|were|got|gets|get|been|being|is|are|went)(?: (?:completely|simply|just|somehow|probably|clearly|again|entirely|totally|all|apparently|obviously))* (?:forgotten|overlooked|neglected|mishandled|fumbled|botched|bungled|flubbed|messed up|screwed up|left unchecked|left unattended|left unmonitored|left unreviewed|left unaddressed|left unanswered|left unacknowledged|never read|not read|not acted (?:on|upon)|never acted (?:on|upon)|never actioned|not actioned|unanswered)\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer)(?!\w))/,
    examples: {
      match: [
        "The cleanup step was forgotten.",
        "The lag alert was overlooked overnight.",
        "The handover was fumbled.",
      ],
      noMatch: [
        "The taint was overlooked by the scheduler.",
        "The cleanup step is manual and not tracked by the pipeline.",
      ],
    },
  },
  {
    id: "passive_blame/missed-signal",
    category: "passive_blame",
    message: "An agentless \"the alert was missed\" still implies somebody's lapse.",
    suggestions: [
      "Name where the signal went and why it did not reach anyone who could act.",
    ],
    question: "Where did the signal go, and who could see it at that time?",
    cue: "missed|skipped|dropped",
    pattern: /\b(?:alert|alarm|warning|page|notification|message|email|ticket|comment|handover|hand-off|handoff|cleanup|clean-up|follow-up|action item|sign-off|escalation|runbook step|reminder|step)s? (?:was|were|got|had been|has been|have been|went|kept getting)(?: (?:completely|simply|just|somehow|probably|again|all|apparently))* (?:missed|skipped|dropped)\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer)(?!\w))/,
    examples: {
      match: [
        "The second page was missed.",
        "The cleanup step got skipped again.",
      ],
      noMatch: [
        "The packets were dropped by the firewall.",
        "The heartbeat was missed twice.",
      ],
    },
  },
  {
    id: "passive_blame/idiom",
    category: "passive_blame",
    message: "Idioms like \"mistakes were made\" or \"slipped through the cracks\" hide a lapse without explaining it.",
    suggestions: [
      "Name the gap: which step had no owner, check or tracking.",
    ],
    question: "Which step had no owner, check or tracking?",
    cue: "mistakes|errors|slips|ball|cracks|stools|chairs",
    pattern: /\b(?:mistakes|errors|slips) (?:were|got|have been|had been|was) made\b|\b(?:the )?ball (?:was|got|had been|has been) dropped\b|\b(?:slipped|fell|falls|slips|falling|slipping) (?:through|between) the cracks\b|\bfell between (?:two )?(?:stools|chairs)\b/,
    examples: {
      match: [
        "Some mistakes got made along the way.",
        "The renewal slipped through the cracks.",
      ],
      noMatch: [
        "The cracks in the design doc were fixed.",
      ],
    },
  },
  {
    id: "passive_blame/oversight",
    category: "passive_blame",
    message: "\"It was an oversight\" labels a lapse without naming what allowed it.",
    suggestions: [
      "Name the mechanism: which check or tracking would have surfaced it.",
    ],
    question: "Which check or tracking would have surfaced this?",
    cue: "oversight",
    pattern: /\b(?:was|were|is|an|a|simple|honest|unfortunate|human|clear|obvious)(?: (?:just|simply|purely|an|a|simple|honest|unfortunate|human|clear|obvious))* oversights?\b|\b(?:due to|because of|result of|caused by) (?:an? )?(?:simple |honest |unfortunate )?oversight\b/,
    examples: {
      match: [
        "The expired certificate was an oversight.",
      ],
      noMatch: [
        "Oversight of the vendor is handled by procurement.",
      ],
    },
  },
];
