// Generated from src/language/rules/procedure-violation.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `procedure_violation`, in the order of their file. */
export const procedureViolationRules: readonly Rule[] = [
  {
    id: "procedure_violation/ignored-procedure",
    category: "procedure_violation",
    message: "Framing the work as ignoring or bypassing a procedure hides why the procedure did not fit.",
    suggestions: [
      "Describe the gap between the procedure as written and the work as done, and why following it did not fit.",
    ],
    question: "How did following the procedure fit the situation at the time?",
    cue: "ignor|disregard|bypass|violat|circumvent|around|overr|skipp|sidestep|flout|broke|breaking|follow|brushed|waved|dismissed|respect|heed",
    pattern: /\b(?:ignored|ignoring|disregarded|disregarding|bypassed|bypassing|violated|violating|circumvented|circumventing|went around|going around|worked around|overrode|overriding|overridden|skipped|skipping|sidestepped|flouted|broke|breaking|did not follow|didn't follow|didn’t follow|never followed|chose to ignore|chose not to follow|decided to ignore|decided not to follow|brushed off|brushed aside|waved off|waved away|dismissed|did not respect|didn't respect|didn't heed|did not heed|not following)\b (?:the |our |a |an |all |both |his |her |their |its |this |that |these |any |every |required |mandatory )*(?:[\w-]+ ){0,2}?(?:runbook|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|warning|alert|alarm|page|notification|signal|objection|concern|review comment|deprecation notice|notice|canary|canary stage|staging|stage|test suite|tests|ci|ci check|load test|dry run|smoke test|migration check)s?\b/,
    agent: "not-system",
    unless: /^(?:i|we)\b[^.]*\b(?:because|since|as)\b/,
    examples: {
      match: [
        "Olga ignored the low-disk warning.",
        "The team went around the change calendar.",
        "The hotfix skipped review.",
      ],
      noMatch: [
        "The decoder ignored the header.",
        "The pipeline skipped the canary stage after a cache hit.",
      ],
    },
  },
  {
    id: "procedure_violation/despite-procedure",
    category: "procedure_violation",
    message: "\"Despite the policy/freeze\" frames the work as a violation; look at why it made sense then.",
    suggestions: [
      "Describe what the procedure said, what the situation was, and why they diverged.",
    ],
    question: "How did following the procedure fit the situation at the time?",
    cue: "despite|spite|regardless|notwithstanding",
    pattern: /\b(?:despite|in spite of|regardless of|notwithstanding) (?:the |our |a |an |clear |explicit |repeated |multiple |several |two |three )*(?:[\w-]+ ){0,2}?(?:runbook|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|guidance|advice)s?\b/,
    examples: {
      match: [
        "Despite the policy, the hotfix skipped review.",
        "The migration ran despite the freeze.",
      ],
      noMatch: [
        "The migration ran during the freeze window that the release team had approved.",
      ],
    },
  },
  {
    id: "procedure_violation/despite-warning",
    category: "procedure_violation",
    message: "\"Despite the warning\" frames a decision as defiance; describe what made it look right.",
    suggestions: [
      "Describe what the warning looked like among the other signals at the time.",
    ],
    question: "What did the warning look like among the other signals at the time?",
    cue: "despite|spite|regardless|notwithstanding",
    pattern: /\b(?:despite|in spite of|regardless of|notwithstanding) (?:the |our |a |an |clear |explicit |repeated |multiple |several |two |three )*(?:[\w-]+ ){0,2}?(?:warning|alert|alarm|page|notification|signal|objection|concern|review comment|deprecation notice|notice)s?\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Despite two warnings in the channel, Henrik kept the migration running.",
      ],
      noMatch: [
        "Despite the alert, the autoscaler did not add nodes.",
      ],
    },
  },
  {
    id: "procedure_violation/anyway",
    category: "procedure_violation",
    message: "\"Went ahead anyway\" frames a decision as defiance; describe what made it look right.",
    suggestions: [
      "Describe the information and pressures that made going ahead look reasonable.",
    ],
    question: "What made going ahead look like the right call at that moment?",
    cue: "anyway",
    pattern: /\b(?:went ahead|pushed|deployed|merged|shipped|proceeded|rolled (?:it |this |that )?out|released|restarted|continued|applied)\b[^.]{0,50}\banyway\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Jonas went ahead with the migration anyway.",
      ],
      noMatch: [
        "The scheduler restarted the pod anyway after the probe timed out.",
      ],
    },
  },
  {
    id: "procedure_violation/passive-not-followed",
    category: "procedure_violation",
    message: "An agentless \"was not followed / was ignored\" still frames the work as a violation.",
    suggestions: [
      "Describe the gap between the procedure as written and the situation, e.g. \"the runbook referred to the old topology\".",
    ],
    question: "How did following the procedure fit the situation at the time?",
    cue: "ignored|disregarded|bypassed|skipped|overridden|circumvented|violated|broken|sidestepped|dismissed|followed|respected|honoured|honored|observed|adhered|obeyed",
    pattern: /\b(?:runbook|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|warning|alert|alarm|page|notification|signal|objection|concern|review comment|deprecation notice|notice)s?(?: step| steps)? (?:was|were|had been|has been|have been|got|is|are|kept being)(?: (?:completely|simply|just|clearly|again|entirely|totally|repeatedly|all|probably|apparently))* (?:ignored|disregarded|bypassed|skipped|overridden|circumvented|violated|broken|sidestepped|dismissed|brushed aside)\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer)(?!\w))|\b(?:runbook|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review)s?(?: step| steps)? (?:was not|were not|wasn't|weren't|was never|were never|had not been|hadn't been|has not been|is not|isn't|aren't|are not)(?: (?:really|fully|properly|actually))? (?:followed|respected|honoured|honored|observed|adhered to|obeyed)\b/,
    examples: {
      match: [
        "The freeze was not respected.",
        "The alert was ignored for forty minutes.",
      ],
      noMatch: [
        "The runbook was followed step by step.",
        "The header was ignored by the proxy.",
      ],
    },
  },
];
