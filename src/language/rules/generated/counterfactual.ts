// Generated from src/language/rules/counterfactual.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';
import { rewrites } from '../../rewrite.js';

/** The rules of the category `counterfactual`, in the order of their file. */
export const counterfactualRules: readonly Rule[] = [
  {
    id: "counterfactual/modal-perfect",
    category: "counterfactual",
    message: "Hindsight: \"should/could have\" judges a decision by an outcome nobody knew at the time.",
    suggestions: [
      "Describe what did happen and what was visible at the time, e.g. \"At 14:02 the replica showed 40 s of lag; the switch-over tool did not check lag.\"",
    ],
    question: "What did the situation look like at the time, and what made this action reasonable then?",
    cue: "should|could|ought|shoulda|coulda",
    pattern: /\b(?:should|could|ought to)(?:n't|n’t| not| never| also| really| probably| at least| definitely| obviously)?(?: have|'ve|’ve| of) (?:(?:more|less|so|just|simply|actually|really|properly|better|immediately|first|also|at least|never|not|been) )*(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|[\p{L}-]+ed)\b|\b(?:shoulda|coulda)\b/u,
    agent: "person-or-none",
    unless: /\b(?:nobody|no one|none of us|no-one) (?:could|would|should)(?: have|'ve)\b|\bcould(?:n't| not|n’t) (?:reasonably |possibly )?have (?:known|predicted|foreseen|anticipated|expected|seen)\b|\bper (?:the )?(?:spec|contract|design|plan|slo|docs|documentation|rfc|api|sla)\b|\baccording to (?:the )?(?:spec|contract|design|plan|docs|documentation|rfc)\b|\bby design\b|^with (?:a|an|the|better|proper|more|some|bounded|stricter|tighter|less)\b|\bcould(?:n't| not)? have been (?:worse|much worse|a lot worse|far worse)\b/,
    examples: {
      match: [
        "Ruth should have waited for the replica to catch up before switching traffic.",
        "I could have caught this if I'd run the integration suite locally.",
        "Lena: tbh Paolo should have spotted it.",
      ],
      noMatch: [
        "The endpoint should have returned 404 per the contract.",
        "We should gate deploys on migrations.",
        "We should have had a dashboard for queue age.",
        "With a bounded queue, the producer would have applied backpressure.",
      ],
    },
  },
  {
    id: "counterfactual/decision-passive",
    category: "counterfactual",
    message: "Hindsight about a human decision: \"should not have been merged/approved\" judges by the outcome.",
    suggestions: [
      "Describe what the reviewers saw at the time and what the review process checked.",
    ],
    question: "What did the change look like to the people who approved it, and what did the process check?",
    cue: "should|ought",
    pattern: /\b(?:should|ought to)(?:n't|n’t| not| never)? (?:have|'ve) been (?:caught|noticed|spotted|reviewed|tested|checked|approved|merged|deployed|shipped|released|pushed|rolled out|rolled back|reverted|escalated|flagged|paged|allowed|signed off|greenlit|green-lit|questioned|stopped|blocked|followed|read|updated|validated|verified|applied|announced)\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer)(?!\w))/,
    examples: {
      match: [
        "That migration should not have been merged before the freeze.",
      ],
      noMatch: [
        "The regression would have been caught by the canary.",
      ],
    },
  },
  {
    id: "counterfactual/if-person-had",
    category: "counterfactual",
    message: "A counterfactual about what a person could have done is hindsight.",
    suggestions: [
      "Describe what was visible to the person at the time and what competed for attention.",
    ],
    question: "What did the plan output look like to the approver, and what else competed for attention?",
    cue: "if",
    pattern: /\bif (?:only )?(?<agent>[^,;.?!:()]{1,40}?)(?: had|'d|’d)(?: not|n't|n’t| never| just| simply| actually| only| at least| even| bothered to)? (?!been\b|had\b|known\b|realized\b|realised\b|understood\b)(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|[\p{L}-]+ed)\b/u,
    agent: "person",
    examples: {
      match: [
        "If the approver had looked at the plan output, the bucket deletion would have been obvious.",
        "If I'd run the suite locally, I would have seen it.",
      ],
      noMatch: [
        "If the pool had been larger, requests would have queued instead of failing.",
        "If we had had a canary, we would have seen it.",
      ],
    },
  },
  {
    id: "counterfactual/had-person-inverted",
    category: "counterfactual",
    message: "A counterfactual about what a person could have done is hindsight.",
    suggestions: [
      "Describe what did happen and what was known at the time.",
    ],
    question: "What was known at the time this decision was made?",
    cue: "had",
    pattern: /(?:^|[,;:] )had (?<agent>[^,;.?!:()]{1,40}?)(?: not|n't)? (?!been\b)(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|[\p{L}-]+ed)\b[^.]{0,80}\b(?:would|could|might|we'd|it'd)\b/u,
    agent: "person",
    examples: {
      match: [
        "Had Ruth waited, the replica would have caught up.",
      ],
      noMatch: [
        "Had the queue been partitioned, the backlog would have drained.",
      ],
    },
  },
  {
    id: "counterfactual/failed-to",
    category: "counterfactual",
    message: "An omission framed as a person's failure; describe what happened and what would have made the step happen.",
    suggestions: [
      "Describe the step that did not happen and what in the process left it to memory.",
    ],
    question: "What in the process let this step be skipped?",
    cue: "failed|fails|failing|neglect|forgot|forget|omit|omitted|omitting|remember",
    pattern: /\b(?<span>(?:failed|fails|failing|neglected|neglects|neglecting|forgot|forgets|forgetting|omitted|omits|didn't remember|did not remember|didn’t remember) to (?!(?:meet|hit|reach|achieve|stay within|keep|recover|converge|start|boot|connect|resolve|load|parse)\b)(?<verb>[\p{L}-]+)(?<rest>(?: (?!(?:before|after|when|while|until|because|since|during|on|in|at|for|so|and|but|which|even|again|despite|as|until|till|or)\b)[\p{L}\p{N}'’_-]+){0,5}))(?<tail>[^,;.?!]{0,60})/u,
    agent: "person",
    rewrite: rewrites.omission,
    examples: {
      match: [
        "Bob forgot to run the migration before the deploy.",
        "The reviewer failed to notice the port change.",
      ],
      noMatch: [
        "The sidecar failed to reload certs.",
        "We failed to meet the SLO in March.",
      ],
    },
  },
  {
    id: "counterfactual/forgot-object",
    category: "counterfactual",
    message: "Forgetting framed as a person's failure; ask what made the step depend on memory.",
    suggestions: [
      "Describe the step and what would make it automatic or visible.",
    ],
    question: "What made this step depend on someone remembering it?",
    cue: "forgot",
    pattern: /\bforgot (?!to\b)(?:about |that |the |a |an |his |her |their |our |my )/,
    agent: "person",
    examples: {
      match: [
        "Min-jun forgot the feature flag.",
      ],
      noMatch: [
        "The proxy forgot its upstream list after the reload.",
      ],
    },
  },
  {
    id: "counterfactual/negated-action",
    category: "counterfactual",
    message: "A negated expected action (\"never checked\") judges a person by what they did not do.",
    suggestions: [
      "Describe what did happen, what was visible, and what would have prompted the step.",
    ],
    question: "What would have prompted this step at the time?",
    cue: "didn|never|hadn|not",
    pattern: /\b(?<span>(?:didn't|did not|didn’t|never|hadn't|had not|hadn’t)(?: even| actually| bother to| once)? (?<verb>check|checked|run|ran|test|tested|verify|verified|validate|validated|look|looked|read|notice|noticed|catch|caught|update|updated|review|reviewed|confirm|confirmed|wait|waited|monitor|monitored|escalate|escalated|roll back|rolled back|revert|reverted|double-check|double-checked|ask|asked|tell|told|inform|informed|notify|notified|consider|considered|respond|responded|react|reacted|acknowledge|acknowledged|ack|acked|investigate|investigated|heed|heeded|watch|watched|document|documented|announce|announced|coordinate|coordinated|flag|flagged|mention|mentioned|report|reported|raise|raised|spot|spotted|pay attention|follow up|followed up|answer|answered|page|paged|bother)\b(?<rest>(?: (?!(?:before|after|when|while|until|because|since|during|on|in|at|for|so|and|but|which|even|again|despite|as|until|till|or)\b)[\p{L}\p{N}'’_-]+){0,5}))(?<tail>[^,;.?!]{0,60})/u,
    agent: "person",
    unless: /^(?:i|we)\b[^.]*\b(?:didn't|did not|never|didn’t)\b[^.]*\b(?:because|since|as|so that|given)\b/,
    rewrite: rewrites["omission-past"],
    examples: {
      match: [
        "Amir never checked whether the feature flag was scoped to one tenant.",
        "The on-call didn't escalate until 03:40.",
      ],
      noMatch: [
        "Noah did not know the flag was global.",
        "The test didn't run on the release branch.",
      ],
    },
  },
  {
    id: "counterfactual/nobody-did",
    category: "counterfactual",
    message: "\"Nobody checked\" frames an omission as people failing; describe what would have prompted the step.",
    suggestions: [
      "Describe which step did not happen and what in the process leaves it to someone remembering.",
    ],
    question: "What in the process would have prompted this step?",
    cue: "nobody|none|no-one|one",
    pattern: /\b(?:nobody|no one|no-one|none of (?:us|them|the \w+))(?: had| ever| even| actually)? (?:ran|checked|tested|verified|validated|looked|read|noticed|caught|updated|reviewed|confirmed|waited|monitored|escalated|rolled back|reverted|asked|told|informed|notified|considered|responded|reacted|acknowledged|acked|investigated|watched|documented|announced|flagged|mentioned|reported|raised|spotted|answered|paged|bothered|thought to|followed up)\b/,
    examples: {
      match: [
        "Nobody ran the load test against the new serializer.",
      ],
      noMatch: [
        "Nobody on the bridge knew that the vendor had changed their rate limits.",
      ],
    },
  },
  {
    id: "counterfactual/missed",
    category: "counterfactual",
    message: "\"Missed\" or \"overlooked\" with a person as subject judges perception in hindsight.",
    suggestions: [
      "Describe what the signal looked like and what else competed for attention.",
    ],
    question: "What did the signal look like at the time, and what competed with it?",
    cue: "missed|overlooked|misread|misjudged|mistyped|botched|fumbled|failed",
    pattern: /\b(?:missed|overlooked|misread|misjudged|mistyped|botched|fumbled|failed to notice|failed to see)\b(?! (?:the |our |its |their |a |an )?(?:[\w-]+ )?(?:slo|sla|slos|target|deadline|budget|objective|quarter|goal|heartbeat|heartbeats|slot|lease|tick|sync|schedule|flush|window|train|bus|meeting|standup|call)s?\b)/,
    agent: "person",
    examples: {
      match: [
        "We missed the page because the phone was on silent.",
        "The reviewer overlooked the port change.",
      ],
      noMatch: [
        "The backup missed its slot.",
        "ZooKeeper missed a session heartbeat.",
      ],
    },
  },
  {
    id: "counterfactual/instead-of",
    category: "counterfactual",
    message: "\"Instead of\" sets what a person did against what hindsight says they should have done.",
    suggestions: [
      "Describe what the person did and what made it look like the right move at the time.",
    ],
    question: "What made this look like the right move at the time?",
    cue: "instead",
    pattern: /\binstead of (?!saying|writing|calling)(?<verb>[\p{L}-]+ing)\b/u,
    agent: "person",
    agentAt: "clause",
    unless: /\b(?:will|'ll|going to|plan(?:s|ning)? to|should|now|going forward|next time|in future|from now on|we're|are (?:adding|moving|switching|using|going|changing)|action|todo)\b/,
    examples: {
      match: [
        "Ruth restarted the primary instead of failing over.",
      ],
      noMatch: [
        "The client retried instead of failing fast.",
        "We will gate deploys on migrations instead of relying on memory.",
      ],
    },
  },
  {
    id: "counterfactual/if-only",
    category: "counterfactual",
    message: "\"If only…\" is hindsight about what someone could have done.",
    suggestions: [
      "Describe what was known and visible at the time.",
    ],
    question: "What was known and visible at the time?",
    cue: "if only",
    pattern: /\bif only (?<agent>[^,;.?!:()]{1,40}?) (?:had|would|could|were|was|did|knew|checked|looked|listened|read|asked|waited)\b/,
    agent: "person",
    examples: {
      match: [
        "If only Yusuf had asked first.",
      ],
      noMatch: [
        "If only the cache had been warmer.",
      ],
    },
  },
  {
    id: "counterfactual/self-blame",
    category: "counterfactual",
    message: "Self-blame is still blame: reframe it the same way as blame of someone else.",
    suggestions: [
      "Describe what you saw at the time and what made the action look right.",
    ],
    question: "What did you see at the time that made this look right?",
    cue: "bad|fault|mistake|culpa|messed|screwed|dropped|me|blame",
    pattern: /\b(?:my bad|my fault|my mistake|mea culpa|i messed up|i screwed up|i dropped the ball|that's on me|this is on me|that one's on me|i blame myself)\b/,
    examples: {
      match: [
        "I ought to fix it, my bad.",
        "Sorry all, that's on me.",
      ],
      noMatch: [
        "My dashboard shows the gap.",
      ],
    },
  },
];
