// Generated from src/language/rules/<category>.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';
import { rewrites } from '../../rewrite.js';

/** Every rule of every rule file, file by file in the order of the taxonomy, each file in its own order. */
export const generatedRules: readonly Rule[] = [
  // src/language/rules/human-error-label.yml
  {
    id: "human_error_label/human-error",
    category: "human_error_label",
    message: "\"Human error\" names a starting point for inquiry, not a cause.",
    suggestions: [
      "List the conditions that made the action possible and likely: tooling, defaults, interface, time pressure, documentation.",
    ],
    question: "What about the tool, interface or situation made this action reasonable at the time?",
    cue: "error|mistake|failure|fault|slip|blunder|oversight",
    pattern: /\b(?:human|operator|user|pilot|engineer|engineering|developer|manual|personnel|staff|people|ops|on-?call|oncall|reviewer|approver|deployer|responder|admin|administrator|dba|sre|intern|technician|team member|employee|contractor|staffer)[ _-](?:error|mistake|failure|fault|slip|blunder)s?\b(?! (?:code|codes|rate|rates|message|messages|log|logs|budget|page|pages|handling|type|types|path|paths|response|responses|class|classes|variant|variants|enum|string|strings)\b)|\b(?:the|an?|our|that) (?:human|operator|user|pilot|engineer|engineering|developer|manual|personnel|staff|people|ops|on-?call|oncall|reviewer|approver|deployer|responder|admin|administrator|dba|sre|intern|technician|team member|employee|contractor|staffer)['’]s (?:error|mistake|failure|fault|slip|blunder)s?\b(?! (?:code|codes|rate|rates|message|messages|log|logs|budget|page|pages|handling|type|types|path|paths|response|responses|class|classes|variant|variants|enum|string|strings)\b)|\b(?:engineer|developer|on-?call|oncall|reviewer|approver|deployer|responder|admin|administrator|dba|sre|intern|operator) oversight\b/,
    unless: /\b(?:return(?:s|ed|ing)?|surfac\w+|show(?:s|ed|ing)?|render\w*|display\w*|map(?:s|ped)?|emit\w*|raise[sd]?) (?:a |an |the )?(?:human|user|operator)[ -]errors?\b|\b(?:for|on|of) (?:the )?user[ -]errors?\b|\buser[ -]errors? (?:such as|like)\b|\buser[ -](?:errors?|mistakes?) (?:silently|quietly|easily|can|could|would|will|become|turn into)\b|\buser[ -](?:errors?|mistakes?) (?:in|with|on|when (?:entering|typing|pasting)) (?:the |an? |their )?(?:[\w-]+ ){0,2}?(?:urls?|forms?|fields?|inputs?|imports?|uploads?|csvs?|files?|rows?|entries|values?|addresses|passwords?|settings|emails?|dates?)\b|\b(?:user|client|operator)[ -]errors? (?:and|or|vs\.?|versus|\/) (?:[\w-]+[ -])?errors?\b|\berrors? (?:and|or|vs\.?|versus|\/) (?:user|client|operator)[ -]errors?\b|\b(?:human|operator|user|pilot|engineer|engineering|developer|manual|personnel|staff|people|ops|on-?call|oncall|reviewer|approver|deployer|responder|admin|administrator|dba|sre|intern|technician|team member|employee|contractor|staffer)[ _-](?:error|mistake|failure|fault|slip|blunder)s? (?:was|is|were|are)(?:n't|n’t| not| never)\b|\b(?:not|never|no|wasn't|wasn’t|isn't|isn’t|rather than|instead of|no longer|beyond) (?:an? |the )?(?:human|operator|user|pilot|engineer|engineering|developer|manual|personnel|staff|people|ops|on-?call|oncall|reviewer|approver|deployer|responder|admin|administrator|dba|sre|intern|technician|team member|employee|contractor|staffer)[ _-](?:error|mistake|failure|fault|slip|blunder)s?\b/,
    examples: {
      match: [
        "Root cause: operator mistake during the cutover.",
        "This was human error, plain and simple.",
        "It was not just tooling, it was human error.",
        "Final determination: incident caused by employee error.",
        "The data loss was the intern's mistake with the retention flag.",
      ],
      noMatch: [
        "The API returns field hints for user errors like a missing currency code.",
        "The handler now returns a user error with a human-readable message.",
        "The user error rate stayed flat.",
        "The gateway sorts 5xx into user-error and upstream-error counters.",
        "Human error was not the cause; the limit was.",
        "It was not human error, and we will not call it that.",
        "We looked at the tooling rather than human error.",
        "No human error was involved.",
      ],
    },
  },
  {
    id: "human_error_label/fat-finger",
    category: "human_error_label",
    message: "Labels like \"fat-fingered\" or \"PEBKAC\" end the inquiry at a person.",
    suggestions: [
      "Describe the command, what the tool showed before it ran, and what would have caught the typo (confirmation, dry run, validation).",
    ],
    question: "What did the tool show before the command ran, and what could have stopped a mistyped value?",
    cue: "fat|pebkac|pebcak|id10t|layer|keyboard|finger|wetware|pressed|hit|clicked|pushed|typed|picked|chose|selected|ran",
    pattern: /\b(?:fat[- ]?finger(?:ed|ing|s)?|pebkac|pebcak|id-?10-?t|layer ?8 (?:issue|problem|error)|finger (?:trouble|problem|error)s?|wetware (?:issue|problem|error|bug)s?|between (?:the )?keyboard and (?:the )?chair|(?:pressed|hit|clicked|pushed|typed|picked|chose|selected|ran) (?:the )?wrong (?:button|key|thing|command|option|one))\b/,
    unless: /\b(?:if|when|whenever|should|in case|once) (?:a |an |the |any )?(?:users?|customers?|callers?|clients?|visitors?|shoppers?|somebody|someone|anyone)\b[^.;]{0,20}\bfat[- ]?finger|\b(?:users?|customers?|callers?|clients?|visitors?) (?:who|that) fat[- ]?finger/,
    examples: {
      match: [
        "The five whys lead back to one thing, Zofia pressed the wrong button.",
        "This boils down to a fat-fingered command.",
        "Classic PEBKAC.",
      ],
      noMatch: [
        "The command had a typo in the namespace flag and the tool did not ask for confirmation.",
        "When a customer fat-fingers the card number, the form points at the digit that fails the checksum.",
      ],
    },
  },
  {
    id: "human_error_label/people-problem",
    category: "human_error_label",
    message: "Calling it a \"people problem\" stops the search for the system conditions behind it.",
    suggestions: [
      "Name the conditions (tooling, defaults, load, information) that shaped what people did.",
    ],
    question: "What made the action that looked right at the time also look right to the people doing it?",
    cue: "people|human|personnel|person",
    pattern: /(?<!\bnot (?:a |an |really a |just a )?)\b(?:people|human|personnel|person) (?:problem|issue|failure|thing)s?\b/,
    examples: {
      match: [
        "It was a people issue, not a tooling issue.",
        "Honestly this is a people problem.",
      ],
      noMatch: [
        "It was a tooling issue, not a people issue.",
      ],
    },
  },
  {
    id: "human_error_label/root-cause-person",
    category: "human_error_label",
    message: "A person (or their mistake) given as the root cause ends the inquiry at a person.",
    suggestions: [
      "Treat the action as the start of the inquiry: list the contributing factors that made it possible and likely.",
    ],
    question: "Which conditions made this action possible, and which would make it harmless next time?",
    cue: "cause|rca|verdict|conclusion|why",
    pattern: /\b(?:root|primary|underlying|ultimate|rca|verdict|conclusion|(?:outage|incident|failure) cause|cause|(?:last|final|fifth|bottom) why(?: in (?:our|the|this) (?:[\w-]+ )?(?:chain|analysis|rca|review))?|(?:five whys, )?(?:final|last) answer)(?: cause)?s?(?: result)?(?: of (?:the|this) (?:[\w-]+ ){0,2}?(?:outage|incident))?(?: was| is| here is| here was|:)+\s+(?:because (?:of )?)?(?<agent>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?<=\p{L}['’]s [\p{L}-]{3,40})(?= of\b)|(?<!(?:^|[\s(])(?:the|a|an|by|of|for|to|in|on|our|their|his|her|its|my|your))(?= \p{L}+ing\b)|(?= (?:\p{L}+ed|ran|made|did|forgot|took|put|set|hit|left|sent|wrote|broke|chose|ignored|approved)\b))/u,
    agent: "person",
    examples: {
      match: [
        "Root cause: the on-call engineer.",
        "The root cause was Bob's typo in the values file.",
        "Underlying cause: Kofi's misconfiguration of the shared Redis cluster.",
        "The final why: because Aroha restarted the wrong node.",
        "Five whys, final answer: Ngozi deleted the wrong volume.",
      ],
      noMatch: [
        "The final why: because the node pool had no spare capacity.",
        "Root cause: the scheduler's misreading of the cron expression.",
        "Root cause: the pool size was sized for last year's traffic.",
        "The root cause was a race in the cache.",
      ],
    },
  },
  {
    id: "human_error_label/person-is-root-cause",
    category: "human_error_label",
    message: "A person (or their work) given as the root cause ends the inquiry at a person.",
    suggestions: [
      "Treat the action as the start of the inquiry: list the contributing factors that made it possible and likely.",
    ],
    question: "Which conditions made this action possible, and which would make it harmless next time?",
    cue: "cause",
    pattern: /(?:^|[,;:—–] |\b(?:that|because|since|so|and|but) )(?<agent>[^,;.?!:()]{1,40}?) (?:is|was|were|are|remains|became) (?:the |a |our )?(?:(?:real|main|actual|true|only|sole|single|clear) )?(?:root|primary|underlying|ultimate|direct|proximate) cause\b/,
    agent: "person",
    examples: {
      match: [
        "Paweł's change was the root cause.",
        "We agreed that Priya's mistake is the root cause.",
      ],
      noMatch: [
        "The missing timeout was the root cause.",
        "The config change was the root cause.",
      ],
    },
  },
  {
    id: "human_error_label/made-mistake",
    category: "human_error_label",
    message: "Saying someone \"made a mistake\" stops at the person instead of the conditions.",
    suggestions: [
      "Describe the action, what the person saw at the time, and what in the system let it do harm.",
    ],
    question: "What did this person see at the time that made the action look right?",
    cue: "made|make|makes|making",
    pattern: /\b(?:made|makes|make|making) (?:a |an |the |one |some |several |two |multiple |that |this |another |his |her |their )?(?:[\w-]+ )?(?:mistake|error|blunder|slip|goof|typo)s?\b(?! (?:rates?|ratios?|budgets?|counts?|paths?|handling|handlers?|pages?|messages?|logs?|spikes?|codes?|class|classes|types?|buckets?|thresholds?|alerts?|percentages?|metrics?|responses?|possible|likely|easy|easier|inevitable)\b)/,
    agent: "person",
    examples: {
      match: [
        "RCA result: the on-call made an error.",
        "Priya made a mistake in the values file.",
      ],
      noMatch: [
        "The parser made an error on empty input.",
        "Chiamaka's rollback made the error rate drop within a minute.",
        "We do not search for blame here, we search for the conditions that made the mistake possible.",
      ],
    },
  },
  {
    id: "human_error_label/boils-down",
    category: "human_error_label",
    message: "Reducing the incident to a person ends the inquiry too early.",
    suggestions: [
      "Follow the chain past the person: what made the action possible, likely and harmful?",
    ],
    question: "If someone else had been in that seat, what would have made them do the same?",
    cue: "boil|boils|boiled|come|comes|came",
    pattern: /\b(?:boil|boils|boiled|come|comes|came|(?:come|comes|came|went|goes|traced?|traces) back) (?:down )?to (?<agent2>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?=\p{L}+ing\b)|\b(?:(?:boil|boils|boiled|come|comes|came) down|(?:come|comes|came|went|goes) back) to (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))/u,
    agent: "person",
    examples: {
      match: [
        "In the end it comes down to Marek.",
        "It boils down to the reviewer's oversight.",
        "The expiry came down to Will renewing the wrong SAN list.",
        "After a day of digging it all came back to Ilse restarting the primary.",
      ],
      noMatch: [
        "The stall came down to Kafka rebalancing every consumer at once.",
        "It came down to timing being off by one tick.",
        "It boils down to a missing timeout on the client.",
        "It all came back to the scheduler retrying every job at once.",
      ],
    },
  },
  {
    id: "human_error_label/root-cause-mistake",
    category: "human_error_label",
    message: "A mistake given as the root cause ends the inquiry at a person.",
    suggestions: [
      "Treat the mistake as the start of the inquiry: list the contributing factors that made it possible and likely.",
    ],
    question: "Which conditions made this action possible, and which would make it harmless next time?",
    cue: "cause|rca",
    pattern: /\b(?:(?:root|primary|underlying|ultimate|main) cause|rca)s?(?: result)?(?: was| is|:)+\s+[^.;]{0,40}?\b(?:made|making) (?:a|an) (?:[\w-]+ )?(?:mistake|error|slip|blunder)s?\b/,
    examples: {
      match: [
        "RCA result: the operator made a mistake during failover.",
      ],
      noMatch: [
        "Root cause: the retry policy made the spike worse.",
      ],
    },
  },
  {
    id: "human_error_label/cjk-human-error",
    category: "human_error_label",
    message: "\"Human error\" in Chinese, Japanese or Korean names a starting point for inquiry, not a cause.",
    suggestions: [
      "List the conditions that made the action possible and likely: tooling, defaults, interface, time pressure, documentation.",
    ],
    question: "What about the tool, interface or situation made this action reasonable at the time?",
    cue: "人为|操作|手误|人员|ヒュ|人為|人的|ケア|凡ミ|휴먼|인적|사람|작업|운영|담당|조작|단순",
    pattern: /人为(?:失误|错误|原因|因素|操作失误)|操作失误|手误|人员失误|ヒューマンエラー|人為的な?(?:ミス|エラー)|人的(?:ミス|エラー)|操作ミス|ケアレスミス|凡ミス|휴먼 ?에러|인적 ?(?:오류|실수|과실|요인)|사람의 실수|(?:작업자|운영자|담당자)의? (?:실수|과실)|조작 실수|단순 실수/,
    examples: {
      match: [
        "根本原因是人为失误。",
        "原因はヒューマンエラーでした。",
        "근본 원인은 휴먼 에러입니다.",
      ],
      noMatch: [
        "根本原因是连接池大小配置不当。",
        "原因は証明書の期限切れでした。",
      ],
    },
  },
  // src/language/rules/blame-seeking-question.yml
  {
    id: "blame_seeking_question/who-did-it",
    category: "blame_seeking_question",
    message: "A who-question about a harmful action seeks a culprit rather than an understanding.",
    suggestions: [
      "Ask how the change reached production and which checks ran on it.",
      "Ask what the people involved saw at that point.",
    ],
    question: "How did this reach production, and which checks ran on it?",
    cue: "who|which",
    pattern: /(?:^|[,;:] |[?!]+ |^[-*•] |\b(?:so|and|but|ok|okay|right|seriously|wait|then|also|honestly|tell me|know|find out|ask|understand|figure out|establish|identify|determine|hear|learn) |@[\w.-]+ )(?<span>(?:who|which (?:[\w-]+ ){0,2}?(?:engineers?|persons?|teams?|ones?|of you|of them|of us|devs?|developers?|sres?|on-?calls?|humans?|reviewers?|squads?|folks|people|guys?|colleagues?|contractors?))\b[^?.!]{0,50}?\b(?:broke|thought it was (?:fine|ok|okay|a good idea|safe)|hit (?:deploy|merge|enter|the button|the big red button)|pressed (?:the )?(?:button|deploy)|authori[sz]ed|okayed|greenlit|green-lit|let (?:this|that|it) (?:through|happen|go out)|merged|pushed|deployed|shipped|approved|signed off|caused|turned off|disabled|silenced|muted|snoozed|decided (?:that )?(?:it|this|that) (?:was|would be|'d be) (?:a )?(?:good|great|smart|brilliant|fine) idea|decided to (?:ship|deploy|push|merge|release|skip|ignore|disable|turn off|remove|delete|drop|bypass|launch|roll (?:it )?out|go ahead|go live)|deleted|dropped|removed|wiped|forgot|missed|ignored|skipped|bypassed|overrode|messed (?:it |this |that )?up|screwed (?:it |this |that )?up|did (?:this|that)|fat-?fingered|changed|touched|killed|took (?:it |this |prod |production )?down|left (?:the |a |an |it |this |that |our )?(?:[\w-]+ ){0,3}?(?:on|open|enabled|running|unlocked|exposed|public)\b|brought (?:it |this |prod |production )?down|rolled (?:it |this |that )?out|wrote (?:this|that|the)|let (?:the |an? |our |some )?(?:intern|new hire|junior|contractor|newbie|vendor|new guy)s?\b|ran (?:the |that |this |a )?(?:[\w-]+ )?(?:drop|delete|truncate|rm\b|destroy|wipe|force|purge)|(?:did|done|has done|have done|made|performed|executed|ran|applied) (?:this|that|the) (?:[\w-]+ )?(?:change|operation|command|edit|update|step)s?\b[^?.]{0,30}?\b(?:(?:in|on|to) (?:the )?prod(?:uction)?|without)\b|let (?:the |an? |that |this )?(?:[\w-]+ ){1,3}?(?:into|past|through) (?:the |our )?(?:prod|production|main|master|release|bundle|build|image|config|chart|deploy|pipeline|repo|branch|cluster|review|ci|gate)\b|okayed|ok'd|green-?lit|rubber-?stamped|let (?:this|that|it) (?:happen|through|slip)|let (?:the )?[\w-]+(?: [\w-]+)? (?:expire|lapse|slip|fail|break)|let (?:the |an? |our |that |this )?[\w-]+(?: [\w-]+)? (?:promote|ship|deploy|merge|go (?:out|live|through)|roll out|fill up|overflow|crash)|(?:\p{L}+ed|ran|put|set|sent|wrote|took|made|hit) (?:[\w'’-]+ ){0,5}?without (?:a |an |any |the |first )?(?:grace|review|approval|asking|telling|checking|testing|warning|notice|a plan|rollback|backup|snapshot|dry run)))\b(?=[^?]*\?|[^.!?]*$)|\b(?:(?:want|need|have|going|got|wish) to|let (?:us|me)) (?:understand|know|find out|figure out|establish|hear|learn) ((?:who|which (?:[\w-]+ ){0,2}?(?:engineers?|persons?|teams?|ones?|of you|of them|of us|devs?|developers?|sres?|on-?calls?|humans?|reviewers?|squads?|folks|people|guys?|colleagues?|contractors?))\b[^?.!]{0,50}?\b(?:broke|thought it was (?:fine|ok|okay|a good idea|safe)|hit (?:deploy|merge|enter|the button|the big red button)|pressed (?:the )?(?:button|deploy)|authori[sz]ed|okayed|greenlit|green-lit|let (?:this|that|it) (?:through|happen|go out)|merged|pushed|deployed|shipped|approved|signed off|caused|turned off|disabled|silenced|muted|snoozed|decided (?:that )?(?:it|this|that) (?:was|would be|'d be) (?:a )?(?:good|great|smart|brilliant|fine) idea|decided to (?:ship|deploy|push|merge|release|skip|ignore|disable|turn off|remove|delete|drop|bypass|launch|roll (?:it )?out|go ahead|go live)|deleted|dropped|removed|wiped|forgot|missed|ignored|skipped|bypassed|overrode|messed (?:it |this |that )?up|screwed (?:it |this |that )?up|did (?:this|that)|fat-?fingered|changed|touched|killed|took (?:it |this |prod |production )?down|left (?:the |a |an |it |this |that |our )?(?:[\w-]+ ){0,3}?(?:on|open|enabled|running|unlocked|exposed|public)\b|brought (?:it |this |prod |production )?down|rolled (?:it |this |that )?out|wrote (?:this|that|the)|let (?:the |an? |our |some )?(?:intern|new hire|junior|contractor|newbie|vendor|new guy)s?\b|ran (?:the |that |this |a )?(?:[\w-]+ )?(?:drop|delete|truncate|rm\b|destroy|wipe|force|purge)|(?:did|done|has done|have done|made|performed|executed|ran|applied) (?:this|that|the) (?:[\w-]+ )?(?:change|operation|command|edit|update|step)s?\b[^?.]{0,30}?\b(?:(?:in|on|to) (?:the )?prod(?:uction)?|without)\b|let (?:the |an? |that |this )?(?:[\w-]+ ){1,3}?(?:into|past|through) (?:the |our )?(?:prod|production|main|master|release|bundle|build|image|config|chart|deploy|pipeline|repo|branch|cluster|review|ci|gate)\b|okayed|ok'd|green-?lit|rubber-?stamped|let (?:this|that|it) (?:happen|through|slip)|let (?:the )?[\w-]+(?: [\w-]+)? (?:expire|lapse|slip|fail|break)|let (?:the |an? |our |that |this )?[\w-]+(?: [\w-]+)? (?:promote|ship|deploy|merge|go (?:out|live|through)|roll out|fill up|overflow|crash)|(?:\p{L}+ed|ran|put|set|sent|wrote|took|made|hit) (?:[\w'’-]+ ){0,5}?without (?:a |an |any |the |first )?(?:grace|review|approval|asking|telling|checking|testing|warning|notice|a plan|rollback|backup|snapshot|dry run)))\b/u,
    unless: /\bwhat did (?:they|he|she|you|we) (?:see|know|have)\b|\bwhat (?:was|were) (?:they|he|she) (?:seeing|looking at)\b|\bso (?:that )?(?:we|i) can\b/,
    examples: {
      match: [
        "Who merged the broken config?",
        "Which of you turned off the alert?",
        "@here who touched the firewall rules last night??",
        "@channel who ran terraform destroy in the shared account??",
        "So who exactly let the expired intermediate cert into the bundle?",
        "Who let the contractor have root?",
        "Which of you left the verbose logging flag on in production?",
        "ok so which one of you pushed to main at 2am",
        "Who let the migration ship with the lock timeout at zero?",
        "Before anything else I want to understand who actually deleted the bucket.",
        "Who restarted the broker without checking the replication state?",
        "Which of the on-calls silenced the disk alerts last week?",
        "Kindly let us know who has done this change in production without approval.",
        "Which colleague did the operation on production yesterday night? Please reply.",
        "- ?? who silenced the disk alert on pg-03",
        "Who decided it was a good idea to deploy to every region at once?",
        "Who decided to ship on a Friday afternoon?",
      ],
      noMatch: [
        "who ran the incident call so we can thank them",
        "The engineer who pushed the fix stayed on the bridge until 04:00.",
        "Who ran the incident call, so we can thank them?",
        "Who was secondary on-call?",
        "Which team owns the ingress chart?",
        "Who decided to drain the zone, and what did they see at that point?",
        "Who let the new responders into the bridge call?",
        "Who ran terraform plan before the apply, so we can compare the output?",
        "Who tested the rollback without the feature flag, so we can reuse the steps?",
        "Who let the release go out after the checks passed, and what did they see?",
      ],
    },
  },
  {
    id: "blame_seeking_question/whose-fault",
    category: "blame_seeking_question",
    message: "Asking whose fault or whose change it was looks for someone to blame.",
    suggestions: [
      "Ask which change was involved and what made it look safe when it was made.",
    ],
    question: "Which change was involved, and what made it look safe when it was made?",
    cue: "whose",
    pattern: /\bwhose (?:fault|change|mistake|commit|pr|idea|call|decision|deploy|push|bright idea|responsibility|screw-?up|doing|typo|error|oversight|slip|blunder)\b(?! (?:rates?|budgets?|counts?|ratios?|codes?|logs?|messages?|handling|pages?|buckets?|metrics?|volumes?|notifications?|pipelines?|windows?|history|frequency|latency|events?|queues?|percentages?|spikes?)\b)/,
    examples: {
      match: [
        "Whose change was it?",
        "So whose fault is this?",
      ],
      noMatch: [
        "Whose dashboards do we use for the cache tier?",
        "Stop any rollout whose error budget is already spent.",
      ],
    },
  },
  {
    id: "blame_seeking_question/which-person",
    category: "blame_seeking_question",
    message: "Asking which person did it looks for someone to blame.",
    suggestions: [
      "Ask which change or step was involved and what made it look safe at the time.",
    ],
    question: "Which step let this through, and what made it look safe at the time?",
    cue: "which|what",
    pattern: /\b(?:which|what) (?:reviewers?|engineers?|developers?|devs?|persons?|person|people|individuals?|teams?|squads?|groups?|team members?|teammates?|colleagues?|approvers?|operators?|on-?call(?: engineer)?|SREs?|one of (?:us|you|them)|genius|idiot|interns?|contractors?|new hires?|juniors?|dbas?) (?:(?:actually|even|originally|exactly) )?(?:let|allowed|approved|merged|pushed|deployed|shipped|signed off|broke|caused|missed|forgot|skipped|ignored|wrote|made|rubber-?stamped|waved|touched|changed|ran|decided|deleted|dropped|wiped|removed|disabled|turned off|had (?:access|root|admin|the keys|the credentials|prod access|production access)|hard-?coded|misconfigured|configured|set up|typed|committed|introduced|commented out|switched off)\b(?=[^?]*\?)|\bwhich (?:one )?of (?:you|them|us|our (?:engineers|devs|developers|sres|people|folks))(?: (?:two|three|guys|folks|lot))? (?:(?:actually|even|originally|exactly|really) )?(?:\p{L}+ed|ran|broke|wrote|made|took|put|set|sent|left|forgot|let|hit|did)\b(?=[^?]*\?)/u,
    unless: /\bso (?:that )?(?:we|i) can\b|\b(?:thank|thanks|credit|kudos)\b/,
    examples: {
      match: [
        "Which reviewer let that PR through?",
        "So which engineer pushed the config on Friday?",
        "Which squad shipped the schema change without a flag?",
        "Which one of you restarted the primary during the backup?",
        "Which of you two flipped the flag on Friday?",
      ],
      noMatch: [
        "Which check let that PR through?",
        "Which engineers were on call that night, so we can invite them?",
        "Which of you joined the bridge first, so we can thank you?",
      ],
    },
  },
  {
    id: "blame_seeking_question/why-did-you",
    category: "blame_seeking_question",
    message: "\"Why did you…\" asks a person to justify themselves; people get defensive and the learning stops.",
    suggestions: [
      "Ask which alternatives were weighed and what the situation looked like at that point.",
    ],
    question: "Which alternatives did the responders weigh, and what did they see at that point?",
    cue: "why",
    pattern: /\bwhy (?:on earth |the hell |the heck |in the world |exactly |again )?(?:did|didn't|didn’t|would|wouldn't|were|weren't|was|wasn't|do|don't|does|doesn't|is|isn't|are|aren't|have|haven't|has|hasn't|had|hadn't) (?:not )?(?<agent>(?!we\b|it\b|this\b|that\b|there\b)(?:the |a |an |our |your |that |this )?(?:[\p{L}'’-]+ (?:team|squad|folks|people|engineers?|crew)|[\p{L}'’-]+)) /u,
    agent: "person",
    examples: {
      match: [
        "Why on earth did you fail over to the cold region?",
        "Why didn't Tomasz check the lag first?",
      ],
      noMatch: [
        "Why does the scheduler accept pods without limits?",
        "Why did we pick a 30 s timeout?",
      ],
    },
  },
  {
    id: "blame_seeking_question/what-thinking",
    category: "blame_seeking_question",
    message: "\"What was X thinking\" questions a person's judgement instead of the situation.",
    suggestions: [
      "Ask what information and pressures were present when the decision was made.",
    ],
    question: "What information and pressures were present when the decision was made?",
    cue: "thinking|doing",
    pattern: /\bwhat (?:(?:on earth|the hell|the heck|exactly|in the world) (?:was|were|is|are) (?<agent2>[^,;.?!:()]{1,40}?) (?:even |possibly )?(?:thinking|doing)|(?:was|were|is|are) (?<agent>[^,;.?!:()]{1,40}?) (?:even |possibly )?thinking)\b/,
    agent: "person",
    examples: {
      match: [
        "What was Dmitri thinking?",
        "Honestly, what were they thinking?",
      ],
      noMatch: [
        "What was the autoscaler thinking, scaling to zero?",
      ],
    },
  },
  {
    id: "blame_seeking_question/accountable",
    category: "blame_seeking_question",
    message: "Asking who is accountable or to blame seeks a person, not a fix.",
    suggestions: [
      "Ask which actions will reduce the chance or impact of a repeat, and who owns each of them.",
    ],
    question: "Which changes would make a repeat less likely, and who will own them?",
    cue: "who|name|explain|which|held|heads|answer|someone|somebody|people|taken|take|accepted|owned|own|answer|whose|responsib|accountab|need|want|asking|asks|demand|demands",
    pattern: /\b(?:who(?:ever)?|which (?:[\w-]+ ){0,2}?(?:persons?|individuals?|engineers?|developers?|devs?|teams?|squads?|people|one of you|of you))(?: (?:exactly|actually|really|ultimately))?(?:'s| is| was| are| will be| should be| do we hold| gets)?(?: (?:exactly|actually|really|ultimately))? (?:(?:held |being held )?accountable(?: for (?:this|that|(?:the|this|that) (?:[\w-]+ ){0,2}?(?:outage|incident|mess|breakage|failure|downtime|data loss|failing|breaking|crashing|expiry|expiration|leak|breach)|(?:the|this|that) (?:[\w-]+ ){0,2}?(?:misconfiguration|mistake|screw-?up|blunder|bad (?:deploy|change|push|merge|config)|deletion|regression)\b))?(?=[\s,.?!]|$)|to blame|at fault|culpable|responsible for (?:this|that|(?:the|this|that) (?:[\w-]+ ){0,2}?(?:outage|incident|mess|breakage|failure|downtime|data loss|failing|breaking|crashing|expiry|expiration|leak|breach)|(?:the|this|that) (?:[\w-]+ ){0,2}?(?:misconfiguration|mistake|screw-?up|blunder|bad (?:deploy|change|push|merge|config)|deletion|regression)\b|what happened))|\b(?:is|are|will|was) (?:anyone|anybody|someone|somebody|they|he|she|the [\w-]+)(?: (?:going to|gonna))? (?:be )?held (?:accountable|responsible)\b|\b(?:has|have|did|will) (?:anyone|anybody|someone|somebody|they|he|she|the [\w-]+)(?: \w+)? (?:taken|take|accepted|accept|owned) (?:the )?(?:responsibility|blame)\b|\bwho(?: exactly| actually| here)?(?:'s|’s| is| will)?(?: exactly| actually)? (?:going to |gonna )?own up\b|\b(?:someone|somebody|people|heads)\b[^.?]{0,20}\b(?:needs? to|must|should|has to|have to|will|is going to|are going to) (?:answer for|be held (?:accountable|responsible)|roll|pay for (?:this|that|it))\b|\b(?:will|must|shall|has to|have to) answer to (?:me|us|management|leadership|the board|the cto)\b|\bexplain (?:himself|herself|themselves|yourself|yourselves)\b|\b(?:going to|gonna|needs? to|has to|have to|must|will|please|pls|plz|kindly) explain why (?:he|she|they|you|you've)\b|\b(?:who|which (?:[\w-]+ ){0,2}?(?:person|individual|engineer|developer|team|squad|of you))\b[^?.]{0,30}?\banswer for\b|\bwhose (?:team|squad|change|code|commit|pr|deploy)\b[^?.]{0,30}?\b(?:owns|caused|broke|is responsible for) (?:this|that|the) (?:failure|outage|mess|incident|breakage)|\bcan we (?:get|have) (?:a )?names?\b|\b(?:need|want|asking for|asks for|demand|demands) (?:a |the |their |his |her )?names?\b(?! (?:for|of) (?:the |this |a |an )?(?:service|cluster|bucket|topic|field|flag|metric|alert|table|column|variable|project|repo|incident|channel|host|file))|\bwho (?:do|should|can|will) we (?:blame|hold accountable|point at)\b|\bwho dropped the ball\b|\bwho (?:screwed|messed) (?:this |it |that )?up\b/,
    examples: {
      match: [
        "Who is to blame for the outage?",
        "Can we get a name?",
        "Please tell me who is responsible for the certificate expiry, the customer is asking for name.",
        "Which of the developers is responsible for the DNS misconfiguration?",
        "So who exactly is going to own up to this one?",
        "@assignee please explain why you closed the alert without investigating.",
      ],
      noMatch: [
        "Who is responsible for the billing service on-call rota?",
      ],
    },
  },
  {
    id: "blame_seeking_question/why-let-through",
    category: "blame_seeking_question",
    message: "Asking why (or how) a change was let through a human check demands that the people at that check justify themselves.",
    suggestions: [
      "Ask what the check looked at, what it could not see, and what made the change look safe then.",
    ],
    question: "What did the review or approval look at, and what could it not see?",
    cue: "why|how",
    pattern: /\bwhy (?:on earth |the hell |exactly )?(?:was|were|is|did|would|has|had)(?: (?:this|that|it|these|those|such an? [\w-]+(?: [\w-]+)?|(?:the|this|that|these|those|your|his|her|their|an?) (?:[\w-]+ )?(?:change|pr|patch|commit|diff|migration|config|rollout|release|code|fix|hotfix|upgrade|deploy|script|query|bug|regression|mistake|typo|edit)s?(?: like (?:this|that))?))? (?:(?:ever|even|then|just) )?(?:been )?(?:approved|merged|signed off|okayed|ok'd|rubber-?stamped|green-?lit|let (?:through|in|out)|waved through|accepted|allowed to (?:ship|merge|land|go out|go live|go in|reach prod(?:uction)?|happen)|let happen) (?:without|with no|despite|before (?:anyone|anybody|someone|somebody))\b(?=[^?]*\?)|\bhow (?:on earth |the hell |exactly )?(?:did|does|could|can|was|were|is|has|had|would)(?: (?:this|that|it|these|those|such an? [\w-]+(?: [\w-]+)?|(?:the|this|that|these|those|your|his|her|their|an?) (?:[\w-]+ )?(?:change|pr|patch|commit|diff|migration|config|rollout|release|code|fix|hotfix|upgrade|deploy|script|query|bug|regression|mistake|typo|edit)s?(?: like (?:this|that))?))? (?:(?:ever|even|possibly|just) )?(?:get|got|gotten|make it|made it|slip|slipped|sneak|snuck|make its way|sail|sailed) (?:past|through|by) (?:(?:the|our|a|any|two|both|code) )?(?:reviews?|reviewers?|code review|approvals?|sign-?off|qa|pr review|the reviewer)\b(?=[^?]*\?)|\bhow (?:on earth |the hell )?(?:was|were|is|did) (?:this|that|it|such an? [\w-]+(?: [\w-]+)?) (?:ever |even )?(?:approved|merged|signed off|okayed|ok'd|rubber-?stamped|green-?lit|let (?:through|in|out)|waved through|accepted|allowed to (?:ship|merge|land|go out|go live|go in|reach prod(?:uction)?|happen)|let happen)\b(?=[^?]*\?)|\bwhy (?:on earth |the hell )?(?:was|were|is|did) (?:nobody|no one|no-one|none of (?:us|you|them)) (?:watching|checking|looking|monitoring|paying attention|reading|reviewing|testing)\b(?=[^?]*\?)/,
    unless: /\bwhat did (?:they|the reviewers?|we|you) (?:see|know|have)\b|\bwhich checks?\b/,
    examples: {
      match: [
        "Why was this change approved without a load test?",
        "How did this get past review?",
        "How was that ever merged?",
        "Why was nobody watching the dashboard?",
      ],
      noMatch: [
        "Why did the alert not fire?",
        "Why was the queue full?",
        "How did the bug get past CI?",
        "Why was the change merged without review, and what did the reviewers see at the time?",
      ],
    },
  },
  {
    id: "blame_seeking_question/person-must-answer",
    category: "blame_seeking_question",
    message: "Demanding that a named person answer for the incident seeks someone to blame, not a fix.",
    suggestions: [
      "Ask which actions will reduce the chance or impact of a repeat, and who owns each of them.",
    ],
    question: "Which changes would make a repeat less likely, and who will own them?",
    cue: "answer|held|own|pay|face|take",
    pattern: /\b(?:needs? to|must|should|has to|have to|will have to|(?:is|are) going to have to|ought to|had better|deserves? to)(?: be made to)? (?:answer for|be held (?:personally )?(?:accountable|responsible|to account)|own up(?: to)?|pay for (?:this|that|it)\b|face (?:the )?consequences|take the (?:fall|blame|heat))\b/,
    agent: "person",
    examples: {
      match: [
        "Mei needs to answer for this.",
        "The on-call should be held accountable for the missed page.",
      ],
      noMatch: [
        "The vendor must be held to the SLA in the contract.",
        "The service needs to answer health checks within 2 s.",
      ],
    },
  },
  {
    id: "blame_seeking_question/how-could",
    category: "blame_seeking_question",
    message: "\"How could you miss…\" is an accusation phrased as a question.",
    suggestions: [
      "Ask what competed for attention and what the signal looked like at the time.",
    ],
    question: "What did the signal look like at the time, and what else competed for attention?",
    cue: "how",
    pattern: /\bhow (?:on earth |the hell |exactly |come )?(?:could|did|do|does|can|would|is it|was it)(?: that)? (?<agent>you|they|he|she|we|nobody|no one|anyone|[\p{L}'’-]+|the [\w-]+) (?:possibly |even |just |all )?(?:miss|forget|manage to|ignore|overlook|skip|fail to|let (?:this|that|it) (?:through|happen|slip|go out)|not (?:see|notice|check|catch|know|spot|read|look)|notice|see|catch|spot)\b/u,
    agent: "person",
    unless: /\bhow (?:do|can|could|would|will|should) we (?:notice|see|catch|spot|detect)\b/,
    examples: {
      match: [
        "How could you miss that alert?",
        "How did nobody notice the disk filling up?",
        "How did Oleksandr manage to delete the wrong Kafka topic?",
      ],
      noMatch: [
        "How do we catch this earlier next time?",
        "How did the probe not notice the hung handler?",
        "How did the scheduler manage to place both replicas in one zone?",
      ],
    },
  },
  {
    id: "blame_seeking_question/what-was-doing",
    category: "blame_seeking_question",
    message: "\"What was X doing while…\" asks a person to account for their time; it seeks a culprit.",
    suggestions: [
      "Ask what the responders could see at that moment and what else they were handling.",
    ],
    question: "What could the responders see at that moment, and what else needed them?",
    cue: "what",
    pattern: /\bwhat (?:was|were) (?<agent>(?:the |our |your )?[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:even |actually |exactly |supposedly )?doing (?:while|when|during|as|all (?:this|that) time|for)\b/u,
    agent: "person",
    examples: {
      match: [
        "What was the DBA doing while the disk filled up?",
        "What were the on-call engineers even doing during the first hour?",
      ],
      noMatch: [
        "What was the autoscaler doing while the queue grew?",
        "What was the migration doing when the lock was taken?",
      ],
    },
  },
  {
    id: "blame_seeking_question/cjk-who",
    category: "blame_seeking_question",
    message: "A question that seeks who did it or whose fault it is, in Chinese, Japanese or Korean.",
    suggestions: [
      "Ask how and what instead, e.g. which checks ran on the change and what the alert showed.",
    ],
    question: "How did the change reach production, and which checks ran on it?",
    cue: "是谁|谁干|谁搞|谁弄|谁做|谁改|谁删|谁的|谁该|谁来|谁背|谁把|谁误|谁动|谁批|谁合|谁上|谁发|誰が|誰の|누가|누구",
    pattern: /谁(?:干的|搞的|弄的|做的|改的|删的|的锅|的错|的责任|该负责|来背锅|背锅|把|误删|动了|批准的|合并的|上线的|发布的)|誰が[^。？?、]{0,20}?(?:やった|やらかし|壊した|消した|削除した|変更した|承認した|デプロイした|マージした|落とした)|誰の(?:せい|責任|ミス)|누가 ?(?:그랬|한 거|했어|했냐|했나|했는지|망가|망쳤|삭제|지웠|바꿨|배포했|승인했|머지)|누구 ?(?:책임|잘못|탓)|누구의 ?(?:책임|잘못|실수|탓)/,
    examples: {
      match: [
        "这是谁干的？",
        "誰が本番のDBを削除したの？",
        "이거 누구 책임이야?",
      ],
      noMatch: [
        "谁是今晚的值班工程师？",
        "誰が二次オンコールでしたか？",
      ],
    },
  },
  {
    id: "blame_seeking_question/did-anyone-even",
    category: "blame_seeking_question",
    message: "\"Did anyone even read it?\" is an accusation phrased as a question: it asks who failed, not what happened.",
    suggestions: [
      "Ask what the people involved saw at that point, and what competed for their attention.",
    ],
    question: "What did the people involved see at that point, and what competed for their attention?",
    cue: "even|actually|ever|really|bother|didn|wasn|weren|hasn|haven|hadn|nobody|none|no-one|many|part|ask|am|going|gonna|doing|hard|where|why|possible|since|seriously|honestly|thought|telling|cared|happened|mind|kind|sort|pretend|same",
    pattern: /\b(?:did|has|have|was|were)(?:n't|n’t| not)? (?<agent>anyone|anybody|someone|somebody|any of (?:you|them|us)|you|they|he|she|the (?:on-?call|oncall|reviewers?|approvers?|engineers?|developers?|devs?|team|author|sre|dba|ic|responders?)|[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:(?:even|actually|ever|really) )+(?:bother(?:ed)? to )?(?:read|reading|check|checking|test|testing|look|looking|watch|watching|review|reviewing|notice|see|open|try|think|verify|run|follow|catch|spot|monitor|monitoring|pay attention|paying attention|care)\b(?=[^?]*\?)|\b(?:did|has|have|was|were) (?:anyone|anybody|someone|somebody|any of (?:you|them|us)|you|they|he|she|the (?:on-?call|oncall|reviewers?|approvers?|engineers?|developers?|devs?|team|author|sre|dba|ic|responders?)) (?:(?:even|actually|ever|really) )?bother(?:ed)? to (?:read|reading|check|checking|test|testing|look|looking|watch|watching|review|reviewing|notice|see|open|try|think|verify|run|follow|catch|spot|monitor|monitoring|pay attention|paying attention|care)\b(?=[^?]*\?)|\b(?:didn't|didn’t|did not|wasn't|wasn’t|weren't|weren’t|hasn't|hasn’t|haven't|haven’t) (?:anyone|anybody|someone|somebody|any of (?:you|them|us)|you|they|he|she|the (?:on-?call|oncall|reviewers?|approvers?|engineers?|developers?|devs?|team|author|sre|dba|ic|responders?)) (?:(?:even|actually|ever|think to) )?(?:read|reading|check|checking|test|testing|look|looking|watch|watching|review|reviewing|notice|see|open|try|think|verify|run|follow|catch|spot|monitor|monitoring|pay attention|paying attention|care)\b(?=[^?]*\?)|\b(?:does|did|do|is|was|were|has|have) (?:nobody|no one|no-one|none of (?:us|you|them)) (?:(?:even|actually|ever|really) )?(?:read|reading|check|checking|test|testing|look|looking|watch|watching|review|reviewing|notice|see|open|try|think|verify|run|follow|catch|spot|monitor|monitoring|pay attention|paying attention|care)\b(?=[^?]*\?)|\bhow many (?:more )?times do (?:we|i) (?:have|need) to (?:tell|remind|ask|say)\b|\bwhat part of\b[^?]{0,80}\b(?:was|is|did) (?:unclear|confusing|hard|so hard|difficult|not clear)\b|\bis it (?:really )?too much to ask\b|\bwho (?:even|actually|ever) (?:reads?|checks?|looks?|tests?|watches?|reviews?|opens?)\b|\bam i the only one (?:here )?who\b|\bhow many (?:more )?(?:outages|incidents|times|pages|failures) (?:does it take|will it take|do we need|until|before)\b|\bpretend (?:that )?(?:nobody|no one)\b|\b(?:the same|that same) (?:person|engineer|guy|dev|developer|team|people|folks) (?:who|that) (?:broke|took down|caused|deleted|wiped|pushed|messed up|screwed up|nuked)\b|\b(?:you're|you’re|you are) telling me (?:that )?(?:nobody|no one|they|he|she|the (?:on-?call|reviewers?|team))\b|\b(?:nobody|no one) (?:thought|bothered|cared) to\b(?=[^?]*\?)|\bwhat happened to (?:the |our )?(?:[\w-]+ ){0,2}?(?:rule|review|process|checklist|runbook|policy|approval|sign-off|freeze)\s*\?|\bwho in (?:their|his|her|your) right mind\b|\bwhat (?:kind|sort) of (?:engineer|developer|dev|sre|person|team|reviewer|on-?call) (?:would|does|did|ships|pushes|deploys|merges|ignores|skips)\b|\bsince when do(?:es)? (?:we|you|they|people|engineers|devs|the [\w-]+ team)\b|\b(?:is|was) [^?]{3,60}? too much to ask\b|\bwhy is it always (?:the same|the|our) (?:[\w-]+ )?(?:team|people|folks|engineers?|person|squad|devs)\b|\b(?:are|is|were|was) (?:people|engineers|devs|you|they|the on-?calls?|reviewers|responders) (?:not|even|actually) (?:reading|checking|watching|looking|testing|reviewing|paying attention)\b(?=[^?]*\?)|\bwho (?:on earth |the hell )?thought (?:it|that|this) (?:was|would be) (?:a )?(?:good idea|fine|ok|okay|safe|smart)\b|\b(?:do|does|did) (?:people|engineers|devs|developers|you|they|reviewers|the (?:on-?call|reviewers?|team|engineers?)) (?:not|even) (?:read|reading|check|checking|test|testing|look|looking|watch|watching|review|reviewing|notice|see|open|try|think|verify|run|follow|catch|spot|monitor|monitoring|pay attention|paying attention|care)\b(?=[^?]*\?)|\b(?:is|was|are) (?:anyone|anybody|someone|somebody|nobody|no one) (?:going|gonna) to (?:explain|tell (?:us|me)|own up|admit|take responsibility|answer)\b|\bwhat (?:exactly |on earth |the hell )?(?:were|was) (?:they|you|he|she|the (?:on-?call|responders?|team|engineers?|ic|reviewers?)) (?:(?:even|actually|exactly) doing|doing (?:for|all this time|the whole time|in all that time))\b(?=[^?]*\?)|\bhow hard (?:can|could) it (?:possibly )?(?:be|have been) to\b|\b(?:didn't|didn’t|did not|haven't|haven’t|have not|hadn't|hadn’t) we (?:all )?(?:agree|say|decide|tell (?:everyone|people|you|them))\b(?=[^?]*\?)|\bwhere (?:was|were) (?:the (?:on-?call|reviewers?|responders?|ic|team|engineers?|owners?|approvers?)|you|they|he|she)(?: (?:during|when|while|all this time|the whole time|in all this|at the time))?(?=[^?\w]*\?|\b[^?]{0,40}\?)|\bhow (?:is|was) it (?:even )?possible (?:that )?(?:nobody|no one|anyone|someone|you|they|he|she)\b|\bwhy did it take\b[^?]{0,40}\bfor (?:someone|anyone|somebody|anybody|you|him|her|them|the (?:on-?call|responders?|engineers?|team|ic)) to (?:look|respond|react|ack|acknowledge|notice|answer|check|roll back|do something)\b|\bwhy (?:on earth |the hell |in the world )?would (?:anyone|anybody|someone|somebody|any of (?:you|them|us)|you|they|he|she|the (?:on-?call|oncall|reviewers?|approvers?|engineers?|developers?|devs?|team|author|sre|dba|ic|responders?)|you|they|he|she) (?:ever |even )?(?:deploy|push|merge|ship|run|delete|drop|disable|turn off|restart|skip|ignore|approve|do (?:that|this|it)|think (?:that|this|it) (?:was|is) (?:fine|ok|okay|safe|a good idea))\b(?=[^?]*\?)/u,
    agent: "person-or-none",
    examples: {
      match: [
        "Did anyone even read the runbook?",
        "Was anybody actually watching the dashboards?",
        "Didn't anyone test this before it went out?",
        "Why would anyone deploy on a Friday afternoon?",
        "Does nobody read the runbook any more?",
        "Did Kemal even look at the dashboard?",
        "How many times do we have to tell people to check the namespace?",
      ],
      noMatch: [
        "Does nobody own this service?",
        "Did anyone check the lag at 10:02?",
        "Does anyone even use this endpoint any more?",
        "Does anyone really read the weekly report?",
        "Why would the scheduler evict a pod with no limits?",
        "Didn't the scheduler notice the taint?",
        "Did the canary even run on this build?",
      ],
    },
  },
  {
    id: "blame_seeking_question/culprit-wanted",
    category: "blame_seeking_question",
    message: "A question that asks for the person, not for how it happened, looks for someone to blame.",
    suggestions: [
      "Ask what the situation looked like at that point and what made the action look reasonable.",
    ],
    question: "What did the situation look like then, and what made this look reasonable?",
    cue: "was|who|what|name|names|explain|identify|find|figure|owns|own|responsible|whom",
    pattern: /\b(?:identify|find out|figure out|work out|establish|determine) (?:which|who) (?:(?:one of (?:us|you|them)|team member|engineer|person|developer|dev|intern|contractor|on-?call(?:\sengineer)?|sre|dba|squad|team)s? )?(?:actually |exactly )?(?:ran|pushed|merged|deployed|deleted|dropped|approved|broke|caused|touched|changed|made|did|wrote|shipped|wiped)\b|\b(?:owns?|takes?|carr(?:y|ies)|gets?) the blame\b|\bthe (?:person|engineer|one|individual|people|dev|developer) (?:responsible|accountable|to blame) for\b[^?.!]{0,60}\b(?:is|was|are|were)\s*(?:…|\.{3})?\s*\?|\b(?:was|is) whom\b|\bwhat made (?:you|him|her|them) (?:think|believe|decide)\b|\bwhat (?:were|was) (?:you|he|she|they) (?:doing|thinking) (?:running|deploying|pushing|merging|touching|editing|dropping|deleting|restarting)\b|\bwas it (?!the |an? |our |this |that )(?:[\w.’'@-]+ ){1,2}(?:or|and) (?:[\w.’'@-]+ ){1,2}who\b|\bwho (?:was|is|were) the (?:genius|idiot|clown|bright spark|hero|joker|muppet|numpty|moron|wise guy|smart one|rocket scientist)s? (?:that|who)\b|\bwhat possessed\b|\b(?:get|need|want|give|send|find out)(?:\sme|\sus)? (?:the )?names? of (?:the |whoever|everyone )?(?:[\w-]+ )?(?:engineers?|persons?|people|developers?|devs?|sres?|reviewers?|on-?call\w*|operators?|individuals?|responsible)\b|\bexplain why [\w.’'@-]+(?:\s[\w.’'@-]+)? (?:thought|decided|felt|figured|believed) (?:it was |that was |this was |it'd be |it would be )?(?:fine|ok|okay|a good idea|safe|smart|acceptable|reasonable)\b/,
    examples: {
      match: [
        "Was it Hinemoa or Tane who restarted the cluster?",
        "Quick q, who was the genius that set the TTL to a week?",
        "What possessed the web team to ship without a flag?",
        "Can I get the name of the engineer who made the change by end of day?",
        "Can somebody explain why Pedro thought it was fine to edit prod by hand?",
        "Please identify which engineer pushed the flag so we can follow up.",
        "Which team owns the blame for the lost invoices?",
        "And the engineer responsible for the expired token is…?",
        "So Radek, what made you think it was fine to deploy at 5 pm?",
        "Nuala, what were you doing running a migration on the primary?",
      ],
      noMatch: [
        "Please identify which dashboard showed the lag first.",
        "The team responsible for the gateway is on the call?",
        "What made the retry loop think the lease was valid?",
        "Was it the cache or the database that slowed first?",
        "Can someone explain why the retry loop thought the lease was valid?",
      ],
    },
  },
  // src/language/rules/person-remedy.yml
  {
    id: "person_remedy/be-careful",
    category: "person_remedy",
    message: "Asking people to be more careful is not a fix; the system stays the same.",
    suggestions: [
      "Turn it into a guardrail: a confirmation, a safer default, a visual cue, or an automated check.",
    ],
    question: "What guardrail, default or check would make carefulness unnecessary here?",
    cue: "careful|vigilant|diligent|attentive|cautious|mindful|disciplined|thorough|rigorous|meticulous|conscientious|take",
    pattern: /\b(?:must|need to|needs to|should|will|have to|has to|to) take (?:more|extra|greater|better) care\b|\b(?:be|being|to be|are|is|were|get|stay|remain|become)(?: (?:more|extra|much more|especially|super|a lot more|a bit more|far more|doubly))+ (?:careful|vigilant|diligent|attentive|cautious|mindful|disciplined|thorough|rigorous|meticulous|conscientious)\b|\b(?:must|need to|needs to|will|have to|has to|going forward,?|from now on,?|in future,?) (?:always )?be (?:careful|vigilant|diligent)\b/,
    agent: "not-system",
    examples: {
      match: [
        "Action: on-call engineers to be more careful with kubectl.",
        "Going forward, reviewers must be vigilant.",
      ],
      noMatch: [
        "The client must be more careful with file descriptors, so we added a pool limit.",
      ],
    },
  },
  {
    id: "person_remedy/make-careful",
    category: "person_remedy",
    message: "Making a person more careful is not a fix; the trap stays for the next person.",
    suggestions: [
      "Turn it into a guardrail: a confirmation, a safer default, a visual cue, or an automated check.",
    ],
    question: "What guardrail, default or check would make carefulness unnecessary here?",
    cue: "make|making|get|getting|help|ensure|ensuring|sure|tell|telling|told|ask|asked|asking|instruct|warn|warned|remind|reminded|reminding|encourag|urge|urged|coach|train|got",
    pattern: /\b(?:make|makes|making|get|gets|getting|help|helps|ensure|ensures|ensuring|make sure|making sure|see to it that|coach|train) (?<agent>[^,;.?!:()]{1,40}?) (?:(?:is|are|be|becomes?|gets?|stays?|will be|to be|to get|to become) )?(?:(?:more|extra|much more|especially|super|a lot more|a bit more|far more|doubly|a little more) )+(?:careful|vigilant|diligent|attentive|cautious|mindful|disciplined|thorough|focused|alert)\b|\b(?:tell|tells|telling|told|ask|asks|asking|asked|instruct\w*|warn|warns|warned|remind|reminds|reminded|reminding|encourag\w*|urge[sd]?|coach\w*|get|gets|got) (?<agent2>[^,;.?!:()]{1,40}?) to (?:(?:always|please|really|just) )?(?:(?:double|triple)[- ]?check|be (?:(?:more|extra|much more|especially|super|a lot more|a bit more|far more|doubly|a little more|very|really|extra|so|super) )*(?:careful|vigilant|diligent|attentive|cautious|mindful|disciplined|thorough|focused|alert)|take (?:more |extra |greater |better )?care|slow down|pay (?:more |closer |extra |better )?attention|think twice|check (?:twice|again|more carefully|everything twice))\b/,
    agent: "person",
    examples: {
      match: [
        "Make Kwame Mensah more careful with configs.",
        "Make the on-call engineer more careful.",
        "Tell Ana to double-check next time.",
        "We asked the reviewers to be extra careful with schema changes.",
      ],
      noMatch: [
        "Make the retry policy more careful about idempotent requests.",
        "Tell the deploy bot to double-check the target cluster.",
      ],
    },
  },
  {
    id: "person_remedy/vigilance-task",
    category: "person_remedy",
    message: "A task of personal vigilance given to one person (double-check, remember, review every…) leaves the trap for the next person.",
    suggestions: [
      "Make the check automatic or required for everyone (a CI check, a required review rule, a safer default, an alert), then say who builds it.",
    ],
    question: "What check could the tooling do, so that nobody has to remember it?",
    cue: "make|makes|making|let|have|having|sure|ensur|see|ask|asked|asking|tell|told|telling|get|got|getting|remind|requir|expect|instruct|encourag|urge|urged|train|coach|force|forced|will|shall|must|should|needs to|has to|from now on|going forward|henceforth|in future",
    pattern: /(?:(?:\b(?:make|makes|making|let(?! (?:us|me)\b)|(?:make|makes|making) sure|ensure|ensures|ensuring|see to it that)|(?<=^\s*|[:;,—–] |\b(?:and|then|please|we will|we'll|we should|we must|let's|let us) )have(?! (?:you|we|they|i|he|she)\b)) (?<agent>[^\s,;:!?()]+(?: [^\s,;:!?()]+){0,3}?(?<!(?:^|[\s(])(?:the|a|an|our|their|my|your|its|every|each|all|any|this|that|these|those)))|\b(?:ask|asks|asked|asking|tell|tells|told|telling|get|gets|got|getting|remind|reminds|reminded|reminding|require|requires|required|requiring|expect|expects|expected|instruct\w*|encourag\w*|urge[sd]?|urging|train\w*|coach\w*|force[sd]?|forcing) (?<agent2>[^\s,;:!?()]+(?: [^\s,;:!?()]+){0,3}?(?<!(?:^|[\s(])(?:the|a|an|our|their|my|your|its|every|each|all|any|this|that|these|those))) to) (?:(?:double|triple)[- ]?checks?\b|re-?checks?\b|remembers?\b|(?:always|never|consistently|carefully|thoroughly|properly|religiously|diligently|personally) (?:(?:(?:double|triple)[- ]?check|re-?check|check|review|verify|verifie|test|read|confirm|validate|inspect|look (?:over|at)|watch|monitor|audit|approve|sign off(?: on)?|go over|proofread|eyeball|run)|deploy|push|merge|touch|skip|use|follow|wait|ask|page|escalate|update|forget|ignore|miss|restart|roll back|rely)(?:e?s)?\b|(?:(?:double|triple)[- ]?check|re-?check|check|review|verify|verifie|test|read|confirm|validate|inspect|look (?:over|at)|watch|monitor|audit|approve|sign off(?: on)?|go over|proofread|eyeball|run)(?:e?s)? (?:[^\s,;:!?()]+ ){0,6}?(?:every|each|all future|any future|next time|from now on|going forward|in future|in the future|every time|each time|before (?:every|each|any))\b(?: [\w'’-]+)?|be (?:(?:more|extra|very|really|much more|a lot more|a bit more|doubly) )?(?:careful|vigilant|diligent|attentive|cautious|mindful|thorough|alert)|pay (?:more |closer |extra |better )?attention|slow down|think twice|take (?:more |extra |greater |better )?care|keep an eye on|(?:look|watch) out for|stay (?:alert|vigilant|on top of))|(?<![\w-] )(?<agent3>(?!(?:we|i|you|they|everyone|everybody|someone|nobody)\b)[^\s,;:!?()]+(?: [^\s,;:!?()]+){0,3}?(?<!(?:^|[\s(])(?:the|a|an|our|their|my|your|its|every|each|all|any|this|that|these|those)))(?<!\b(?:teams?|rota|rotation|squad|group|guild|board|committee|pipeline|bot)) (?:will|shall|must|should|is to|is going to|needs to|has to)(?: (?:personally|manually|also|now))? (?:review|check|double-check|approve|sign off on|look over|verify|eyeball|vet) (?:all|every|each|any) (?:(?:[\w-]+ ){0,2}?(?:changes?|deploys?|deployments?|merges?|prs?|pull requests?|migrations?|releases?|commits?|pushes|upgrades?|rollouts?)\b)|(?<![\w-] )(?<agent5>(?!(?:we|i|you|they|everyone|everybody|someone|nobody|ci|it)\b)[^\s,;:!?()]+(?: [^\s,;:!?()]+){0,3}?(?<!(?:^|[\s(])(?:the|a|an|our|their|my|your|its|every|each|all|any|this|that|these|those)))(?<!\b(?:teams?|rota|rotation|squad|group|guild|board|committee|pipeline|bot|job|ci|hook)) (?:will|shall|must|should|is to|needs to|has to)(?: (?:personally|also|now|always))? (?:run|do|perform|execute|trigger|check|test|verify|inspect|rerun|re-run)\b[^.;]{0,50}?\b(?:by hand|manually)\b[^.;]{0,30}?\bbefore (?:every|each|any) (?:(?:[\w-]+ ){0,2}?(?:changes?|deploys?|deployments?|merges?|prs?|pull requests?|migrations?|releases?|commits?|pushes|upgrades?|rollouts?)\b)|\b(?:from now on|going forward|henceforth|in future),? (?<agent4>(?!(?:we|i|you|they|everyone|everybody)\b)[^\s,;:!?()]+(?: [^\s,;:!?()]+){0,3}?(?<!(?:^|[\s(])(?:the|a|an|our|their|my|your|its|every|each|all|any|this|that|these|those)))(?<!\b(?:teams?|rota|rotation|squad|group|guild|board|committee|pipeline|bot)) (?:reviews|checks|double-checks|approves|signs off on|verifies|looks over|vets|will (?:review|check|double-check|approve|verify|look over|vet)) (?:all|every|each|any) (?:(?:[\w-]+ ){0,2}?(?:changes?|deploys?|deployments?|merges?|prs?|pull requests?|migrations?|releases?|commits?|pushes|upgrades?|rollouts?)\b)/,
    agent: "person",
    unless: /\b(?:bots?|cron|scheduler|schedule|automation|pipelines?|workflows?|ci|tool|tooling|scripts?|webhooks?|hooks?|pagerduty|opsgenie|slack|calendar|reminders?|alerts?|linter|system|checks?|jobs?|runbooks?|playbooks?|checklists?|templates?|docs|documentation|guides?|wiki|readme|procedures?|policy|form|prompt|banner) (?:[\w-]+ ){0,3}?(?:remind|ask|tell|prompt|nudge|ping|make|force|require)\w*\b|\b(?:remind|ask|tell|prompt|nudge|ping)\w* (?:[\w’'-]+ ){0,6}?(?:via|through|using|with|from|by) (?:a |an |the |our )?(?:[\w-]+ ){0,2}?(?:bots?|schedules?|scheduler|automation|calendar|reminders?|alerts?|jobs?|workflows?|cron|pagerduty|opsgenie|slack|scripts?|webhooks?|hooks?|checks?|tool|pipelines?)\b|\bautomatic(?:ally)? (?:remind|ask|prompt|nudge|ping)|\b(?:ask|tell|remind|encourage|get|have|make sure)\w* (?:all |our |the |affected |any )?(?:customers?|users?|clients?|tenants?|subscribers?|merchants?|partners?|callers?|buyers?)\b|\b(?:approv\w*|endors\w*|agree\w*|sign\w* off) that\b/,
    examples: {
      match: [
        "Make Jörg double-check every client change.",
        "Make Lucía double-check every tokio upgrade.",
        "Make José María double-check every runtime upgrade.",
        "Remind Siobhán to run the load test before every release.",
        "Have Priya review every deploy.",
        "Tell Aiyana to always check.",
        "Make sure Kofi reviews every migration.",
        "Ask Tomasz to remember the feature flag next time.",
        "Action: have the on-call engineer verify each config push by hand.",
        "Get them to never deploy on a Friday.",
        "Tomasz will review all context changes from now on.",
        "From now on Tomasz reviews every context change.",
        "Going forward, Kwame must run goleak by hand before every merge.",
      ],
      noMatch: [
        "Make the deploy check timeouts.",
        "Remind the on-call rotation via a PagerDuty schedule.",
        "Have CI run the load test before every release.",
        "Ask the vendor for a fix.",
        "Have Priya run the load test.",
        "Remind Siobhán to share the slides after the review.",
        "Have the bot remind Siobhán to run the load test before every release.",
        "Make sure the job always runs the smoke test.",
        "We have Priya on the review rota this week.",
        "CI will check every migration for a lock timeout.",
        "We will review all open actions at the follow-up.",
        "The release pipeline must approve every production deploy.",
        "The platform team will review all upgrades before the freeze.",
        "CI must run goleak before every merge.",
        "Kwame will run goleak by hand once, to check the fix.",
      ],
    },
  },
  {
    id: "person_remedy/pay-attention",
    category: "person_remedy",
    message: "Telling people to pay attention or double-check leaves the trap in place.",
    suggestions: [
      "Automate the check, or make the risky state visible (e.g. a distinct prompt for the prod context).",
    ],
    question: "Which check could the tooling do so people do not have to?",
    cue: "attention|double|triple|twice|slow",
    pattern: /\bpay(?:ing)? (?:more|closer|extra|better|much more|greater|special) attention\b|\b(?:must|should|will|to|need to|needs to|please|always|remember to|has to|have to|be sure to|make sure to)(?: (?:always|now|carefully|manually))? (?:double|triple)[- ]?check\b|\bthink twice\b|\b(?:need|needs|must|should|have|has|to) (?:to )?slow down\b(?! (?:the|our|a|an|this|that|these|those|all|every|rollouts?|deploys?|deployments?|releases?|traffic|requests?|retries|writes|reads)\b)/,
    agent: "not-system",
    unless: /\b(?:script|tool|ci|pipeline|bot|hook|job|check|linter)s? (?:will|to|must|should|now) (?:double|triple)[- ]?check\b/,
    examples: {
      match: [
        "We told the team to double-check config before pushing.",
        "Engineers need to pay more attention to the deploy channel.",
      ],
      noMatch: [
        "The rollout controller should slow down when the error rate rises.",
      ],
    },
  },
  {
    id: "person_remedy/retrain",
    category: "person_remedy",
    message: "Retraining the people involved aims the fix at people, not at the conditions.",
    suggestions: [
      "Change the system (default, check, interface); offer training alongside that change, to everyone.",
    ],
    question: "Which change to the system would make this training unnecessary?",
    cue: "retrain|re-train|retak|re-take|refresher|remedial|mandatory|back|recertif|re-certif|before|training|sign|confirm|acknowledge|attest|extra|more|compulsory",
    pattern: /\b(?:retrain\w*|re-train\w*|retak(?:e|es|ing)|re-tak(?:e|es|ing)|redo the training|(?:redo|re-do|repeat|re-sit|resit) (?:the |their |his |her )?(?:[\w-]+ )?training|(?:complete|take|do|sit|finish) (?:the |a |their |his |her )?(?:[\w-]+ ){0,2}?(?:course|training|module|certification) again|refresher (?:training|course|session)|remedial training|(?:attend|take|complete|do|get|receive|go to|go on|sit) (?:an? |some )?(?:extra|remedial|refresher|more|compulsory) (?:training|coaching|courses?|classes|lessons|sessions?)|sign (?:an? |the )?(?:acknowledge?ment|attestation|declaration|statement|pledge) (?:that|saying|confirming) (?:they|he|she|you|we|i)(?:'ve| have| has)? (?:read|understood|understand|will follow)|mandatory (?:re-?)?training|(?:(?:go|goes|went) back through|(?:sent|send (?:[\w'’-]+ ){1,3}?)back (?:through|to)) (?:the |his |her |their )?(?:[\w-]+ ){0,2}?(?:onboarding|training|course|certification|bootcamp|induction)|re-?certif(?:y|ied|ication)|(?:complete|finish|pass|take) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:course|training|certification) before (?:getting|regaining|having|being given|they get|he gets|she gets) (?:[\w-]+ ){0,2}?(?:access|rights|permissions)|(?:re-?)?read (?:the )?(?:[\w-]+ ){0,2}(?:runbook|docs|documentation|policy|guidelines|handbook|procedure)s? and (?:sign|confirm|acknowledge|attest))\b/,
    unless: /\b(?:alongside|along with|together with|in addition to|as well as)\b.*\b(?:check|guardrail|automation|automated|default|ci|lint|validation|confirmation|tooling)\b|\b(?:check|guardrail|automation|default|ci|lint|validation|confirmation)\b.*\b(?:alongside|along with|together with|in addition to|as well as)\b|\bretrain\w* (?:the |a |our )?(?:[\w-]+ )?(?:model|classifier|index|embeddings?)\b/,
    examples: {
      match: [
        "Everyone involved must retake the security training.",
        "Next steps: the web team retakes the change-management training by the end of the month.",
        "- follow-up: Ximena to attend extra training on the provider dashboard",
        "All DBAs will sign an acknowledgement that they have read the maintenance policy.",
        "The responders will read the runbook and sign off on it.",
      ],
      noMatch: [
        "We retrained the anomaly model on the new traffic shape.",
      ],
    },
  },
  {
    id: "person_remedy/revoke-access",
    category: "person_remedy",
    message: "Taking access away from a person punishes instead of making the action safe for everyone.",
    suggestions: [
      "Add a guardrail for the action itself (confirmation, two-person rule, safer default) for everyone.",
    ],
    question: "What guardrail on the action would protect anyone who takes it?",
    cue: "access|permission|rights|privilege|credential",
    pattern: /\b(?:revok|withdr[ae]w|pull|remov|strip|suspend|restrict|tak(?:e|ing)|took)\w* (?<agent>(?:his|her|their|(?:the )?(?:[\p{L}-]+ )?[\p{L}-]+['’]s)) (?:[\w-]+ ){0,3}?(?:access|permissions|rights|privileges|credentials)\b/u,
    agent: "person",
    examples: {
      match: [
        "Revoke Nadia's prod access until further notice.",
        "Revoke Dilnoza's production database access pending review.",
      ],
      noMatch: [
        "Revoke the token's write access after the migration.",
      ],
    },
  },
  {
    id: "person_remedy/remove-person",
    category: "person_remedy",
    message: "Removing a person from a rota or group punishes instead of fixing the system.",
    suggestions: [
      "Change the deploy path so the risky action needs a check or a second pair of eyes for everyone.",
    ],
    question: "What would make this action safe no matter who takes it?",
    cue: "remove|removed|removing|kick|take|took|taken|bar|barred|ban|banned|exclud|access|revoke|revoked",
    pattern: /\b(?:remove|removed|removing|kick|kicked|take|took|taken|bar|barred|ban|banned|exclude|excluded|revoke|revoked) (?<agent>[^,;.?!:()]{1,40}?) (?:off|from|out of) (?:the )?(?:[\w-]+ )?(?:deploy|deployer|on-?call|release|admin|prod|production|oncall|rotation|rota|pager|merge|approver|reviewer)[\w-]*\b|\brevok\w* (?:[\w-]+ )?(?:access|permissions|rights|privileges) (?:for|from) (?<agent2>[^,;.?!:()]{1,40}?)(?=$|[,;.?!])/,
    agent: "person",
    examples: {
      match: [
        "Remove Helga from the deploy group for now.",
        "Revoke prod access for the intern.",
      ],
      noMatch: [
        "Remove the node from the load balancer pool.",
      ],
    },
  },
  {
    id: "person_remedy/discipline",
    category: "person_remedy",
    message: "Discipline is not a corrective action for a system failure, and it stops people reporting.",
    suggestions: [
      "Replace with a system change: a guardrail, automation, safer default or feedback signal.",
    ],
    question: "What system change would make a repeat less likely?",
    cue: "reprimand|disciplin|warning|performance|notice|written|improvement|counsel|note|probation",
    pattern: /\b(?:reprimand\w*|disciplinary|disciplined|written warning|formal warning|final warning|performance improvement plan|(?:an |a )?improvement plan|put on notice|(?:on|onto|under) (?:a |formal )?probation(?:ary period)?|written up|(?:a|his|her|their) performance review|(?:a |an )?performance plan|in (?:their|his|her) (?:next |upcoming )?performance (?:cycle|review|conversation|check-in)|counsel(?:l?ed|l?ing)? (?:him |her |them |(?:the|our|an?) (?:[\w-]+ ){1,2})(?:on|about|regarding|over)|(?:a )?note (?:to|in|on) (?:his|her|their|[\w-]+['’]s) (?:personnel |hr |employee |permanent )?(?:file|record))\b/,
    examples: {
      match: [
        "The engineer received a written warning.",
        "This should go into her performance review.",
        "Counsel the operator on the change procedure.",
        "Add a note to Kofi's file about the outage.",
        "Put the data platform team on probation for schema changes this quarter.",
      ],
      noMatch: [
        "We asked counsel about the contract terms.",
        "The disk warning fired at 80 %.",
      ],
    },
  },
  {
    id: "person_remedy/have-a-word",
    category: "person_remedy",
    message: "A word with the person involved is discipline, not a corrective action, and it stops people reporting.",
    suggestions: [
      "Replace with a system change: a guardrail, automation, safer default or feedback signal.",
    ],
    question: "What system change would make a repeat less likely?",
    cue: "word",
    pattern: /\b(?:have|had|having|has) a (?:quiet |little |stern |serious |private |firm |friendly )?word with (?<agent>[^,;.?!:()]{1,40}?)(?= about\b| regarding\b| re(?![\w-])| on(?![\w-])| after\b|[,;.?!]|$)/,
    agent: "person",
    unless: /\b(?:vendors?|suppliers?|providers?|partners?|support)\b/,
    examples: {
      match: [
        "Follow-up: have a word with Sourav about checking replication before a failover.",
        "The manager had a quiet word with the on-call after the review.",
      ],
      noMatch: [
        "We will have a word with the vendor about the SLA.",
      ],
    },
  },
  {
    id: "person_remedy/spoken-to",
    category: "person_remedy",
    message: "A word with the person responsible is discipline, not a corrective action, and it stops people reporting.",
    suggestions: [
      "Replace with a system change: a guardrail, automation, safer default or feedback signal.",
    ],
    question: "What system change would make a repeat less likely?",
    cue: "spoken|talked|aside",
    pattern: /\b(?:has|have|had) been (?:spoken|talked) to\b|\b(?:was|were|will be) (?:spoken|talked) to (?:about (?:it|this|that|the (?:mistake|error|incident|outage|change))|by (?:their|his|her|a|the) (?:manager|lead|boss))|\b(?:was|were|has been|have been|will be) (?:taken|pulled) aside\b/,
    agent: "person",
    agentAt: "clause",
    unless: /\b(?:vendors?|suppliers?|providers?|partners?)\b/,
    examples: {
      match: [
        "The engineer who made the change has been spoken to.",
        "Paweł was taken aside after the review.",
      ],
      noMatch: [
        "The vendor has been spoken to about the outage.",
      ],
    },
  },
  {
    id: "person_remedy/sanction-person",
    category: "person_remedy",
    message: "Wishing a sanction on someone is punishment, not a corrective action, and it stops people reporting.",
    suggestions: [
      "Replace with a system change: a guardrail, automation, safer default or feedback signal.",
    ],
    question: "What system change would make a repeat less likely?",
    cue: "lose|loses|losing|fired|sacked|punished|demoted|dismissed|suspended|penalised|penalized|canned|let",
    pattern: /\b(?:should(?: really| probably| definitely)?|must|ought to|needs? to|has to|have to|deserves? to|will|would|is going to|are going to|gonna|better) (?:lose|be losing) (?:his|her|their|a|the) (?:[\w-]+ )?(?:job|jobs|position|bonus|bonuses|role|head|stripes|badge|promotion|raise|seat)\b|\b(?:should(?: really| probably| definitely)?|must|ought to|needs? to|has to|have to|deserves? to|will|would|is going to|are going to|gonna|better) (?:be |get |got )?(?:fired|sacked|canned|punished|demoted|dismissed|suspended|penali[sz]ed|let go|shown the door)\b/,
    agent: "person",
    unless: /\b(?:nobody|no one|no-one|none of (?:us|them|you))\b/,
    examples: {
      match: [
        "Somebody should lose their job over this.",
        "Whoever approved it should be demoted.",
        "They ought to be fired.",
      ],
      noMatch: [
        "The worker should lose its lock after 30 seconds.",
        "The process should be killed if it hangs.",
        "The consumer will be suspended until the backlog drains.",
        "Nobody should lose their job over an honest mistake.",
      ],
    },
  },
  {
    id: "person_remedy/remind-people",
    category: "person_remedy",
    message: "Reminding people is a remedy aimed at people; reminders fade, guardrails stay.",
    suggestions: [
      "Make the expected step automatic or enforced (CI check, template, default).",
    ],
    question: "How could the tooling make the right step the default?",
    cue: "remind|told|asked|instructed|warned",
    pattern: /\bremind(?:ed|ing|er)?(?: to)? (?:all |the |our |every |each )?(?:engineers?|everyone|everybody|team|people|devs?|developers?|on-?call\w*|folks|staff|responders?|operators?|reviewers?|[\w-]+ team|(?:night|day|weekend|morning|evening|late|early) shifts?|crews?|them|him|her) (?:to|about|of|that (?:[\w’-]+ ){0,4}?(?:must|should|need|needs|have to|has to|are expected|is expected))\b|\b(?:told|asked|instructed|warned) (?:all |the |our )?(?:engineers?|everyone|the team|people|devs?|on-?call\w*|folks|staff|them|him|her) to (?:double-?check|be (?:more )?careful|slow down|pay (?:more )?attention|think|check (?:twice|again|carefully)|never|always be)\b|\b(?:will|shall|must|should|is to|are to) be (?:reminded|told|warned) (?:again )?(?:that|to|about|not to)\b/,
    agent: "not-system",
    examples: {
      match: [
        "We reminded engineers to run the migration check before deploying.",
        "We reminded the weekend shift to watch the queue graphs.",
        "The team will be reminded that manual edits are not allowed.",
      ],
      noMatch: [
        "The certificate owners will be reminded by the expiry bot.",
        "The bot reminds the channel when a certificate is close to expiry.",
        "Nothing reminded the on-call to check the second region.",
      ],
    },
  },
  {
    id: "person_remedy/make-sure-never",
    category: "person_remedy",
    message: "Keeping a person away from the system is a person remedy; the trap stays for the next one.",
    suggestions: [
      "Make the risky action safe for everyone (confirmation, dry run, scoped permissions).",
    ],
    question: "What would make this action safe for anyone who takes it?",
    cue: "sure|ensure",
    pattern: /\b(?:make|making|ensure|ensuring) sure (?<agent>[^,;.?!:()]{1,40}?) (?:never|doesn't|does not|don't|do not|won't|will not|can't|cannot|no longer|isn't allowed to)(?: again)? (?:touch|touches|deploy|deploys|push|pushes|run|runs|go near|has|have|gets?|merges?|approves?)\b/,
    agent: "person",
    examples: {
      match: [
        "Make sure Piotr never touches the billing cluster again.",
      ],
      noMatch: [
        "Make sure the job never runs twice.",
      ],
    },
  },
  {
    id: "person_remedy/supervision",
    category: "person_remedy",
    message: "Supervising or shadowing one person as a corrective targets the person, not the system.",
    suggestions: [
      "Change the path itself (review gate, automation) for everyone.",
    ],
    question: "What change to the path would help anyone taking it?",
    cue: "shadow|supervis|paired|pair|approval|sign-off|eye|monitor|watch|check|review|personally|personal|work",
    pattern: /\b(?:must|will|should|has to|have to|needs to|need to|until (?:he|she|they))\b[^.]{0,40}\b(?:shadow\w*|be supervised|be paired|pair with a senior|get (?:manager|lead) (?:approval|sign-off)|(?:a )?personal sign-?off from (?:his|her|their|a) (?:manager|lead|boss|director)|manager(?:'s)? approval|keep (?:a )?(?:closer |close |careful )?eye on (?:his|her|their|the) (?:engineers?|team|reports|people|juniors?|deploys|changes|work)|(?:monitor|watch|check|review) (?:the team's|his|her|their|[\w'’-]+['’]s) (?:deploys|deployments|changes|work|commits|merges|prs)(?: more closely| closely| for))\b|\b(?:have|make|let|get|require) [\w.’'-]+(?:\s[\w.’'-]+)? (?:to )?(?:shadow|pair with|be paired with|work under|be supervised by) (?:a |an |the |one of the )?(?:senior|more senior|experienced|lead|staff|principal)\b|\bpersonally (?:check|review|approve|sign off on|inspect|verify|vet)s? (?:each|every|all|any) (?:[\w-]+ )?(?:junior|intern|new hire|contractor|newbie|trainee)(?:s|'s|’s|s'|s’)?(?!\w)|\bpersonally (?:check|review|approve|sign off on|inspect|verify|vet) (?:each|every|all|any) (?:[\w-]+ ){0,2}?(?:that |which )?(?:\p{L}[\p{L}'’-]*) (?:writes|ships|merges|pushes|deploys|makes|touches|opens|submits)\b|\b(?:will|must|should|shall|is to|are to)(?: in future| from now on| going forward)? (?:only )?work (?:only )?under (?:the |a )?(?:four-?eyes|supervision|a senior|close supervision|(?:his|her|their) (?:lead|manager))\b/u,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Carlos will need manager approval for every deploy until further notice.",
        "Have Aigerim shadow a senior engineer before her next on-call week.",
        "AI: team leads to personally check each junior's YAML before merge.",
        "Approving, but going forward I want to personally review every migration Haruka writes.",
        "As measure, the colleague will in future work only under four-eyes principle with the team lead.",
      ],
      noMatch: [
        "We will pair the new runbook with a senior review of the alert thresholds.",
        "New hires shadow the primary for their first two weeks of on-call.",
      ],
    },
  },
  {
    id: "person_remedy/apology-action",
    category: "person_remedy",
    message: "An apology assigned to a person as an action item is a sanction, not a fix.",
    suggestions: [
      "If customers are owed an apology, make it the organisation's; turn the action into a system change.",
    ],
    question: "What system change would make a repeat less likely?",
    cue: "apolog|promise|personal|public|lessons",
    pattern: /\b(?<agent>(?!we\b|i\b|our\b|the company\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?) (?:to|will|must|should|shall|needs? to|has to|is to|are to|have to)(?: (?:personally|formally|publicly|also|now))? (?:apologi[sz]e|(?:write|send|give|make|present|issue|deliver|offer|post) (?:a |an )?(?:personal |formal |public |written |full )?(?:apology|letter of apology|apology letter)|promise (?:[\w'’-]+ ){0,3}?(?:won't|will not|never) happen again)\b|\b(?<agent2>(?!we\b|i\b|our\b|the company\b|the team\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?) (?:to|will|must|should|shall|needs? to|has to|is to|have to)(?: (?:personally|formally|publicly|also|now))? (?:present|give|deliver|write|share|post|read out) (?:a |an |his |her |their )?(?:personal|public|individual) (?:lessons?[- ]learned|post-?mortem|account|confession|explanation|retrospective|reflection|talk)\b/u,
    agent: "person",
    examples: {
      match: [
        "Moana will apologise to the affected customers.",
        "Follow-up: Keoni to write a personal apology to the support team.",
        "Ines will present a personal lessons-learned to the whole department on Friday.",
      ],
      noMatch: [
        "The team will present the lessons learned at the engineering all-hands.",
        "We will apologise to the affected customers in the status update.",
      ],
    },
  },
  {
    id: "person_remedy/hr-conduct",
    category: "person_remedy",
    message: "Sending people's conduct to HR or threatening consequences is a sanction, not a remedy for the system.",
    suggestions: [
      "Replace with a system change: a guardrail, automation, safer default or feedback signal.",
    ],
    question: "What system change would make a repeat less likely?",
    cue: "hr|people|noted|recorded|reflected|mentioned|documented|flagged|included|raised|written|counted|human|conduct|behaviour|behavior|consequences|talking|responsible|fire|let|sacked|dismissed|performance|until",
    pattern: /\b(?:escalat\w*|refer\w*|report\w*|send|sent|asked|ask|involv\w*|loop\w* in) (?:[\p{L}'’-]+ ){0,4}?(?:to |with )?(?:hr|human resources)\b|\b(?:hr|human resources) to (?:look into|investigate|review|deal with|handle)\b|\b(?:hr|human resources|people ops)(?:\s(?:has|have|had|was|were|is|are|will be|got|gets))?(?:\s(?:been|now|already))? (?:looped in|involved|notified|informed|brought in|called in|made aware|contacted)\b|\b(?:noted|recorded|reflected|mentioned|documented|flagged|included|raised|written up|counted) (?:in|on|during|at) (?:[\p{L}-]+['’]s|his|her|their) (?:next |annual |upcoming |quarterly |mid-year )?(?:performance review|perf review|review cycle|appraisal|evaluation|personnel file|file)\b|\b(?:conduct|behaviou?r) of (?:the )?(?:[\w-]+ ){0,2}?(?:engineers?|people|individuals?|persons?|staff|team|on-?call\w*|responders?)\b|\b(?:[\p{L}-]+['’]s|his|her|their) (?:conduct|behaviou?r) to (?:hr|human resources|management)\b|\b(?:will|must|should|shall|needs? to|have to|has to|(?:is|are) going to) (?:face|suffer|bear) (?:the |serious |real |some )?consequences\b|\b(?:stern|serious|firm|proper) talking[- ]to\b|\b(?:stern|serious|firm|hard|frank) (?:talk|word|words|conversation|chat) with (?:the |him\b|her\b|them\b|\p{L})|\b(?:the responsible (?:engineer|person|party|individual|developer|team|people)s?|the (?:engineer|person|developer|individual|people|team)s? responsible) (?:has|have|was|were|will be|is|are) (?:been )?(?:identified|spoken to|dealt with|disciplined|named|found|removed|reassigned|let go|taken off)\b|\b(?:address|review|look into) the (?:performance|conduct|behaviou?r) of (?:those|the people|the engineers?|the individuals?|the team members?|everyone) involved\b|\buntil (?:he|she|they|he's|she's|they've) (?:completes?|finishes?|has (?:done|completed|finished)|have (?:done|completed|finished)|passes?|retakes?) (?:the |his |her |their )?(?:[\w-]+ )?training\b|\bfire (?:whoever|the (?:engineer|person|developer|intern|contractor|people|on-?call)|him|her|them)\b|\b(?:should|must|will|needs? to) be (?:let go|sacked|dismissed)\b/u,
    examples: {
      match: [
        "Escalate Marek's conduct to HR.",
        "HR has been looped in regarding Beatriz's handling of the export.",
        "I want this incident noted in Kaito's performance review.",
        "The people responsible will face consequences.",
        "Whoever did this needs a stern talking-to.",
      ],
      noMatch: [
        "HR's payroll export ran late because of the queue backlog.",
        "The HR system was notified of the outage by the status page.",
        "The fix is recorded in the change file.",
      ],
    },
  },
  {
    id: "person_remedy/restrict-person",
    category: "person_remedy",
    message: "Restricting one person is a remedy aimed at a person; change what the role can do by default instead.",
    suggestions: [
      "Change the default permissions or add a guardrail for everyone, rather than singling out a person.",
    ],
    question: "What guardrail would make the risky action safe for anyone?",
    cue: "restrict|allowed|permitted|trusted|sign-off|signoff|approval",
    pattern: /\brestrict\w* (?<agent>[^,;.?!:()]{1,40}?) to (?:read-only|read only|view-only|viewer)\b|\b(?<agent2>[\p{L}-]+['’]s) (?:deploys|deployments|changes|commits|prs|merges|releases|pushes|work)(?: now| will| must| should| from now on)? (?:need|needs|require|requires|get|go through|must get|must have) (?:[\w-]+ ){0,2}?(?:sign-off|signoff|approval|reviewers?|approvers?)\b/u,
    agent: "person",
    examples: {
      match: [
        "Restrict Tavita to read-only access.",
        "Sisa's deploys now need sign-off from her lead.",
      ],
      noMatch: [
        "Restrict the token to read-only access.",
      ],
    },
  },
  {
    id: "person_remedy/not-allowed",
    category: "person_remedy",
    message: "Keeping a person away from production is a remedy aimed at a person; change what anyone can do by default.",
    suggestions: [
      "Change the default permissions or add a guardrail for everyone, rather than singling out a person.",
    ],
    question: "What guardrail would make the risky action safe for anyone?",
    cue: "allowed|permitted|trusted|approval|sign-off|signoff|permission|past",
    pattern: /\b(?:should|must|will|can|may)(?:n't| not| never) be (?:allowed|permitted|trusted|let) (?:near|to touch|to deploy|to merge|to push|on|in|with|access to|anywhere near)\b|\b(?:has|have|needs?|must|will have) to (?:get|ask for|obtain|seek) (?:approval|sign-off|signoff|permission) from (?:his|her|their|a|the) (?:manager|lead|boss|supervisor|team lead)\b|\b(?:needs?|requires?|will need|must have) (?:approval|sign-off|signoff|permission) from (?:his|her|their) (?:manager|lead|boss|supervisor|team lead)\b|\b(?:is|are|will be) no longer (?:allowed|permitted|trusted) (?:to \p{L}|on site|in the (?:office|building|data ?cent(?:er|re))|near (?:prod|production|the))|\b(?:needs?|requires?|will need|must (?:get|have|obtain|seek)|has to get|have to get) (?:(?:a|an|explicit|written|personal|prior) )?(?:manager|managerial|manager's|lead|team lead|senior|supervisor) (?:approval|sign-?off|signoff|permission|review) (?:for|before|on) (?:any|every|all|each)\b|\b(?:must|has to|have to|needs? to|will|should) run (?:every|each|all|his|her|their|any) (?:[\w-]+ )?(?:changes?|deploys?|commands?|commits?) (?:past|by) (?:a |an |the |his |her |their )?(?:senior|lead|manager|supervisor|boss)/u,
    agent: "person",
    examples: {
      match: [
        "The intern should not be allowed near production.",
        "Chiara is no longer allowed to approve merges to the ledger service.",
        "Going forward, Bolat needs manager approval for any Terraform apply.",
      ],
      noMatch: [
        "Unreviewed changes should not be allowed to merge.",
        "The legacy worker is no longer allowed to write to the archive bucket.",
        "Production schema changes need manager approval for any table over 1 GB.",
      ],
    },
  },
  {
    id: "person_remedy/banned-from",
    category: "person_remedy",
    message: "Barring a person from production is a remedy aimed at a person; change what anyone can do by default.",
    suggestions: [
      "Change the default permissions or add a guardrail for everyone, rather than singling out a person.",
    ],
    question: "What guardrail would make the risky action safe for anyone?",
    cue: "banned|barred|suspended|lose|loses|losing|removed|taken|pulled|dropped|kicked|benched|moved|reassigned|transferred|consequence|punishment|penalty",
    pattern: /\b(?:moved|reassigned|transferred|rotated|taken|pulled|removed) (?:off|from|out of) (?:the )?(?:[\w-]+ ){0,2}?(?:service|team|project|squad|rotation|rota|on-?call|codebase|system)\b[^.;]{0,40}?\bas (?:a )?(?:consequence|result of (?:this|the|that) (?:incident|outage)|punishment|penalty|sanction)\b|\b(?:removed|taken|pulled|dropped|kicked|benched) (?:off|from|out of) (?:the )?(?:(?:release|deploy|primary|secondary|weekend|holiday|night|platform|prod|production|[\w-]+ team's) )?(?:on-?call|rota|rotation|deploy group|deployers|admins|release team|production access|pager)\b|\b(?:banned|barred|suspended|benched) from (?:deploying|deploys|production|prod|merging|the on-?call|on-?call|the rota|the deploy|releases|touching)\b|\b(?:lose|loses|losing|should lose|will lose) (?:his |her |their )?(?:[\w-]+ )?(?:access|rights|permissions|privileges|on-?call \w+|deploy \w+)\b/,
    agent: "person",
    examples: {
      match: [
        "Ahmed is banned from deploying until the review is done.",
        "She will lose her production access for a month.",
        "- Jana to be removed from the release rotation for the rest of the quarter.",
        "Jericho is being moved off the payments service and onto internal tooling as a consequence.",
      ],
      noMatch: [
        "The worker was moved off the payments service as a result of the capacity review.",
        "The flaky node was removed from the rotation.",
        "Unsigned images are barred from production by the admission controller.",
      ],
    },
  },
  {
    id: "person_remedy/person-restricted",
    category: "person_remedy",
    message: "Narrowing what one person may do is a remedy aimed at a person; change what anyone can do by default.",
    suggestions: [
      "Change the default permissions or add a guardrail for everyone, rather than singling out a person.",
    ],
    question: "What guardrail would make the risky action safe for anyone?",
    cue: "longer|not|never|n't|doesn|does|don",
    pattern: /(?<![\p{L}'’-])(?!(?:we|they|you|i|it|the team|our team|the teams?|teams?|everyone|everybody|nobody|no one|today|now|so|ok|okay|and|but|then|also)\b)(?<agent2>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:(?:does|do)(?:n't|n’t| not)|no longer) (?:gets?|has|have|keeps?) (?:[\w-]+ ){0,3}?(?:access|rights|permissions|privileges)\b[^.;]{0,40}\b(?:anymore|any more|from now on|going forward|until further notice)\b|(?<![\p{L}'’-])(?!(?:we|they|you|i|it|the team|our team|the teams?|teams?|everyone|everybody|nobody|no one)\b)(?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:(?:will|shall|should|must|may|can|is to)(?: not| no longer| never|n't|n’t|not)|won't|won’t)(?: again)? (?:be allowed to |be able to |be permitted to |get to )?(?:deploy|merge|push|release|ship|touch|approve|access production|have (?:production |prod |admin |root |deploy |write |merge |on-?call )?(?:access|rights|permissions|privileges)|be on (?:the )?(?:on-?call|rota|rotation|pager))\b(?![^.;]{0,40}\b(?:until|today|tonight|this week|tomorrow|while)\b)/u,
    agent: "person",
    examples: {
      match: [
        "Going forward, Paweł will not deploy on Fridays.",
        "Paweł will no longer have production access.",
        "From today Arnav doesn't get deploy rights on the billing repo anymore.",
      ],
      noMatch: [
        "We will no longer deploy on Fridays.",
        "Priya will not deploy until the fix lands.",
        "We will no longer deploy on Fridays, and the team will not merge after 16:00.",
      ],
    },
  },
  {
    id: "person_remedy/access-suspended",
    category: "person_remedy",
    message: "Suspending one person's access is a remedy aimed at a person; change the defaults for everyone.",
    suggestions: [
      "Change the default permissions or add a guardrail for everyone, rather than singling out a person.",
    ],
    question: "What guardrail would make the risky action safe for anyone?",
    cue: "access|rights|permissions|privileges",
    pattern: /\b(?<agent>[\p{L}-]+['’]s|his|her|their) (?:[\w-]+ )?(?:access|rights|permissions|privileges)(?: (?:on|to|for) (?:the |our )?[\w-]+(?: [\w-]+)?)? (?:are|is|will be|have been|has been|were|was|should be|must be) (?:suspended|revoked|removed|withdrawn|pulled|taken away)\b/u,
    agent: "person",
    examples: {
      match: [
        "Ahanu's deploy rights are suspended.",
        "Yoav's merge rights on the mobile repo are suspended for two weeks.",
      ],
      noMatch: [
        "The token's write access was revoked after the migration.",
      ],
    },
  },
  {
    id: "person_remedy/cjk-remedy",
    category: "person_remedy",
    message: "A remedy aimed at a person in Chinese, Japanese or Korean (be more careful, discipline, written apology).",
    suggestions: [
      "Turn the item into a guardrail, automation, default or feedback signal.",
    ],
    question: "What change to the system would make this harmless whoever is at the keyboard?",
    cue: "更加|更小|更谨|更仔|更认|多加|务必|一定|通报|处分|处罚|扣绩|扣奖|扣工|开除|辞退|写检|检讨|问责|追责|もっ|より|十分|今後|しっ|気を|始末|懲戒|減給|厳重|反省|再教|処分|주의|조심|신경|징계|경위|시말|감봉|문책|재교|경고|인사",
    pattern: /(?:更加|更|多加|务必|一定要)(?:小心|谨慎|仔细|认真)|通报批评|处分|处罚|扣(?:绩效|奖金|工资)|开除|辞退|写检讨|检讨书|问责|追责|(?:もっと|より(?:一層)?|十分に?|今後は?|しっかり)(?:注意|気をつけ|気を付け|慎重)|気をつけるように|気を付けるように|始末書|懲戒|減給|厳重注意|反省文|再教育|処分(?:する|を|が|し)|(?:더|좀 더|더욱|각별히|앞으로) ?(?:주의(?:하|해)|조심|신경 ?(?:써|쓰))|징계|경위서|시말서|감봉|문책|재교육|경고 조치|인사 조치/,
    examples: {
      match: [
        "行动项：值班工程师以后要更加小心。",
        "田中さんには始末書を書いてもらう。",
        "담당자는 앞으로 더 주의해야 한다.",
      ],
      noMatch: [
        "行动项：为删除操作增加二次确认。",
        "本番の削除コマンドに確認ダイアログを追加する。",
      ],
    },
  },
  {
    id: "person_remedy/stop-letting",
    category: "person_remedy",
    message: "Saying people can no longer be let near a system is a restriction on them, not a fix to the system.",
    suggestions: [
      "Make the risky step safe for anyone (a guardrail, a dry run, a confirmation, a safer default) instead of keeping people away from it.",
    ],
    question: "What guardrail would make this step safe whoever takes it?",
    cue: "letting|allowing|trusting|let|allow|trust",
    pattern: /\b(?:can't|can’t|cannot|can not|shouldn't|shouldn’t|should not|mustn't|mustn’t|must not|have to stop|need to stop|must stop|should stop)(?: keep| continue| go on)? (?:letting|let|allowing|allow|trusting|trust) (?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:to )?(?:deploy|push|merge|touch|near|run|ship|access|release|anywhere near|on call|on-call|make changes|change|handle|own)\b/u,
    agent: "person",
    examples: {
      match: [
        "We can't keep letting interns deploy on their own.",
        "We should stop letting Obinna touch the billing database.",
      ],
      noMatch: [
        "We can't keep letting the queue grow without a bound.",
        "We should stop letting the scheduler place pods without limits.",
      ],
    },
  },
  {
    id: "person_remedy/accountability-demand",
    category: "person_remedy",
    message: "Demanding that someone be held to account for the incident is a sanction, not a corrective action, and it stops people reporting.",
    suggestions: [
      "Hold the actions accountable (owners and due dates for system changes), not the people who were there.",
    ],
    question: "Which system change, with an owner and a date, would make a repeat less likely?",
    cue: "hold|holds|holding|held|accountab|consequence|repercussion|unpunished|responsible|responsibility|blame|fall|answer|explain|justify|names|personally|liable|track|tracking|against|admit|own|find|figure|establish|determine|identif|bottom|whoever|personal|written|file|rap|heat|statement|informed|notified|ownership|formal|public",
    pattern: /\bhold(?:s|ing)? (?<agent>(?!us\b|ourselves\b|the vendor\b|vendors?\b)[^,;.?!:()]{1,40}?) (?:personally )?(?:accountable|responsible|to account)\b(?! for (?:(?:the|its|their|our) )?(?:action|follow-up|sla|contract|deadline|due date))|\b(?:there|this)\b[^.;]{0,20}\b(?:has|have|needs?|must|should|ought|got) (?:to )?be (?:some |real |clear |personal |serious )?(?:accountability|consequences|repercussions)\b(?![^.;]{0,30}\b(?:actions?|follow-ups?|owners?)\b)|\b(?:go|goes|went|going) unpunished\b|\b(?:those|the (?:person|people|individuals?|engineers?|developers?|ones?|party|parties)) (?:responsible|at fault|to blame)(?: for (?:this|that|it|the (?:outage|incident|failure|mess|breakage|downtime|data loss)))?,? (?:should|must|will|need to|needs to|has to|have to|is going to|are going to|ought to|deserves? to)\b|\b(?:should|must|needs? to|has to|have to|will have to|(?:is|are) going to have to|ought to)(?: personally| publicly)? (?:take|accept|shoulder|carry) (?:full |personal |the )?(?:responsibility|blame|fall|heat) for (?:this|that|it|the (?:outage|incident|failure|mistake|mess|breakage|downtime|data loss))\b|\b(?:should|must|needs? to|has to|have to|will have to|(?:is|are) going to have to|ought to)(?: personally)? (?:explain (?:himself|herself|themselves|themself)|answer to (?:the |his |her |their |senior |upper |exec)|justify (?:his|her|their|this|that|the) (?:decision|actions?|choice|call))\b|\bpersonally (?:accountable|responsible|liable)\b|\b(?:to|in|on|into) (?:his|her|their|the engineer's|the person's) (?:file|record|personnel file|hr file|performance record)\b|\bwhoever (?:deploys|merges|pushes|ships|approves|changes)\b[^.;]{0,30}\bowns? (?:any|every|the) (?:outage|incident|failure)|\b(?:take|takes|taking|took) the (?:fall|rap|heat) for\b|\b(?:sign|write|submit) (?:a |an )?(?:statement|letter|declaration|form) (?:acknowledging|admitting|accepting|explaining)\b|\b(?:his|her|their|[\p{L}-]+['’]s) (?:manager|boss|line manager|supervisor) (?:has been|have been|was|were|will be|is being) (?:informed|notified|told|made aware|looped in|contacted)\b|\b(?:ownership|responsibility|accountability) (?:of|for) (?:this|the|that) (?:failure|outage|incident|mistake|mess|breakage) (?:sits|lies|rests|falls|belongs|is) (?:squarely |entirely )?(?:with|on)\b|\b(?:must|should|will|needs? to|has to|have to|want|expect|make sure|ensure|let's)\b[^.;]{0,50}\b(?:be|is|are|gets?|got) held (?:personally )?(?:accountable|responsible|to account)\b(?! (?:to|for) (?:(?:the|its|their|our) )?(?:action|actions|follow-ups?|slas?|slos?|contract|deadlines?|due dates?|delivering|delivery))|\baccountability (?:must|should|needs to|has to|will) be (?:assigned|established|determined)\b(?![^.;]{0,40}\b(?:actions?|follow-ups?|owners?)\b)|\b(?:want|need|expect|demand) (?:to see )?(?:real |some |serious )?(?:consequences|repercussions)\b|\b(?:personal|written|formal|public) (?:explanation|account|statement|apology) from\b|\bexplain (?:his|her|their) (?:decision|actions?|choice|call|reasoning) to (?:the |leadership|management|senior|the board|me|us)\b|\b(?:find out|figure out|establish|determine|identify|get to the bottom of) (?:who|whose)\b[^.;]{0,40}\b(?:fault|blame|responsible|caused|broke|to blame|at fault)\b|\b(?:who|whoever) (?:caused|broke|did|pushed|approved|merged)\b[^.;]{0,40}\b(?:must|should|needs? to|will|has to) be (?:identified|named|found|singled out|dealt with)\b|\baccountability (?:starts|lies|rests|sits|begins|ends|falls) (?:with|on)\b|\b(?:to|must|should|needs? to|has to|will|have to) own (?:this|that|the|their|his|her) (?:failure|mistake|mess|screw-?up|error)s?(?![\w-])|\b(?:is|are|will be|be|become|becomes|made) (?:personally |directly |solely |fully )?(?:accountable|responsible|liable) for (?:any|every|all|future|the next|each|further|another|subsequent) (?:[\w-]+ )?(?:outages?|incidents?|failures?|breakages?|mistakes?|errors?|regressions?)\b(?! (?:reviews?|reports?|process|response|comms|communications?|tooling|drills?))|\btrack(?:ing)? (?:who|whose|which (?:engineers?|person|people|developers?|teams?))\b[^.;]{0,30}\b(?:caused|causes|broke|breaks|pushed|merged|deployed|approved|made|introduced)\b|\bcount(?:s|ed)? against (?:him|her|them|the (?:on-?call|engineer|author|responder|reviewer|team)|[\p{Lu}][\p{L}]+)(?: in (?:his|her|their|the) (?:review|appraisal|rating))?\b|(?<!(?:rather than|instead of|not|never|without|no longer) )(?<!\b(?:servers?|nameservers?|resolvers?|hosts?|nodes?|replicas?|services?|endpoints?)(?: that| which)? )\banswer(?:s|ing)? for (?:this|that|it|the (?:outage|incident|failure|mistake|damage|mess|downtime|data loss))\b|\b(?:explain|explaining|admit|admitting|write up|document|list) (?:exactly )?(?:what|where|how) (?:he|she|they|you|[\p{Lu}][\p{L}]+) (?:did|went) wrong\b|\bown (?:the |any |every )?(?:incidents?|outages?|failures?|mistakes?) (?:they|he|she|you) (?:cause|caused|create|created|introduce|introduced)\b|\b(?:i|we) (?:want|need|expect|demand)(?: to (?:know|see|have|hear))? (?:a name|names|the names? of)\b/u,
    agent: "person-or-none",
    unless: /\b(?:we|i)(?: all)?(?: really)? (?:must|should|need to|have to|will|ought to) (?:take|accept|shoulder) (?:full |the )?(?:responsibility|blame)\b/,
    examples: {
      match: [
        "Hold the deploy author accountable.",
        "There has to be accountability here.",
        "There must be consequences for whoever did this.",
        "This cannot go unpunished.",
        "The person responsible should own this publicly at the all-hands.",
        "The release manager must take responsibility for the outage.",
        "I want names by the end of the day.",
        "Going forward, each author is personally accountable for their rollout.",
        "The release captain will be accountable for any future outage.",
        "This will count against the on-call in their review.",
      ],
      noMatch: [
        "The platform team is responsible for every outage review.",
        "Accountable: platform team (owner of the alert routing).",
        "The review ends with them improving the system rather than answering for it.",
        "The record delegates the zone to the name servers that answer for it.",
        "We hold the vendor accountable to the SLA in the contract.",
        "There must be accountability for every action item, with an owner and a date.",
        "We take full responsibility for the outage and apologise to our customers.",
        "The engineer responsible for the migration should review the plan.",
      ],
    },
  },
  {
    id: "person_remedy/ban-person",
    category: "person_remedy",
    message: "Barring a person from production is a remedy aimed at a person; change what anyone can do by default.",
    suggestions: [
      "Change the default permissions or add a guardrail for everyone, rather than singling out a person.",
    ],
    question: "What guardrail would make the risky action safe for anyone?",
    cue: "ban|bar|suspend|bench",
    pattern: /\b(?:ban|bar|suspend|bench) (?<agent>[\w.’'@-]+(?:\s[\w.’'-]+)?) from (?:deploying|deploys|production|prod|merging|pushing|the on-?call|on-?call|the rota|the deploy|releases|releasing|touching|shipping)\b/,
    agent: "person",
    agentAt: "group",
    examples: {
      match: [
        "Ban Jarrah from merging to main for a month.",
        "Suspend the contractor from deploying until the audit is done.",
      ],
      noMatch: [
        "Ban the legacy token from production by rotating it.",
      ],
    },
  },
  {
    id: "person_remedy/personal-gate",
    category: "person_remedy",
    message: "Making one manager the gate for a team's work aims the remedy at people, not at the system.",
    suggestions: [
      "Describe a check the pipeline can run for every change, with the evidence it needs.",
    ],
    question: "What check could the pipeline run for every change, whoever makes it?",
    cue: "personally",
    pattern: /\b(?:sign-?off|approval|permission|ok|okay|go-ahead) from me personally\b/,
    examples: {
      match: [
        "Releases from the web squad need sign-off from me personally.",
      ],
      noMatch: [
        "I personally reviewed the rollback plan with the team.",
      ],
    },
  },
  {
    id: "person_remedy/try-harder",
    category: "person_remedy",
    message: "Asking people to try harder or slow down is not a fix; the system that made it hard stays the same.",
    suggestions: [
      "Turn it into a change in the work: a check, a pause the tooling enforces, fewer things to hold in mind.",
    ],
    question: "What change would make the right pace or focus the easy default?",
    cue: "slow|harder|focused|focus|concentrate|stop",
    pattern: /\b(?:will|must|should|need to|needs to|have to|has to) stop being (?:so |that |this |as )?[\w-]+\b|\b(?:just |please |pls |plz )?slow down (?:next time|in future|in the future|going forward|from now on)\b|\b(?:will|must|should|need to|needs to|have to|has to|to) try harder\b|\b(?:will|must|should|need to|needs to|have to|has to) (?:stay|be|remain|keep) (?:more )?(?:focused|concentrated)\b|\b(?:will|must|should|need to|needs to|have to|has to) (?:concentrate|focus) (?:more|harder|better)\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "@gokay pls just slow down next time",
        "Agreed: responders will try harder to stay focused during incidents.",
        "The on-call needs to stop being so trigger-happy with restarts.",
      ],
      noMatch: [
        "The autoscaler will slow down new pods next time the queue drains.",
        "The dashboard should stay focused on the customer path.",
        "The cache needs to stop being so eager to evict hot keys.",
      ],
    },
  },
  // src/language/rules/judgmental.yml
  {
    id: "judgmental/evaluative-word",
    category: "judgmental",
    message: "An evaluative word judges a person or their work instead of describing what happened.",
    suggestions: [
      "Delete the evaluation and state the observable behaviour plus the conditions around it.",
    ],
    question: "What pressures and trade-offs were present when this was done?",
    cue: "careless|sloppy|sloppi|lazy|lazi|reckless|negligen|incompeten|irresponsib|unprofessional|rookie|cowboy|dumb|stupid|idiotic|bonehead|half-|clueless|amateur|shodd|inexcusab|foolish|moronic|brain-dead|thoughtless|slapdash|lax|superficial|cavalier|arrogan|inept|haphazard|hasty|hastily|slipshod|lackadais|rubber|pathetic|yolo|rogue|convenient|lame|poor|feeble",
    pattern: /\b(?:careless(?:ly|ness)?|sloppy|sloppiness|sloppily|lazy|laziness|reckless(?:ly|ness)?|negligen(?:t|tly|ce)|incompeten(?:t|tly|ce)|irresponsib(?:le|ly|ility)|unprofessional(?:ly|ism)?|rookie|cowboy(?:s|ing)?|dumb|stupid(?:ly|ity)?|idiotic|boneheaded|half-baked|half-assed|clueless|amateurish|shoddy|shoddily|inexcusabl[ey]|foolish(?:ly|ness)?|moronic|brain-dead|thoughtless(?:ly|ness)?|slapdash|lax(?:ity)?|superficial(?:ly)?|cavalier|arrogan(?:t|tly|ce)|inept(?:itude|ly)?|haphazard(?:ly)?|hast(?:y|ily)|amateur hour|rubber[- ]?stamp(?:ed|ing|s)?|slipshod|lackadaisical(?:ly)?|pathetic(?:ally)?|yolo(?:-?\w+)?|rogue|(?:convenient|lame|poor|feeble) excuses?)\b(?![- ]simple\b)/,
    agent: "not-system",
    agentAt: "judged",
    examples: {
      match: [
        "Leaving the debug endpoint open was a sloppy move by whoever set up the chart.",
        "The handler was coded carelessly.",
        "That was a reckless change to the limits file.",
        "It was careless.",
        "The deploy was careless.",
        "an incompetent rollout",
        "Stakeholder 2 was careless with the credentials.",
        "Rust was careless.",
        "honestly hunter was sloppy",
      ],
      noMatch: [
        "The client is careless with file descriptors.",
        "Cassandra uses a sloppy quorum for hinted writes.",
        "We switched the config loader to lazy loading.",
        "The latency impact was negligible.",
        "We put a lazy loader in front of the font files.",
        "The eviction policy is careless of the cost of a cold cache.",
        "The iterator is lazy, so nothing runs until the first read.",
        "It was a stupid-simple fix once we saw the plan.",
      ],
    },
  },
  {
    id: "judgmental/it-was-careless-of",
    category: "judgmental",
    message: "\"It was careless of X to…\" judges a person's action instead of describing it.",
    suggestions: [
      "State what was done and the conditions that made it look reasonable.",
    ],
    question: "What made this look reasonable at the time?",
    cue: "careless|sloppy|lazy|reckless|negligent|incompetent|irresponsib|unprofessional|dumb|stupid|foolish|thoughtless",
    pattern: /\b(?:it|that|this) (?:was|is|'s|’s|seems|seemed) (?:\w+ )?(?:careless(?:ly|ness)?|sloppy|sloppiness|sloppily|lazy|laziness|reckless(?:ly|ness)?|negligen(?:t|tly|ce)|incompeten(?:t|tly|ce)|irresponsib(?:le|ly|ility)|unprofessional(?:ly|ism)?|rookie|cowboy(?:s|ing)?|dumb|stupid(?:ly|ity)?|idiotic|boneheaded|half-baked|half-assed|clueless|amateurish|shoddy|shoddily|inexcusabl[ey]|foolish(?:ly|ness)?|moronic|brain-dead|thoughtless(?:ly|ness)?|slapdash|lax(?:ity)?|superficial(?:ly)?|cavalier|arrogan(?:t|tly|ce)|inept(?:itude|ly)?|haphazard(?:ly)?|hast(?:y|ily)|amateur hour|rubber[- ]?stamp(?:ed|ing|s)?|slipshod|lackadaisical(?:ly)?|pathetic(?:ally)?|yolo(?:-?\w+)?|rogue|(?:convenient|lame|poor|feeble) excuses?) (?:of|to|by(?! (?:default|design|nature|construction)\b))\b/,
    examples: {
      match: [
        "It was irresponsible of the author to disable the linter for the whole crate.",
      ],
      noMatch: [
        "It was slow to start because of the cold cache.",
        "It is lazy by default, so the first request pays for the warm-up.",
      ],
    },
  },
  {
    id: "judgmental/junior-mistake",
    category: "judgmental",
    message: "Calling it a junior or rookie mistake, or poor judgement, judges competence.",
    suggestions: [
      "Describe the action and what in the environment made it easy to take.",
    ],
    question: "What in the environment made this action easy to take and hard to notice?",
    cue: "junior|rookie|newbie|beginner|amateur|schoolboy|noob|judgement|judgment|dumb|stupid|terrible|awful|bonehead|idiotic|bad",
    pattern: /\b(?:junior|rookie|newbie|beginner|amateur|schoolboy|noob) (?:mistake|error|move|blunder)s?\b|\bamateur hour\b|\b(?:poor|bad|questionable|terrible|awful|lapse (?:in|of)) judgement|judgment\b|\b(?:dumb|stupid|terrible|awful|boneheaded|idiotic) (?:call|move|decision|idea)\b/,
    examples: {
      match: [
        "A junior mistake, plain and simple.",
        "Restarting all brokers at once showed poor judgement.",
      ],
      noMatch: [
        "A junior engineer joined the rota in May.",
      ],
    },
  },
  {
    id: "judgmental/could-not-be-bothered",
    category: "judgmental",
    message: "\"Couldn't be bothered\" or \"didn't care\" attributes a motive nobody can observe.",
    suggestions: [
      "State what was and was not done, and what made it costly or easy to skip.",
    ],
    question: "What made this step costly, slow or easy to skip?",
    cue: "bother|care|cared|corners|excuse",
    pattern: /\b(?:didn't|did not|didn’t|never|couldn't|could not|can't|cannot|wouldn't|won't)(?: even)?(?: be)? bother(?:ed)?\b|\bcould(?:n't| not)? be bothered\b|\b(?:doesn't|don't|didn't|does not|do not|did not|never)(?: even| really)? cared?\b(?! (?:about|whether|if) (?:the )?(?:order|ordering|case|casing|whitespace|encoding|trailing))|\bcut(?:ting|s)? corners\b|\bno excuse\b/,
    agent: "not-system",
    examples: {
      match: [
        "Nobody could be bothered to read the deprecation notice.",
        "He cut corners on the rollout.",
      ],
      noMatch: [
        "The decoder doesn't care about field order.",
      ],
    },
  },
  {
    id: "judgmental/dropped-ball",
    category: "judgmental",
    message: "\"Dropped the ball\" judges a person rather than describing the gap.",
    suggestions: [
      "Name the hand-off or step that had no owner or tracking.",
    ],
    question: "Which hand-off or step had no owner or tracking?",
    cue: "ball|sat|sitting|sits",
    pattern: /\b(?:dropped|drops|drop|dropping) the ball\b|\b(?:sat|sitting|sits) on (?:it|that|this|the (?:page|alert|ticket|review|pr|request|escalation|message|fix)) (?:for|all|until|over)\b/,
    agent: "person",
    examples: {
      match: [
        "The SRE team dropped the ball on the escalation.",
        "Ana sat on the page for 5 minutes before anyone else saw it.",
      ],
      noMatch: [
        "The ball pit was closed.",
        "The message sat on the queue for 5 minutes.",
      ],
    },
  },
  {
    id: "judgmental/finally-did-job",
    category: "judgmental",
    message: "\"Finally did his job\" (or \"for once\") is sarcasm about a person's work, a verdict rather than where the work stands.",
    suggestions: [
      "Say which actions are done and which are not, and what is in the way of the rest.",
    ],
    question: "What got in the way of the actions that are still open?",
    cue: "finally|for once",
    pattern: /\bfinally (?:did|does|do|done|doing|got round to doing|got around to doing) (?:his|her|their) (?:job|work)\b|\b(?:did|does|do|doing) (?:his|her|their) (?:job|work) for (?:once|a change)\b/,
    examples: {
      match: [
        "José finally did his job, the rest is still late.",
        "Priya did her job for once.",
      ],
      noMatch: [
        "The migration job finally finished at 03:10.",
        "The batch job did its work for once without a retry.",
      ],
    },
  },
  {
    id: "judgmental/which-is-unacceptable",
    category: "judgmental",
    message: "Calling what a person did \"unacceptable\" (or \"inexcusable\", \"embarrassing\") is a verdict on them, not a description of what happened.",
    suggestions: [
      "Say what happened and what it cost, and ask what made it take that long or go that way.",
    ],
    question: "What made this take as long as it did, and what would have made it quicker?",
    cue: "unacceptable|acceptable|embarrassing|ridiculous|absurd|disgrace|disgraceful|shameful|appalling|inexcusable",
    pattern: /^(?:[^,;]{0,30}, )?(?!(?:we|i|us)\b)(?<agent>[^,;.?!:()]{1,40}?) (?:(?:just|then|also|still|again|only|simply|basically) )?(?:took|waited|merged|pushed|deployed|shipped|restarted|ran|ignored|skipped|missed|forgot|left|let|approved|changed|deleted|dropped|rolled|made|sat|acknowledged|answered|responded|replied|escalated|reverted|disabled|turned|switched|edited|wrote|applied|released|didn't|did not|never|couldn't|could not|wouldn't|would not|chose|decided)\b[^.;!?]{0,120}?(?:,|;|—| -) (?:which|that|this|and that)(?: (?:is|was|'s|’s))? (?:frankly |simply |just |totally |completely |absolutely |utterly |quite |honestly )?(?:unacceptable|not acceptable|embarrassing|ridiculous|absurd|a disgrace|disgraceful|shameful|appalling|inexcusable)\b/,
    agent: "person",
    examples: {
      match: [
        "Ana merged it without a second look, which was frankly embarrassing.",
        "Ravi restarted the primary at peak; that is unacceptable.",
      ],
      noMatch: [
        "The p99 latency reached four seconds, which is unacceptable for checkout.",
        "Two hours of downtime, which is unacceptable for a payments service, led to the new error budget policy.",
        "The outage lasted two hours, which is unacceptable.",
        "We took two hours to notice, which is unacceptable, so detection is our first action.",
      ],
    },
  },
  {
    id: "judgmental/panicked",
    category: "judgmental",
    message: "\"Panicked\" characterises a person's state instead of their situation.",
    suggestions: [
      "Describe what the responder saw and the time pressure they were under.",
    ],
    question: "What did the responder see, and how much time did they believe they had?",
    cue: "panick|freaked|lost",
    pattern: /\b(?:panicked|panicking|freaked out|lost (?:his|her|their|my|our) (?:head|cool|nerve))\b/,
    agent: "person",
    examples: {
      match: [
        "The on-call panicked and restarted every broker.",
      ],
      noMatch: [
        "The goroutine panicked on a nil map write.",
      ],
    },
  },
  {
    id: "judgmental/sarcasm",
    category: "judgmental",
    message: "Sarcastic praise is a judgement of people.",
    suggestions: [
      "State the facts of the change and what made it risky, without irony.",
    ],
    question: "What made this change risky, and what would make it safe next time?",
    cue: "job|another|wrong|well|congrats|congratulations|stellar|brilliant|thanks|way to go|classic|bravo|great|nice|good|amazing|awesome|excellent|superb|wonderful|real|top-notch|genius|fantastic|kudos",
    pattern: /\b(?:another|yet another|once again,? (?:a|another)) (?:stellar|great|brilliant|fantastic|amazing|superb|wonderful|classic|glorious|masterful|fine|flawless|perfect|spotless|smooth)\b|\bthanks (?:a lot|for nothing)\b|\b(?:only )?(?:had|has|have) (?:only )?one job(?=[.!,;]|$)|\bway to go\b|\bbravo\b|\bclassic (?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?)[.!]|\b(?:great|nice|good|stellar|brilliant|fantastic|amazing|awesome|excellent|superb|wonderful|real|top-notch|genius) (?:job|work|effort|move|going|stuff|call|performance|one)\b[^.;]{0,50}\b(?:broke|breaking|managed to|delet\w+|dropp\w+|nuk\w+|wiped|wiping|crash\w*|tak(?:e|es|ing)(?: [\w-]+){1,2} down|took(?: [\w-]+){1,2} down|(?:took|takes|taking|knocked|knocks) (?:out|over) (?!none\b|nothing\b|no\b)(?:the |our |all |every )?[\w-]+|down again|down twice|(?:'s|’s|has|have|is|was|went|are)(?: been)? down)\b|\bkudos to\b[^.;]{0,40}\b(?:nuking|breaking|wiping|crashing|taking (?:[\w-]+ ){1,2}down)\b|\b(?:great|nice|good|stellar|brilliant|amazing|awesome|excellent|fantastic) (?:job|work|one)\b[^.;]{0,60}?\bthanks? (?:you|him|her|them) for (?:the|that|this|our|their) (?:[\w.:-]+ ){0,3}?(?:page|pages|outage|incident|wake-?up(?: call)?|downtime|mess|alert|alerts)\b|\bwhat could possibly go wrong\b|\b(?:great|nice|good|stellar|brilliant|fantastic|amazing|awesome|excellent|superb|wonderful|top-notch|genius|really) (?:job|work|effort|move|stuff|call|performance|one|nailed|crushed)\b[^.;]{0,80}?(?:🙄|🤦|😒|🙃|\/s\b)|(?:^|[,;] )what could go wrong\s*[?!.]*$|\b(?:well done|nice one|good job|great job|great work|bravo|congrats|congratulations|way to go)\b[^.;]{0,60}?\b(?:locked (?:[\w-]+ ){0,3}?out|(?:is|are) now (?:a |an )?(?:museum|graveyard|ghost town|paperweight|brick|crater|toast)|(?:is|are) toast|lost (?:all|every|the)|leaked|wiped|nuked|deleted|dropped|broke)\b/u,
    examples: {
      match: [
        "Great job, Priya, the whole Asia region thanks you for the 3 a.m. page.",
        "Wow, another stellar Friday deploy from the web team.",
        "Way to go, folks.",
        "Great job, Ilan, you managed to break staging and prod at once.",
        "nice one @tomas, deleting the backups on day two",
        "sure, let's give the intern root again, what could possibly go wrong",
        "Well done, Security, you rotated the root CA and locked out every mobile client.",
        "nice one @ines, the prod db is now a museum",
        "Good work, platform, yet another Monday migration that knocked out search.",
        "really nailed that failover drill @sione 🙄",
      ],
      noMatch: [
        "Great work, Ana, the failover took out none of the traffic we feared.",
        "Great job on the migration, team, really nailed it.",
        "The canary caught another regression on Friday.",
        "Well done to the responders who restored the ledger within the hour.",
        "We asked what could go wrong with the new failover before the game day.",
      ],
    },
  },
  {
    id: "judgmental/motive",
    category: "judgmental",
    message: "Attributing a motive (\"because he wanted to leave early\") judges a person and cannot be checked.",
    suggestions: [
      "State the schedule and pressures that were present, not a guess at motives.",
    ],
    question: "What deadlines or pressures were present at the time?",
    cue: "wanted|hurry|rush|eager|desperate|impatient|tired|conveniently|couldn|impress|show|look",
    pattern: /\bbecause (?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:wanted|was in a (?:hurry|rush)|were in a (?:hurry|rush)|couldn't wait|could not wait|was eager|was desperate|didn't want|did not want|was tired|was impatient)\b|\b(?:wanted|wanting|trying|eager|desperate|rushing|in a hurry) to (?:leave|go home|get home|get out|knock off|make (?:it to )?(?:the )?(?:demo|weekend|flight|dinner|party))\b|\bconveniently\b|\b(?:trying|wanted|wanting|eager|desperate) to (?:impress|show off|look good|look clever|look smart|be the hero|get credit)\b/u,
    agent: "person",
    agentAt: "clause",
    examples: {
      match: [
        "He cut the canary short because he wanted to leave early.",
        "She conveniently forgot to mention the migration.",
        "Rua rushed the rollout because he was trying to impress the board.",
      ],
      noMatch: [
        "The config conveniently lives in one file.",
      ],
    },
  },
  {
    id: "judgmental/not-thought-through",
    category: "judgmental",
    message: "Saying a person did not think it through judges them instead of describing the situation.",
    suggestions: [
      "Describe what was known at the time and what competed for attention.",
    ],
    question: "What did the situation look like at that moment?",
    cue: "think|thought",
    pattern: /\b(?:didn't|didn’t|did not|never|don't|doesn't) (?:really |even )?(?:think|thought) (?:it|this|that|things|anything) through\b/,
    agent: "person",
    examples: {
      match: [
        "Hemi clearly didn't think it through.",
      ],
      noMatch: [
        "We did not think the cache was shared.",
      ],
    },
  },
  {
    id: "judgmental/rushed-by",
    category: "judgmental",
    message: "A lapse passive with a person as the \"by\" agent judges their work.",
    suggestions: [
      "Describe the time pressure and what the process allowed, without judging the person.",
    ],
    question: "What pressures and trade-offs were present when this was done?",
    cue: "rushed|botched|bungled|fumbled|mishandled|messed",
    pattern: /\b(?:rushed|botched|bungled|fumbled|mishandled|messed up)(?: (?:through|out|in|into production))? by (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))/,
    agent: "person",
    examples: {
      match: [
        "The database migration was rushed through by Ingvild.",
      ],
      noMatch: [
        "The job was rushed out by the scheduler.",
      ],
    },
  },
  {
    id: "judgmental/insinuation",
    category: "judgmental",
    message: "Insinuation (\"conveniently\", \"should be ashamed\", \"which idiot\") judges a person's motives or worth.",
    suggestions: [
      "State what happened and what the person could see at that time, without insinuation.",
    ],
    question: "What did the situation look like to them at that moment?",
    cue: "conveniently|ashamed|shame|idiot|genius|clown|moron|muppet|bozo|literally",
    pattern: /\b(?:(?:should|ought to) be ashamed|shame on)\b|\b(?:which|what) (?:idiot|genius|clown|moron|muppet|bozo|fool)\b|\bliterally (?:one|a single) (?:command|click|button|line)\b|^(?:how |rather )?conveniently,? (?:[\p{L}'’-]+ )?(?:was|were|had|forgot|did|didn't|left|went|missed)\b/u,
    examples: {
      match: [
        "Conveniently, Ines was offline when the pages came in.",
        "Which idiot turned off the alerts?",
        "Whoever approved this should be ashamed.",
      ],
      noMatch: [
        "The cache conveniently holds the last good config.",
      ],
    },
  },
  {
    id: "judgmental/let-down",
    category: "judgmental",
    message: "Saying a person let others down, made a mess of it, or reflects poorly judges the person.",
    suggestions: [
      "State what happened and the conditions around it, without judging the person.",
    ],
    question: "What pressures and trade-offs were present when this was done?",
    cue: "let|made|making|reflects|reflect|blew|blow",
    pattern: /\blet (?:us|the team|everyone|the company|our customers|customers|me|them) down\b|\b(?:made|makes|making) a (?:complete |total |real )?(?:mess|hash|hames) of\b|\bblew up in (?:his|her|their|my|our|your) faces?\b/,
    agent: "person",
    examples: {
      match: [
        "Giovanni made a mess of the migration.",
        "Joaquim's team let us down.",
      ],
      noMatch: [
        "The cache made a mess of the headers.",
      ],
    },
  },
  {
    id: "judgmental/reflects-poorly",
    category: "judgmental",
    message: "Saying an incident reflects poorly on a person or team judges them.",
    suggestions: [
      "State what happened and the conditions around it, without judging the people.",
    ],
    question: "What made this hard to see or prevent at the time?",
    cue: "reflects|reflect|reflected",
    pattern: /\breflect(?:s|ed)? (?:poorly|badly|terribly) on (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))/,
    agent: "person",
    examples: {
      match: [
        "Frankly, this reflects poorly on the infrastructure team.",
      ],
      noMatch: [
        "This reflects poorly on the retry policy.",
      ],
    },
  },
  {
    id: "judgmental/bad-decision-by",
    category: "judgmental",
    message: "Calling a decision a mistake or a bad call and naming who made it judges the person, not the situation they decided in.",
    suggestions: [
      "Describe what was known when the decision was made and which options looked viable then.",
    ],
    question: "What did the options look like at the moment the decision was made?",
    cue: "mistake|mistakes|error|errors|blunder|blunders|slip|slips|screw|screwup|screwups|lapse|lapses|misjudgement|misjudgment|misjudgements|misjudgments|decision|decisions|call|calls|choice|choices|judgement|judgment|move|idea",
    pattern: /\b(?:(?:mistakes?|errors?|blunders?|slip-?ups?|screw-?ups?|lapses? (?:in|of) judge?ment|misjudge?ments?)(?: (?:were|was))?(?: made)? (?:by|on the part of)|(?:mistakes?|blunders?|slip-?ups?|screw-?ups?|misjudge?ments?)(?: made)? from|(?:bad|poor|wrong|terrible|awful|questionable|careless|reckless|dumb|stupid|foolish|unwise|sloppy|lazy) (?:call|decision|choice|judge?ment|move|idea)s?(?: (?:was|were))?(?: made)? (?:by|from|on the part of)) (?<agent>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?= (?:\p{L}+ed|cost|led|made|kept|took|held|set|put|left|meant|hurt)\b))/u,
    agent: "person",
    agentAt: "group",
    examples: {
      match: [
        "Mistakes by Grant Page delayed the rollback.",
        "That was a poor decision by Grant.",
        "It was a bad call from the on-call engineer.",
      ],
      noMatch: [
        "Errors from the upstream resolver delayed the rollback.",
        "We should add a lint for unchecked errors from Close.",
        "Mistakes by the deploy script left two pods on the old version.",
        "It was a poor decision by the load balancer to keep the unhealthy node.",
      ],
    },
  },
  {
    id: "judgmental/which-was-a-bad-call",
    category: "judgmental",
    message: "Calling someone's decision a bad call afterwards judges it by its outcome, which nobody knew when deciding.",
    suggestions: [
      "Describe what was known when the decision was made, and what made waiting (or acting) look right then.",
    ],
    question: "What made this option look right at the moment it was chosen?",
    cue: "call|decision|choice|move|idea|mistake",
    pattern: /\b(?:decided|chose|opted|elected|wanted|went ahead|tried) to\b[^.;!?]{0,80}?,? (?:which|and that|that) (?:was|turned out to be|proved to be|proved) (?:a |an )?(?:really |very |pretty |clearly |obviously |huge |big )?(?:bad|poor|wrong|terrible|awful|questionable|dumb|stupid|foolish|reckless|careless|costly|fatal)? ?(?:call|decision|choice|move|idea|mistake)\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "grant decided to wait, which was a bad call.",
        "The on-call chose to restart the primary, which turned out to be a mistake.",
      ],
      noMatch: [
        "The scheduler decided to evict the pod, which was the wrong call for a stateful set.",
        "We decided to wait for the canary, which was the plan all along.",
      ],
    },
  },
  {
    id: "judgmental/slow-to",
    category: "judgmental",
    message: "Calling a person slow (or too quick) to act judges their reaction instead of what they were dealing with.",
    suggestions: [
      "Give the times, and what the person had in front of them between the signal and the action.",
    ],
    question: "What was competing for attention between the signal and the response?",
    cue: "slow|slower|late|too|sluggish",
    pattern: /\b(?:was|were|is|are|has been|had been|seemed|looked)(?: (?:a bit|a little|too|very|really|pretty|so|rather|painfully|way too|far too|much too))? (?:slow|slower|late|sluggish|too quick|too fast|too eager|too hasty|too keen)(?: than (?:expected|usual|needed))? (?:to|in) (?:acknowledg(?:e|ing)|respond(?:ing)?|react(?:ing)?|answer(?:ing)?|act(?:ing)?|notic(?:e|ing)|escalat(?:e|ing)|roll(?:ing)? back|revert(?:ing)?|ack(?:ing)?|join(?:ing)?|pick(?:ing)? up|investigat(?:e|ing)|fix(?:ing)?|step(?:ping)? in|restart(?:ing)?|declar(?:e|ing)|page|paging|deploy(?:ing)?|push(?:ing)?|merg(?:e|ing)|spot(?:ting)?|see(?:ing)?|catch(?:ing)?|find(?:ing)?|realis(?:e|ing)|realiz(?:e|ing)|recogni[sz](?:e|ing)|flag(?:ging)?|rais(?:e|ing)|communicat(?:e|ing)|updat(?:e|ing)|tell(?:ing)?|warn(?:ing)?|triag(?:e|ing)|diagnos(?:e|ing)|decid(?:e|ing)|show(?:ing)? up)\b|\btook (?:far |way |much |a bit |)too long (?:to|before) (?:acknowledg(?:e|ing)|respond(?:ing)?|react(?:ing)?|answer(?:ing)?|act(?:ing)?|notic(?:e|ing)|escalat(?:e|ing)|roll(?:ing)? back|revert(?:ing)?|ack(?:ing)?|join(?:ing)?|pick(?:ing)? up|investigat(?:e|ing)|fix(?:ing)?|step(?:ping)? in|restart(?:ing)?|declar(?:e|ing)|page|paging|deploy(?:ing)?|push(?:ing)?|merg(?:e|ing)|spot(?:ting)?|see(?:ing)?|catch(?:ing)?|find(?:ing)?|realis(?:e|ing)|realiz(?:e|ing)|recogni[sz](?:e|ing)|flag(?:ging)?|rais(?:e|ing)|communicat(?:e|ing)|updat(?:e|ing)|tell(?:ing)?|warn(?:ing)?|triag(?:e|ing)|diagnos(?:e|ing)|decid(?:e|ing)|show(?:ing)? up)\b/,
    agent: "person",
    examples: {
      match: [
        "Mei-Ling was slow to acknowledge the page.",
        "The on-call was way too slow to roll back.",
        "Dmitri was too quick to restart the primary.",
        "Aigerim was too slow to spot the 403s.",
        "The on-call took far too long to acknowledge the page.",
      ],
      noMatch: [
        "The cache was slow to warm up after the deploy.",
        "The failover took far too long to complete.",
        "The alert was slow to fire because of the 10-minute window.",
        "The replica was late to acknowledge the write.",
      ],
    },
  },
  {
    id: "judgmental/poorly-done-by",
    category: "judgmental",
    message: "Calling work poorly done and naming who did it judges the person, not the conditions the work was done in.",
    suggestions: [
      "Describe what the plan covered, what it missed, and what the author knew and had time for.",
    ],
    question: "What did the author know, and what time and help did they have, when this was done?",
    cue: "poorly|badly|carelessly|sloppily|lazily|hastily|thoughtlessly|recklessly",
    pattern: /\b(?:poorly|badly|carelessly|sloppily|lazily|hastily|thoughtlessly|recklessly) (?:thought (?:out|through)|planned|executed|written|done|handled|reviewed|tested|prepared|coordinated|managed|communicated|implemented|designed) by (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))/,
    agent: "person",
    agentAt: "group",
    examples: {
      match: [
        "The migration was poorly thought out by the author.",
        "The cutover was badly handled by Ravi.",
      ],
      noMatch: [
        "The timeout was badly handled by the client library.",
        "The migration was poorly planned for a table of that size.",
      ],
    },
  },
  {
    id: "judgmental/poorly-done",
    category: "judgmental",
    message: "Saying a person did the work poorly judges them, not the conditions the work was done in.",
    suggestions: [
      "Describe what the plan covered, what it missed, and what the author knew and had time for.",
    ],
    question: "What did the author know, and what time and help did they have, when this was done?",
    cue: "poorly|badly|carelessly|sloppily|lazily|hastily|thoughtlessly|recklessly",
    pattern: /\b(?:(?:was|were|got|has been|had been|is|are) (?:(?:just|really|very|pretty|so|clearly|obviously) )?)?(?:poorly|badly|carelessly|sloppily|lazily|hastily|thoughtlessly|recklessly) (?:thought (?:out|through)|planned|executed|written|handled|reviewed|tested|prepared|coordinated|managed|implemented)\b(?! by\b)/,
    agent: "person",
    examples: {
      match: [
        "Ravi's migration was poorly planned.",
        "Ravi badly handled the failover.",
      ],
      noMatch: [
        "The migration was poorly planned for a table of that size.",
        "The retry path was badly tested because the fake never returned errors.",
      ],
    },
  },
  {
    id: "judgmental/made-a-poor-call",
    category: "judgmental",
    message: "Saying someone made a poor call judges the decision by its outcome, which nobody knew when deciding.",
    suggestions: [
      "Describe what was known when the decision was made and which options looked viable then.",
    ],
    question: "What did the options look like at the moment the decision was made?",
    cue: "made|make|makes|making",
    pattern: /\b(?:made|make|makes|making) (?:a |an |the |some |another |one |two |several |many )?(?:(?:really|very|pretty|genuinely|truly|seriously|couple of|few) )?(?:poor|bad|wrong|terrible|awful|questionable|dumb|stupid|foolish|reckless|careless|sloppy|lazy|rash|hasty|boneheaded|idiotic|lousy|unwise|misguided) (?:calls?|decisions?|choices?|judge?ment(?: calls?)?|moves?)\b(?! (?:to|into|against|from|on the (?:api|endpoint|service|server))\b)/,
    agent: "not-system",
    examples: {
      match: [
        "Ravi made a poor call.",
        "The incident commander made the wrong decision at 02:14.",
      ],
      noMatch: [
        "The scheduler made a poor choice of node for the stateful set.",
        "The client made the wrong call to the v1 endpoint.",
      ],
    },
  },
  {
    id: "judgmental/only-a-junior-would",
    category: "judgmental",
    message: "Saying only a junior (or an intern) would do it judges competence, not the situation.",
    suggestions: [
      "Describe the action and what in the environment made it easy to take.",
    ],
    question: "What in the environment made this action easy to take and hard to notice?",
    cue: "only",
    pattern: /\bonly (?:a|an) (?:junior|newbie|intern|rookie|beginner|amateur|idiot|fool|noob)s?\b(?: (?:engineers?|devs?|developers?|sres?|on-?calls?|hires?))? would\b/,
    examples: {
      match: [
        "Only a junior would force-push to main.",
        "Only an intern would run that query against the primary.",
      ],
      noMatch: [
        "Only a junior engineer was on the rota that night.",
      ],
    },
  },
  {
    id: "judgmental/team-as-usual",
    category: "judgmental",
    message: "\"Again\", \"as usual\" or \"typical\" about a team makes one incident a verdict on the team's character.",
    suggestions: [
      "Describe this incident's change and the conditions that let it through; list the earlier ones as data, not as a pattern of the team.",
    ],
    question: "What do the earlier incidents have in common in the system, not in the team?",
    cue: "typical|classic|again|usual|always|strikes|story|keeps|keep|kept|continues|continue|continued|never|clean up|cleaning up|cleaned up|constantly|routinely",
    pattern: /\b(?:typical|classic)(?: of| for)?(?: the| our)? (?:[\w-]+ ){0,2}?(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team)\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team)(?: (?:has|have|is|are))? (?:(?:just|gone and|went and|did|does) )?(?:broke|breaking|broken|messed|messing|screwed|screwing|ignored|ignoring|skipped|skipping|forgot|forgetting|shipp(?:ed|ing) (?:a |another )?(?:broken|bad|buggy|half-baked)|shipp(?:ed|ing) (?:a |an |another |the )?(?:[\w-]+ )?(?:bug|regression|leak|outage|breaking change)|caus(?:ed|ing) (?:an? |another )?(?:[\w-]+ )?(?:outage|incident)|took down|taking down|wiped|(?:deploy|ship|shipp|merg|releas|push|respond|repli|repl|escalat|react|answer)(?:ed|ing|s)? (?:(?:it|them|this|that|again|everything|their (?:changes?|code|fix)) )?(?:late|too late|too early|untested|without (?:testing|checking|asking|telling anyone|any review|a review|reading)))\b[^.;!?]{0,40}?\b(?:again|as usual|as always|once more)\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team)(?: (?:has|have|is|are|'s|’s|'re|’re))? (?:strikes?|struck|did it|does it|done it|at it)(?: (?:again|as usual|as always))\b|\b(?:the )?same (?:old )?story (?:with|from) (?:the |our )?(?:[\w-]+ ){0,2}?(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team)\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team) (?:keeps?|kept|continues? to|continued to) (?:breaking|causing|skipping|ignoring|forgetting|messing|screwing|leaking)\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team) (?:keeps?|kept|continues? to|continued to) (?:shipping|ship|pushing|push|merging|merge|introducing|introduce|adding|add|releasing|release|deploying|deploy)\b(?:(?!\b(?:after|before|when|since|during|following|for|from)\b)[^.;!?]){0,50}?\b(?:bugs?|leaks?|regressions?|outages?|breaking changes?|untested|broken|mistakes?)\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team) (?:has |have )?(?:again|yet again|once again|once more) (?:broke|breaking|broken|messed|messing|screwed|screwing|ignored|ignoring|skipped|skipping|forgot|forgetting|shipp(?:ed|ing) (?:a |another )?(?:broken|bad|buggy|half-baked)|shipp(?:ed|ing) (?:a |an |another |the )?(?:[\w-]+ )?(?:bug|regression|leak|outage|breaking change)|caus(?:ed|ing) (?:an? |another )?(?:[\w-]+ )?(?:outage|incident)|took down|taking down|wiped|(?:deploy|ship|shipp|merg|releas|push|respond|repli|repl|escalat|react|answer)(?:ed|ing|s)? (?:(?:it|them|this|that|again|everything|their (?:changes?|code|fix)) )?(?:late|too late|too early|untested|without (?:testing|checking|asking|telling anyone|any review|a review|reading))|shipped|pushed|merged|introduced|broke|caused)\b|\b(?:platform|infra|infrastructure|security|networking|network|data|payments|billing|mobile|web|frontend|backend|ops|devops|sre|dba|qa|marketing|product|design|support)(?: (?:has|have))? (?:strikes?|struck) (?:yet )?again\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team) (?:always|constantly|routinely|habitually) (?:ignores?|skips?|forgets?|breaks?|misses|bypasses)\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team) never (?:documents?|tests?|reads?|checks?|updates?|follows?|answers?|listens?|fixes|writes?) (?:anything|a thing|their [\w-]+|its [\w-]+|the (?:runbooks?|docs|alerts?|tickets?))\b|\bclean(?:ing|ed)? up after (?:them|him|her|the (?:[\w-]+ ){0,2}?(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team))\b|^(?:as usual|as always|once again|yet again|once more|again)[,]? (?:the |our )?(?:[\w-]+ ){0,2}?(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team) (?:(?:has|have|just) )?(?:broke|breaking|broken|messed|messing|screwed|screwing|ignored|ignoring|skipped|skipping|forgot|forgetting|shipp(?:ed|ing) (?:a |another )?(?:broken|bad|buggy|half-baked)|shipp(?:ed|ing) (?:a |an |another |the )?(?:[\w-]+ )?(?:bug|regression|leak|outage|breaking change)|caus(?:ed|ing) (?:an? |another )?(?:[\w-]+ )?(?:outage|incident)|took down|taking down|wiped|(?:deploy|ship|shipp|merg|releas|push|respond|repli|repl|escalat|react|answer)(?:ed|ing|s)? (?:(?:it|them|this|that|again|everything|their (?:changes?|code|fix)) )?(?:late|too late|too early|untested|without (?:testing|checking|asking|telling anyone|any review|a review|reading)))\b|\b(?:team|guild|squad|folks|crew|guys|devs|engineers|org|department|office|site|contractors|offshore team) (?:is|are|'s|’s|'re|’re) (?:always|constantly|forever|perpetually) (?:broke|breaking|broken|messed|messing|screwed|screwing|ignored|ignoring|skipped|skipping|forgot|forgetting|shipp(?:ed|ing) (?:a |another )?(?:broken|bad|buggy|half-baked)|shipp(?:ed|ing) (?:a |an |another |the )?(?:[\w-]+ )?(?:bug|regression|leak|outage|breaking change)|caus(?:ed|ing) (?:an? |another )?(?:[\w-]+ )?(?:outage|incident)|took down|taking down|wiped|(?:deploy|ship|shipp|merg|releas|push|respond|repli|repl|escalat|react|answer)(?:ed|ing|s)? (?:(?:it|them|this|that|again|everything|their (?:changes?|code|fix)) )?(?:late|too late|too early|untested|without (?:testing|checking|asking|telling anyone|any review|a review|reading))|breaking|causing)\b|^(?:(?:lol|lmao|ugh|welp|so|and|yep|yeah|sigh|wow|great)[,!.]? )?(?:platform|infra|infrastructure|security|networking|network|data|payments|billing|mobile|web|frontend|backend|ops|devops|sre|dba|qa|marketing|product|design|support) (?:(?:just|has|have|went and) )?(?:broke|nuked|wiped|trashed|borked|hosed|took down|killed|messed up|screwed up) (?:it|prod|production|staging|everything|things|main|master|us|the build|the [\w-]+ (?:cluster|pipeline|build|deploy|config))\b[^.;!?]{0,30}?\b(?:again|as usual|as always|once more)\b/,
    examples: {
      match: [
        "The payments team always ignores the memory alerts.",
        "Kenji's team never documents anything.",
        "As usual, the SRE guild had to clean up after them.",
        "As usual, the web team deployed late.",
        "The infra folks are always pushing untested changes.",
        "Typical platform team.",
        "the billing crew are at it again",
        "Same old story with the mobile team.",
        "The mobile folks are breaking the API contract again.",
        "The DBA team strikes again.",
        "platform broke it again, what a surprise",
        "Security strikes again.",
        "As usual, the data team shipped a regression on Friday.",
        "The data team keeps breaking the nightly export.",
        "Our mobile devs keep shipping untested builds to the store.",
        "The checkout squad once again pushed a change straight to main.",
        "The Porto office broke the deploy pipeline again.",
        "The growth squad is always breaking the checkout flow.",
        "The Manila team shipped the memory leak, as usual.",
      ],
      noMatch: [
        "The payments team always reviews schema changes in pairs.",
        "The platform team never deploys on Fridays, by policy.",
        "The cleanup job runs after the backup finishes.",
        "As usual, the release team shipped the fix within the hour.",
        "The SRE team is always on call for the payments cluster.",
        "payments broke again after the certificate expired.",
        "The platform strikes a balance between cost and latency.",
        "The platform team rolled the change back again after the second spike.",
        "The alert fired again, as usual.",
        "The SRE team keeps the runbook current after every incident.",
        "The platform team kept adding tests after each outage review.",
        "Classic retry storm, as the graph shows.",
        "The SRE team is changing the alert thresholds again after review.",
        "As usual, the release team deployed the fix late in the evening window, as planned.",
      ],
    },
  },
  {
    id: "judgmental/cjk-judgement",
    category: "judgmental",
    message: "A judgement of a person or their work in Chinese, Japanese or Korean (careless, sloppy, irresponsible).",
    suggestions: [
      "Delete the evaluation and state the observable behaviour plus its conditions.",
    ],
    question: "What pressures and trade-offs were present?",
    cue: "粗心|马虎|不负|不专|太菜|低级|愚蠢|偷懒|草率|鲁莽|不靠|没脑|猪队|太蠢|敷衍|不注|いい|怠慢|無責|初歩|うっ|ずさ|杜撰|軽率|不用|だら|素人|부주|무책|안일|초보|어이|한심|경솔|무능|멍청",
    pattern: /粗心|马虎|不负责任|不专业|太菜|低级错误|愚蠢|偷懒|草率|鲁莽|不靠谱|没脑子|猪队友|太蠢|敷衍了事|不注意|いい加減|怠慢|無責任|初歩的な(?:ミス|間違い)|うっかり|ずさん|杜撰|軽率|不用意|だらしな|素人(?:みたい|同然|レベル)|부주의|무책임|안일|초보적인? (?:실수|오류)|어이없는 실수|한심|경솔|무능|멍청/,
    examples: {
      match: [
        "这是一个很低级的错误，王伟太粗心了。",
        "佐藤さんの作業はずさんだった。",
        "김민준 씨의 부주의가 문제였다.",
      ],
      noMatch: [
        "连接池在高峰期被耗尽。",
        "キャッシュの有効期限が短すぎた。",
      ],
    },
  },
  {
    id: "judgmental/strikes-again",
    category: "judgmental",
    message: "\"X strikes again\" makes one incident a verdict on a person's character.",
    suggestions: [
      "Describe this incident's change and the conditions that let it through; list the earlier ones as data, not as a pattern of the person.",
    ],
    question: "What do the earlier incidents have in common in the system, not in the person?",
    cue: "strike|strikes|struck",
    pattern: /\b(?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:strikes|strike|struck) (?:yet )?again\b/u,
    agent: "person",
    examples: {
      match: [
        "Kwame strikes again, third outage this month.",
        "Our favourite intern strikes again.",
      ],
      noMatch: [
        "DNS strikes again.",
        "The OOM killer struck again at 03:00.",
      ],
    },
  },
  {
    id: "judgmental/insult-intelligence",
    category: "judgmental",
    message: "Questioning someone's intelligence (\"anyone with half a brain\") insults people instead of explaining the work.",
    suggestions: [
      "Describe what the check would have needed to be obvious at the time, and what would make it automatic.",
    ],
    question: "What would have made this check obvious, or unnecessary, at the time?",
    cue: "brain|brains|clue|neuron|neurons",
    pattern: /\bhalf a brain\b|\b(?:with|has|had|have|got|without|lacks?|lacking|needs?) (?:a|a single|one|two|any|a working|a functioning|an ounce of) (?:brain|brain cell|clue|neuron)s?\b(?! (?:dump|trust|drain|teaser|storm|child))|\b(?:two|three|few) brain cells\b/,
    examples: {
      match: [
        "Anyone with half a brain would have checked the pool size.",
        "Anybody with a brain would have looked at the graph first.",
        "The on-call clearly has two brain cells.",
      ],
      noMatch: [
        "The brain of the scheduler is the placement service.",
        "We held a brain-storm on the failover design.",
      ],
    },
  },
  {
    id: "judgmental/competence",
    category: "judgmental",
    message: "A verdict on what a person or team is (not careful, does not understand) says nothing about the work or the system.",
    suggestions: [
      "Describe what the work needed to know or check, and where that knowledge lives (or does not) in docs, tools and reviews.",
    ],
    question: "What would someone new to this need in front of them to get it right, and is it there today?",
    cue: "understand|know|grasp|get|careful|thorough|competent|attentive|diligent|rigorous|experienced|skilled|qualified",
    pattern: /\b(?:does(?:n't|n’t| not)|do(?:n't|n’t| not)|can(?:'t|’t|not| not)|just do(?:n't|n’t| not)|simply do(?:n't|n’t| not)) (?:really |even |fully |actually |properly |seem to |appear to )?(?:understand|know|grasp|get)\b(?! (?:yet|whether|if|why|when|where|which|who)\b)(?: (?:how|what) [^.;]{1,40}| (?:the )?(?:basics|fundamentals|[\p{L}][\w+#.-]*(?: (?:concurrency|ownership|async|networking|internals|semantics|memory model))?))\b|\b(?:is|are|was|were)(?:n't|n’t| not) (?:nearly |remotely |anywhere near )?(?:careful|thorough|competent|attentive|diligent|rigorous|experienced|skilled|qualified|senior|good|smart|sharp) enough\b/u,
    agent: "person",
    agentAt: "clause",
    unless: /^(?:i|we)\b|\b(?:customers?|users?|clients?|callers?|visitors?|shoppers?)\b/,
    examples: {
      match: [
        "The data team doesn't understand Kafka.",
        "The contractors don't get how DNS caching works.",
        "Our Warsaw engineers are not careful enough.",
        "The on-call is not experienced enough for this rota.",
      ],
      noMatch: [
        "We don't understand the failure mode yet.",
        "The client doesn't know the server restarted.",
        "Customers don't know the outage happened.",
        "The new hire didn't know the flag existed.",
        "The retry budget is not large enough for peak traffic.",
      ],
    },
  },
  {
    id: "judgmental/for-once",
    category: "judgmental",
    message: "\"For once\" says a person usually fails: a sarcastic verdict on their habits.",
    suggestions: [
      "Describe what was done and what helped it happen, without the comparison to other days.",
    ],
    question: "What made this step easy to take this time?",
    cue: "once",
    pattern: /\bfor once\b(?! in a (?:while|way)\b)/,
    agent: "person",
    agentAt: "clause",
    examples: {
      match: [
        "Luckily Marco finally read the runbook for once.",
        "The on-call actually followed the checklist for once.",
      ],
      noMatch: [
        "For once the alert fired before customers noticed.",
        "The cache warmed up in time for once.",
      ],
    },
  },
  {
    id: "judgmental/again-it-was",
    category: "judgmental",
    message: "\"It was X again\" makes one incident a verdict on a person.",
    suggestions: [
      "Describe this incident's change and the conditions that let it through; list earlier incidents as data, not as a pattern of the person.",
    ],
    question: "What do the earlier incidents have in common in the system, not in the person?",
    cue: "again",
    pattern: /^\W*(?:and )?(?:it|this)(?:'s|’s| was| is) (?<agent>(?:the |our )?[\p{L}'’-]+(?: [\p{L}'’-]+)?) again\b/u,
    agent: "person",
    examples: {
      match: [
        "It was Priya again.",
        "It's the DBA again.",
      ],
      noMatch: [
        "It was the cache again.",
        "It was DNS again.",
      ],
    },
  },
  {
    id: "judgmental/what-happens-when",
    category: "judgmental",
    message: "\"This is what happens when juniors deploy\" turns the incident into a verdict on a kind of person.",
    suggestions: [
      "Describe what made the step risky for anyone, and which guardrail was missing.",
    ],
    question: "What would have made this step safe whoever took it?",
    cue: "happens|happen|get",
    pattern: /\b(?:this|that)(?: is|'s|’s| was) what (?:happens|you get) (?:when|if) (?:you |we )?(?:let |allow )?(?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:(?:are|is|get|gets|were) )?(?:let|allowed|given|left|trusted|deploy|deploys|push|pushes|merge|merges|ship|ships|run|runs|skip|skips|ignore|ignores|rush|rushes|touch|touches|near|cut|cuts|yolo|don't|doesn't|do not|does not)\b/u,
    agent: "person",
    examples: {
      match: [
        "This is what happens when juniors are let near production.",
        "That's what you get when interns deploy on a Friday.",
      ],
      noMatch: [
        "This is what happens when the cache has no TTL.",
        "This is what happens when retries are not capped.",
      ],
    },
  },
  {
    id: "judgmental/seniority",
    category: "judgmental",
    message: "Measuring the person against their seniority (\"should know better at her level\") judges them instead of the situation.",
    suggestions: [
      "Describe what the situation looked like to anyone in that seat, and what would make the right move easy whatever the experience.",
    ],
    question: "What would let anyone on the rota, new or seasoned, catch this?",
    cue: "even|better|level|seniority|tenure|grade|experience|expect|senior|experienced|staff|principal|competent|years|year|decades|genius|expert|rocket|dba|sre|nature|101|lead|veteran|people|newest",
    pattern: /\beven (?:a |an )?(?:new hire|newbie|junior|intern|first-year|student|child|beginner|trainee|graduate|grad)s? (?:would(?:'ve|’ve| have)? (?:known|caught|seen|noticed|checked|spotted)|knows?|understands?|could tell)\b|\b(?:should|ought to|must) (?:really |surely )?know better\b|\b(?:at|with|for) (?:his|her|their|your|that|this) (?:level|seniority|tenure|experience level|pay grade)\b|\bfor (?:someone|somebody|an? [\w-]+) (?:with|of) (?:his|her|their|that much|so much|\w+ years(?: of)?) (?:experience|seniority|tenure)\b|\b(?:senior|experienced|staff|principal|competent) (?:engineers?|sres?|devs?|developers?|dbas?|operators?) (?:don't|don’t|do not|wouldn't|wouldn’t|would not|never|know (?:not to|better))\b|\bexpect(?:ed)? (?:more|better) (?:from|of) (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|\b(?:someone|somebody|anyone|a person|an? (?:[\w-]+ )?engineer) with (?:\w+ )?(?:years?|decades?)(?: of experience| on the team| in the role| here| in the job)?\b[^.;]{0,30}\b(?:should|shouldn't|should not|ought|would|wouldn't|must|needs? not)\b|\b(?:don't|don’t|do not|doesn't|doesn’t|does not) (?:need|have) to be (?:a |an )?(?:senior|expert|genius|rocket scientist|dba|sre|staff engineer)\b|\b(?:should|ought to) be second nature\b|\bfor an? (?:senior|staff|principal|lead|experienced|veteran) (?:[\w-]+ )?(?:engineer|sre|dev|developer|dba|architect),|\bof all people\b|\beven (?:our |the )?(?:newest|most junior) (?:hire|engineer|member|person|intern)\b|\b(?:i'd|i’d|i would|we'd|we’d|we would|you'd|you’d|you would) expect (?:a|an|any|even a|even an) (?:junior|intern|new hire|newbie|first-year|graduate|trainee)\b|\b(?:is|was|that's|that’s|this is|it's|it’s) (?:[\w-]+ ){0,2}?101\b/,
    agent: "person-or-none",
    examples: {
      match: [
        "Even a new hire knows not to restart every broker at once.",
        "She should know better at her level.",
        "Senior engineers don't ship on a Friday.",
        "You'd expect more from a staff engineer.",
      ],
      noMatch: [
        "Even a new hire can now roll back with one command.",
        "We expect better throughput from the new disks.",
        "Senior engineers review every schema change before merge.",
      ],
    },
  },
  {
    id: "judgmental/personal-playground",
    category: "judgmental",
    message: "Saying a person treated a shared system as their own toy judges the person, not the access they had.",
    suggestions: [
      "Describe what the access allowed and what separated experiments from production at the time.",
    ],
    question: "What separated experiments from production at the time, and what did the access allow?",
    cue: "treated|treating|treats|used|using",
    pattern: /\b(?:treated|treating|treats|used|using) (?:the |our |a )?(?:[\w-]+ ){0,3}?(?:like|as) (?:his|her|their) (?:own )?(?:personal )?(?:sandbox|playground|toy|test bed|testbed|lab)\b/,
    agent: "person",
    agentAt: "clause",
    examples: {
      match: [
        "Bogdan treated the production cluster like his personal sandbox.",
      ],
      noMatch: [
        "The team used the staging cluster as a sandbox for load tests.",
      ],
    },
  },
  // src/language/rules/folk-model-label.yml
  {
    id: "folk_model_label/complacency",
    category: "folk_model_label",
    message: "\"Complacency\" is a label, not an explanation; it cannot be observed or falsified.",
    suggestions: [
      "Describe the observable conditions, e.g. \"the alert had fired nightly for a month with no effect\".",
    ],
    question: "What had the signals looked like in the weeks before, and what did acting on them cost?",
    cue: "complacen",
    pattern: /\bcomplacen(?:t|cy|ce)\b/,
    examples: {
      match: [
        "Operators had become complacent with green dashboards.",
      ],
      noMatch: [
        "The dashboards had been green for a month.",
      ],
    },
  },
  {
    id: "folk_model_label/situational-awareness",
    category: "folk_model_label",
    message: "\"Lost situational awareness\" relabels the problem; say what people could and could not see.",
    suggestions: [
      "Say which information was missing or spread across which tools, e.g. \"three dashboards, none showed disk usage\".",
    ],
    question: "Which information was missing, late or spread across too many places?",
    cue: "situational|situation awareness",
    pattern: /\bsituation(?:al)? awareness\b/,
    unless: /\b(?:improv\w*|support\w*|better|give|gives|giving|provid\w*|increas\w*|boost\w*|help\w*|for|aid\w*|raise\w*) (?:\w+ ){0,2}?situation(?:al)? awareness\b/,
    examples: {
      match: [
        "The responders had lost situational awareness by the second hour.",
      ],
      noMatch: [
        "The new incident channel topic gives responders better situational awareness.",
      ],
    },
  },
  {
    id: "folk_model_label/lack-of-virtue",
    category: "folk_model_label",
    message: "A \"lack of attention/ownership/discipline\" is a folk label; decompose it into conditions.",
    suggestions: [
      "Decompose the label into observable performance and the conditions around it.",
    ],
    question: "What would we have seen if attention or ownership had been \"enough\"? What made that hard?",
    cue: "lack|failure|absence|loss|shortage|deficit|inattent|attention|focus|concentration|distracted|comfortable|asleep|vigilance",
    pattern: /\b(?:lack|lacked|lacking|lacks|absence|loss|shortage|deficit) (?:of )?(?:\w+ )?(?:attention|attentiveness|focus|vigilance|discipline|diligence|ownership|accountability|care|rigou?r|urgency|professionalism|awareness|concentration|commitment|conscientiousness|alertness)\b|(?:\bnot|n't|n’t|\bstopped|\bwithout)(?: really| fully| properly)? paying (?:enough |close |proper |full )?attention\b|\binattent(?:ion|ive|iveness)\b|\bfailures? of (?:attention|attentiveness|focus|vigilance|discipline|diligence|ownership|accountability|care|rigou?r|urgency|professionalism|awareness|concentration|commitment|conscientiousness|alertness)\b|\b(?:was|were|got|seemed|became|appeared|been|being|felt) (?:too |a bit |a little |very |clearly |visibly )?(?:distracted|unfocused|asleep at the wheel|too comfortable)\b|\btoo comfortable\b|\basleep at the wheel\b|\b(?:lost|losing|loss of|lose) (?:focus|concentration)\b|\b(?:attention|focus|vigilance) (?:lapsed|slipped|wandered|drifted)\b|\blapse (?:in|of) (?:attention|concentration|focus|vigilance)\b/,
    examples: {
      match: [
        "We saw a lack of accountability around alert hygiene.",
        "Inattention during the rollout was the main factor.",
        "The reviewer wasn't paying attention.",
      ],
      noMatch: [
        "The alert needs attention from the owning team.",
      ],
    },
  },
  {
    id: "folk_model_label/not-focused",
    category: "folk_model_label",
    message: "\"Not focused\" or \"not alert\" is a folk label for attention; decompose it into conditions.",
    suggestions: [
      "Describe what competed for attention and what the displays showed at that time.",
    ],
    question: "What else competed for attention at that moment?",
    cue: "focused|attentive|concentrating",
    pattern: /\b(?:was|were|is|are|seemed|seem)(?:n't|n’t| not)(?: (?:really|fully|properly|entirely))? (?:focused|attentive|concentrating)\b/,
    agent: "person",
    examples: {
      match: [
        "Yerlan was not focused on the task.",
      ],
      noMatch: [
        "The dashboard was not focused on latency.",
      ],
    },
  },
  {
    id: "folk_model_label/folk-idioms",
    category: "folk_model_label",
    message: "Idioms for attention (\"on autopilot\", \"tunnel vision\", \"too slow to react\") are folk labels; decompose them.",
    suggestions: [
      "Describe what competed for attention and what the displays showed at that time.",
    ],
    question: "What else competed for attention at that moment?",
    cue: "autopilot|tunnel|asleep|slow",
    pattern: /\b(?:on autopilot|(?:had|has|have|got|with) tunnel vision|asleep (?:on (?:this|that|the job)(?: one)?|at the switch)|(?:too|far too|way too) slow to (?:react|respond|notice|act))\b/,
    agent: "person",
    examples: {
      match: [
        "The on-call was on autopilot.",
        "Maksim had tunnel vision on the database.",
        "Kwame was too slow to react.",
      ],
      noMatch: [
        "The autoscaler was too slow to react.",
      ],
    },
  },
  // src/language/rules/minimizing.yml
  {
    id: "minimizing/should-have-been-obvious",
    category: "minimizing",
    message: "Hindsight makes things look obvious; it was not obvious at the time, or it would have been acted on.",
    suggestions: [
      "State the cue that existed and the cues that competed with it at the time.",
    ],
    question: "Is this obvious to everyone in the room? What made it non-obvious at the time?",
    cue: "obvious|clear|evident|apparent|plain|trivial|easy|staring|signs|writing|pointed|flags|right|no-brainer|brainer|trouble|disaster|avoidable|preventable|predictable|coming|day-one|learn|learns|onboarding",
    pattern: /\b(?:should|must|ought to)(?:n't| not)?(?: have|'ve) been (?:so |really |pretty |completely |blindingly |painfully |immediately )?(?:obvious|clear|evident|apparent|plain|trivial|easy to (?:spot|see|catch|notice|avoid))\b|\b(?:was|were|is) (?:so |painfully |blindingly |glaringly |pretty |really |completely )?(?:obvious|self-evident)(?: (?:that|to anyone|to everyone|to anybody|to any|in hindsight|what|where))\b|\b(?:in hindsight|looking back|in retrospect),? (?:it|this|that) (?:was|is) (?:so |pretty |really )?(?:obvious|clear)\b|\b(?:was|were|is|are|been) (?:blindingly|glaringly|painfully|screamingly|dead|so) obvious\b|\b(?:was|were|is|are|been|as) (?:plain|clear) as day\b|\bstaring (?:us|them|him|her|you|everyone|everybody) (?:right )?in the face\b|\b(?:the )?(?:warning )?signs were (?:all )?(?:there|everywhere)\b|\bthe writing was on the wall\b|\b(?:everything|all the (?:signs|evidence|signals)) pointed (?:to|at|towards)\b|\b(?:the )?red flags were (?:all )?(?:there|everywhere|obvious)\b|\bred flags everywhere\b|\b(?:answer|cause|problem|fix|clue|culprit) was right there\b|\bin plain sight\b|\b(?:was|were) (?:so |painfully |blindingly |glaringly |pretty |really |completely )?(?:obvious|clear) from the (?:start|beginning|outset|get-go)\b|\b(?:was|were) (?:entirely|completely|totally|utterly) predictable\b|(?<!(?:nobody|no one|no-one|none of us) )\b(?:should|could)(?: all)?(?:'ve|’ve| have) seen (?:this|that|it) coming\b|\bday[- ]one (?:knowledge|stuff|material|lesson|skill)\b|\bthe first thing (?:you|we|they|anyone|every [\w-]+) learns?\b|\b(?:we|they) (?:teach|cover|taught|covered) (?:this|that|it) in (?:onboarding|week one|the first week|training)\b|\b(?:was|is|were) (?:just |simply )?asking for (?:trouble|it|disaster)\b|\b(?:was|is|were) (?:entirely|completely|totally|easily|100%|so) (?:avoidable|preventable)\b|\b(?:was|were|should have been|should've been|would have been) (?:a |an )?(?:total |complete |absolute )?no-?brainer\b/,
    examples: {
      match: [
        "It should have been obvious the new index would lock the table.",
        "It was obvious to anyone watching the graph.",
        "It was blindingly obvious the index would lock the table.",
        "In hindsight the warning signs were all there.",
      ],
      noMatch: [
        "The cause is obvious from the flame graph.",
        "The signs of saturation are visible on the pool dashboard.",
        "The trace obviously shows a 2 s gap.",
        "It is clear from the graph that the pool was saturated.",
      ],
    },
  },
  {
    id: "minimizing/obviously-right-call",
    category: "minimizing",
    message: "Calling one option obviously right (or wrong) afterwards is hindsight; at the time it was one choice among several.",
    suggestions: [
      "Describe what was known when the choice was made and what made the other option look reasonable then.",
    ],
    question: "What made the other option look reasonable at the time?",
    cue: "obviously|clearly|course|plainly|evidently",
    pattern: /\b(?:obviously|clearly|of course|plainly|evidently)(?: (?:the|a|an))? (?:right|correct|better|best|only sensible|sensible|wrong|safer|smarter) (?:call|move|choice|decision|option|thing to do|answer)\b/,
    examples: {
      match: [
        "In hindsight the revert was obviously the right call and it took too long.",
        "Failing over was clearly the better choice.",
      ],
      noMatch: [
        "The revert was the right call.",
        "The graph clearly shows the pool filling up before the revert.",
      ],
    },
  },
  {
    id: "minimizing/all-they-had-to-do",
    category: "minimizing",
    message: "\"All they had to do\" minimises the situation the person was in.",
    suggestions: [
      "Describe what made that step hard to see or take at the time.",
    ],
    question: "What made this step hard to see or take at the time?",
    cue: "all",
    pattern: /\ball (?:\S+ ){1,3}?(?:had|needed|has|needs|have|need|was supposed) to do\b|\ball (?:he|she|they|you|we|i|anyone|someone|the on-?call) (?:had|needed|has|needs|have|need) to\b/,
    examples: {
      match: [
        "All she needed to do was read the alert.",
      ],
      noMatch: [
        "All pods needed to restart.",
      ],
    },
  },
  {
    id: "minimizing/just-had-to",
    category: "minimizing",
    message: "\"Just had to\" makes a hard situation sound simple in hindsight.",
    suggestions: [
      "Describe the competing demands the person faced.",
    ],
    question: "What else was competing for attention at that moment?",
    cue: "just|simply|only",
    pattern: /\b(?<agent>(?!we\b|i\b)[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:just|simply|only) (?:had|needed|has|needs|have|need) to\b|\b(?<agent2>whoever|anyone who|someone who|the (?:person|engineer|one) who)\b[^.;]{0,50}?\b(?:had|needed|has|needs) (?:only|just|simply) to\b/u,
    agent: "person",
    examples: {
      match: [
        "The reviewer just had to open the plan output.",
        "Plainly, whoever set up the CronJob needed only to add one line.",
      ],
      noMatch: [
        "We just had to wait for the cache to warm up.",
        "The job simply needs to retry.",
      ],
    },
  },
  {
    id: "minimizing/all-it-would-have-taken",
    category: "minimizing",
    message: "\"All it would have taken\" makes a step look small once the outcome is known.",
    suggestions: [
      "Describe what made that step hard to see or take at the time, and what would make it routine.",
    ],
    question: "What made this step hard to see or take at the time?",
    cue: "taken|took",
    pattern: /\b(?:was|is) all it (?:would have|would've|would’ve|'d have|’d have) (?:taken|needed)\b|\ball it (?:would have|would've|would’ve) (?:taken|needed) (?:was|is)\b/,
    examples: {
      match: [
        "A five-minute look at the TLS expiry date was all it would have taken.",
        "All it would have taken was one glance at the lag graph.",
      ],
      noMatch: [
        "A five-minute look at the expiry date is all it takes, so the runbook now says so.",
      ],
    },
  },
  {
    id: "minimizing/literally-one",
    category: "minimizing",
    message: "Calling the fix one flag or one line makes it sound trivial in hindsight; it was not trivial at the time.",
    suggestions: [
      "Say why the step was not taken at the time, and what would make it the default.",
    ],
    question: "What made this step easy to miss at the time?",
    cue: "one|single",
    pattern: /\b(?:literally|only|just) (?:one|a single|1) (?:flag|line|command|setting|option|click|checkbox|field|character|argument|parameter|keystroke)\b[^.;]{0,20}?\b(?:just|all (?:you|they|he|she|anyone) (?:had|needed|have|need))\b/,
    examples: {
      match: [
        "like it's literally one flag, just pass --dry-run first",
        "It was only one line, all they had to do was add it.",
      ],
      noMatch: [
        "The fix was only one line, so we shipped it within the hour.",
      ],
    },
  },
  {
    id: "minimizing/just-would-have",
    category: "minimizing",
    message: "\"Just doing X would have fixed it\" is hindsight: the option looked different at the time.",
    suggestions: [
      "Describe what the options looked like at the time and what was known about each.",
    ],
    question: "What did the options look like at the time, and what was known about each?",
    cue: "just|simply|merely|only",
    pattern: /\b(?:just|simply|merely|only) (?:rolling back|restarting|reverting|reading|checking|running|looking at|failing over|draining|waiting|asking|paging|disabling|turning off|flipping)\b[^.]{0,60}\bwould(?:'ve| have)\b/,
    examples: {
      match: [
        "Just rolling back would have fixed it in a minute.",
      ],
      noMatch: [
        "Rolling back fixed it in four minutes.",
      ],
    },
  },
  {
    id: "minimizing/any-engineer",
    category: "minimizing",
    message: "\"Any engineer would know\" turns local knowledge into a universal standard.",
    suggestions: [
      "State where this knowledge lived (docs, tooling, people) and how a newcomer would find it.",
    ],
    question: "Where does this knowledge live, and how would someone new find it?",
    cue: "any|anyone|everyone|everybody|every|all|fool|idiot|child|even|competent|decent|proper|capable|professional|careful|responsible|good|real",
    pattern: /\bany (?:[\w-]+ ){0,2}?(?:engineer|sre|dba|reviewer|responder|person|developer|dev|on-?call(?:er)?|operator|admin|programmer|reviewer|person|human|intern)s? (?:would|should|could|knows|know|worth (?:their|his|her) salt|can see|ought)\b|\beven (?:a|an|the|our|my) (?:[\w-]+ ){0,2}?(?:intern|hire|newbie|junior|student|child|kid|toddler|trainee|grad|graduate|beginner|first-year)s? (?:(?:would|could|should)(?:\shave)? (?:know|known|see|seen|spot|spotted|catch|caught|check|checked|notice|noticed|tell|figure|figured)|knows|can see|can tell)\b|\b(?:everyone|everybody|every engineer|all|anyone|any fool|any idiot|a child) (?:knows|know|could (?:see|tell)|would (?:know|have known)|should know)\b|\b(?:anyone|anybody|everyone|everybody) (?:who has|who's|who had|who ever|with) [^,.;]{1,40}? knows (?:not to|better|that|to|how)\b|\b(?:anyone|anybody|any one of (?:us|you|them)|any of (?:us|you|them)|any (?:junior|senior|newbie|new hire|first-year|grad|trainee)s?)(?: (?:looking at|who looked at|watching|reading|glancing at|with eyes on|paying attention to) [^,.;]{1,40}?)? (?:would|should)(?:\shave|['’]ve) (?:known|seen|spotted|caught|noticed|realized|realised|figured|stopped|checked)\b(?! (?:the same|nothing|no different|it too))|\bany (?:[\w-]+ ){0,2}?(?:engineer|sre|dba|reviewer|responder|person|developer|dev|on-?call(?:er)?|operator|admin|programmer|reviewer|person|human|intern)s? (?:with|who has|who had|who's|worth|on) [^,.;]{1,30}? (?:(?:would|should|could)(?:\shave|'ve)? (?:known|spotted|seen|caught|noticed|checked|realized|realised|figured)|knows (?:not to|better|to|that|how))\b|\b(?:a|any) (?:competent|decent|half-?decent|real|proper|capable|professional|good|careful|responsible) (?:engineer|sre|dba|reviewer|responder|person|developer|dev|on-?call(?:er)?|operator|admin|programmer|reviewer|person|human|intern)s? (?:would|should|could)(?:\shave|'ve| not| never|n't|n’t)? (?:never |not |have )?(?:know|known|ship|shipped|merge|merged|deploy|deployed|spot|spotted|see|seen|catch|caught|notice|noticed|check|checked|do|done|make|made|push|pushed|let|allow|miss|missed)\b/,
    examples: {
      match: [
        "Any senior engineer knows not to restart all brokers together.",
        "Everyone knows the cache is cold after a deploy.",
        "Even a day-one intern would have checked the region.",
        "Any engineer with a month on this team would have spotted the missing semicolon.",
        "A competent engineer would never ship that.",
        "Any decent DBA would have caught the missing index.",
        "Frankly, anyone looking at that graph would have seen the backlog growing and paused the deploy.",
        "Any junior would have known not to point the backfill at the primary.",
        "Any engineer who has used Kubernetes for a week knows not to put secrets in a ConfigMap.",
        "With all due respect, anyone who has worked with Kafka for a week knows not to change the partition count.",
      ],
      noMatch: [
        "Anyone would have seen the same green dashboard and made the same call.",
        "Anyone on call would have been paged by the same alert.",
        "Any engineer on call would have got the same page.",
        "Even a small pod could serve the request.",
        "Even a senior engineer would have been fooled by this graph.",
        "Any pod can serve the request.",
        "A good engineer would ask for a second pair of eyes on a change like this, and our tooling should make that easy.",
        "A careful reviewer would need the runtime behaviour in the diff, which the tool does not show.",
      ],
    },
  },
  {
    id: "minimizing/clearly-did-not",
    category: "minimizing",
    message: "A hindsight intensifier (\"clearly\", \"obviously\") on what someone did not understand judges them by what is known now.",
    suggestions: [
      "Describe what the person could see at the time and what would have made the setting's meaning visible.",
    ],
    question: "What did the situation look like to them before anyone knew the outcome?",
    cue: "clearly|obviously|evidently|plainly",
    pattern: /\b(?:clearly|obviously|evidently|plainly)(?: just)? (?:did not|didn't|didn’t|does not|doesn't|doesn’t|never) (?:understand|grasp|get|know|read|think|bother|care|realise|realize|look|check|test)\b/,
    agent: "person",
    agentAt: "before",
    examples: {
      match: [
        "He clearly did not understand the pool settings.",
        "The reviewer obviously didn't read the diff.",
      ],
      noMatch: [
        "The parser clearly did not understand the new field.",
        "The dashboard obviously doesn't show the pool size.",
      ],
    },
  },
  {
    id: "minimizing/someone-who-clearly",
    category: "minimizing",
    message: "\"Someone who clearly didn't…\" judges an unnamed person by what is known now; naming nobody does not make it blameless.",
    suggestions: [
      "Describe what the review or the change showed at the time, and what would have made the problem visible in it.",
    ],
    question: "What did the change look like to the people who reviewed it, at the time?",
    cue: "someone who|somebody who|anyone who|anybody who",
    pattern: /\b(?:someone|somebody|anyone|anybody) who (?:clearly|obviously|evidently|plainly)(?: just)? (?:did not|didn't|didn’t|does not|doesn't|doesn’t|never) (?:understand|grasp|get|know|read|think|bother|care|realise|realize|look|check|test)\b/,
    examples: {
      match: [
        "The MaxConns change was approved by someone who clearly didn't read it.",
        "It was merged by somebody who obviously did not test it.",
      ],
      noMatch: [
        "The change was approved by someone who had read the design doc.",
        "Anyone who reads the alert can see the threshold.",
      ],
    },
  },
  {
    id: "minimizing/obvious-outcome",
    category: "minimizing",
    message: "Calling an outcome obvious after the fact hides what the people involved could see at the time.",
    suggestions: [
      "Describe what the signal or the risk looked like before the outcome was known.",
    ],
    question: "What did the risk look like before anyone knew the outcome?",
    cue: "obviously|clearly|course|inevitably|obvious",
    pattern: /\b(?:obviously|clearly|of course|inevitably)(?: it)? (?:(?:was|were) )?(?:going to|gonna|bound to) (?:happen|break|fail|blow up|go wrong|fall over)\b[^.;]{0,20}?\b(?:once|when|after|the moment|as soon as|if) (?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:\p{L}+ed|set|put|ran|cut|made|let|did|wrote|pushed|shipped|turned)\b|\bthe obvious (?:move|call|choice|thing to do|step|answer)\b[^.;]{0,40}?\band (?<agent2>(?:the )?[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:simply |just )?(?:didn't|did not|didn’t|never|failed to)\b|\b(?:was|is|were|are) (?:so |really |super |painfully |blindingly |totally )?obvious\b[^.;]{0,10}?\bjust (?:read|look at|check|open|follow|look)\b|\bthe obvious (?:move|call|choice|thing to do|step|answer|fix)\b[^.;]{0,40}?\b(?:and|but|yet) (?:nobody|no one|no-one) (?:made|did|took|tried|ordered|called|saw) (?:it|that|this)\b/u,
    agent: "person-or-none",
    examples: {
      match: [
        "The retry storm was obviously going to happen once Ilinca set the backoff to zero.",
        "Rolling the canary back was the obvious move, and the release team simply didn't make it.",
        "Sticky: the disk alert was OBVIOUS, just read it!!",
        "Scaling the consumers was the obvious move, and nobody made it.",
      ],
      noMatch: [
        "The queue was obviously going to fill once the consumer crashed.",
        "The obvious fix didn't work, so we rolled back.",
        "The cause was obvious once the trace was read.",
      ],
    },
  },
  {
    id: "minimizing/not-rocket-science",
    category: "minimizing",
    message: "Calling it basic or \"not rocket science\" is hindsight condescension.",
    suggestions: [
      "Describe the cue that existed and what competed with it.",
    ],
    question: "What made this hard to see at the time, for the people who were there?",
    cue: "rocket|basic|sense|minimum|trivial|easy|simple|staring|take|common|obvious|clearer|plainer|pointed|signs|signals|clues|hard|difficult|brainer|plain|clear|blindingly",
    pattern: /(?:\bnot|n't|n’t) rocket science\b|\b(?:fix|it|this|that)(?: was| is|'s|’s) (?:so |really |dead |super )?(?:simple|easy|trivial)\b[^.;]{0,40}?\bcould(?: have|'ve|’ve) been (?:done|fixed|avoided|solved)\b|\bbasic (?:stuff|mistake|error|hygiene|competence)\b|\b(?:is|was|it's|it’s|that's|that’s|this is) (?:just |basic |plain |simple )?common sense\b|\b(?:is|was|it's|it’s|that's|that’s) the bare minimum\b|\b(?:was|were) (?:so |really |totally |completely )?(?:trivial|easy|obvious) (?:for|to) (?:anyone|anybody|everyone|any engineer|any reviewer) (?:who|with|that)\b|\bstaring (?:us|them|him|her|you|everyone|everybody|(?:the|our|that) [\w-]+(?:\s[\w-]+)?|[\p{L}’-]+) (?:right )?in the face\b|\b(?:does ?n[o']t|do ?n[o']t|didn't|did not) take (?:a genius|an? (?:rocket scientist|expert|phd|senior engineer))\b|\b(?:it's|it is|it was|that's|that is|just|basic|simple|plain) common sense\b|\bhow (?:much )?more obvious (?:could|can|does|did|do)\b|\bcould(?:n't| not) have been (?:any )?(?:more obvious|clearer|plainer)\b|\beverything pointed (?:to|at)\b|\b(?:the )?(?:warning )?(?:signs|signals|clues) were (?:all )?(?:there|obvious|clear)\b|\b(?:it's|it is|it was|it wasn't|it isn't|wasn't|isn't) (?:not )?(?:that |exactly |very )?(?:hard|difficult|complicated) to (?:see|spot|catch|check|notice|read|avoid|understand)\b|\bhow hard (?:is|was|can) it\b|\bno-?brainer\b|\b(?:plain|clear) as day\b|\bblindingly (?:obvious|clear)\b/u,
    examples: {
      match: [
        "Rotating a TLS cert before it expires isn't rocket science.",
        "- Jiří: fix was simple, restart the pod, could have been done in 2 min",
        "This is common sense, anyone doing operations should know it.",
        "sticky: reading the error message is not a lesson learned, it's the bare minimum",
        "Catching that off-by-one in the partition key was trivial for anyone who read the diff.",
        "Reading the alert is not rocket science.",
        "The answer was staring us in the face.",
        "It doesn't take a genius to read a disk graph.",
        "It's common sense to check the context before you apply.",
        "The graph was at 100 %, how much more obvious could it be?",
      ],
      noMatch: [
        "The new flag makes rollbacks easy for anyone on call.",
        "Common sense defaults are in the chart now.",
        "Common sense defaults in the chart would have helped.",
        "The migration didn't take much longer than planned.",
        "The rocket launch dashboard stayed green.",
      ],
    },
  },
  {
    id: "minimizing/obviously-person",
    category: "minimizing",
    message: "\"Obviously they should have…\" judges in hindsight.",
    suggestions: [
      "Describe what the person could see at the time and what competed for attention.",
    ],
    question: "What could the person see at the time, and what competed for their attention?",
    cue: "obviously|clearly|course|evidently|naturally|plainly",
    pattern: /\b(?:obviously|clearly|course|evidently|naturally|plainly),? (?<agent>[^,;.?!:()]{1,40}?) (?:should|could|would|had to|needed to|ought to|forgot|missed|didn't|did not|never|ignored|failed|overlooked|was supposed to)\b/,
    agent: "person",
    examples: {
      match: [
        "Obviously the reviewer should have asked for a dry run.",
      ],
      noMatch: [
        "Clearly the cache should warm before traffic shifts.",
      ],
    },
  },
  {
    id: "minimizing/hindsight-lapse",
    category: "minimizing",
    message: "\"Obviously\" or \"in hindsight\" over what was done (or left undone) judges the work by an outcome nobody knew then.",
    suggestions: [
      "State what was done and what the situation looked like then, without the hindsight word.",
      "Ask what made the step look finished, or unnecessary, at the time.",
    ],
    question: "What made this look finished, or unnecessary, at the time it was done?",
    cue: "obviously|clearly|evidently|plainly|hindsight|retrospect|looking",
    pattern: /(?:^|[,;:] |\b(?:and|but|so) )(?:obviously|clearly|evidently|plainly),? (?:[\w'’-]+ ){0,5}?(?:(?:was|were|had been|has been|have been|got|is|are)(?: (?:just|simply|clearly|obviously|completely|totally))? (?:rushed|botched|bungled|half-baked|half-assed|sloppy|careless|lazy|rubber-stamped|hurried|skimmed|thrown together|slapped together)|(?:was|were|had been|has been|have been|got|is|are)(?: (?:just|simply|clearly|obviously))? (?:poorly|badly|carelessly|sloppily|lazily|hastily) (?:thought (?:out|through)|planned|executed|written|done|handled|reviewed|tested|prepared|coordinated)|(?:was|were|had been|has been|have been|got|is|are) (?:never|not) even (?:tested|reviewed|checked|read|validated|verified|load-tested|thought (?:through|out)|planned|followed|looked at|rehearsed|proofread|double-checked)|(?:was|were|had been|has been|have been|got|is|are) (?:clearly |obviously |simply )?(?:the |a )?(?:wrong|bad|poor|terrible|reckless|careless) (?:call|decision|choice|move)|(?:was|were|had been|has been|have been|got|is|are)(?: (?:just|simply))? (?:never|not|barely|hardly) (?:properly |really |actually |adequately |fully |once )?(?:tested|reviewed|checked|read|validated|verified|load-tested|thought (?:through|out)|planned|followed|looked at|rehearsed|proofread|double-checked)|(?:wasn't|weren't|hadn't been|hasn't been|haven't been)(?: (?:properly|really|actually|adequately|fully|even))? (?:tested|reviewed|checked|read|validated|verified|load-tested|thought (?:through|out)|planned|followed|looked at|rehearsed|proofread|double-checked))\b|(?:^|[,;:] |\b(?:and|but|so) )(?:in hindsight|with hindsight|in retrospect|looking back),? (?:[\w'’-]+ ){0,5}?(?:(?:was|were|had been|has been|have been|got|is|are)(?: (?:just|simply|clearly|obviously|completely|totally))? (?:rushed|botched|bungled|half-baked|half-assed|sloppy|careless|lazy|rubber-stamped|hurried|skimmed|thrown together|slapped together)|(?:was|were|had been|has been|have been|got|is|are)(?: (?:just|simply|clearly|obviously))? (?:poorly|badly|carelessly|sloppily|lazily|hastily) (?:thought (?:out|through)|planned|executed|written|done|handled|reviewed|tested|prepared|coordinated)|(?:was|were|had been|has been|have been|got|is|are) (?:never|not) even (?:tested|reviewed|checked|read|validated|verified|load-tested|thought (?:through|out)|planned|followed|looked at|rehearsed|proofread|double-checked)|(?:was|were|had been|has been|have been|got|is|are) (?:clearly |obviously |simply )?(?:the |a )?(?:wrong|bad|poor|terrible|reckless|careless) (?:call|decision|choice|move))\b|(?:in hindsight|with hindsight|in retrospect|looking back),? (?:the |our )?(?:obvious|clear|right|correct|simple) (?:fix|answer|move|thing to do|call|choice|step|action|option|response|decision|remedy) (?:was|would have been|had been)\b/,
    examples: {
      match: [
        "Clearly this was never reviewed.",
        "In hindsight the rollout was rushed.",
        "Obviously the runbook was not even read.",
        "Looking back, the cutover plan was badly thought out.",
        "In hindsight, the obvious fix was to roll back immediately.",
      ],
      noMatch: [
        "In hindsight, the alert threshold was too high.",
        "We should avoid hindsight bias when we write this up.",
        "The trace clearly shows the pool was never drained.",
        "Looking back, the failover path had never been exercised in production.",
      ],
    },
  },
  {
    id: "minimizing/trivial-still",
    category: "minimizing",
    message: "Calling the fix trivial and saying it still was not done judges people in hindsight.",
    suggestions: [
      "Say what made the fix non-obvious or slow at the time, and which cues competed with it.",
    ],
    question: "What made this non-obvious at the time?",
    cue: "trivial|easy|simple|basic|obvious",
    pattern: /\b(?:was|is|were|would have been|'s|’s) (?:so |really |trivially |pretty |totally |completely |dead )?(?:trivial|easy|simple|basic|obvious)\b[^.;]{0,50}\bstill (?:didn't|did not|didn’t|took|failed|missed|managed|couldn't|could not|wasn't)\b/,
    examples: {
      match: [
        "Rolling back was trivial, and Soraya still didn't do it.",
      ],
      noMatch: [
        "The rollback itself was trivial once the flag was found.",
      ],
    },
  },
  {
    id: "minimizing/known-better",
    category: "minimizing",
    message: "\"Should have known better\" or \"two minutes to check\" judges in hindsight what was not obvious then.",
    suggestions: [
      "Say what made it non-obvious at the time, and which cues competed with it.",
    ],
    question: "What made this non-obvious at the time?",
    cue: "known|taken|knew|easily",
    pattern: /\b(?:should|would|ought to)(?:'ve|’ve| have) known better\b|\b(?:clearly|obviously|of course|surely|certainly|definitely) knew (?:better|that|full well)\b|\b(?:of course|clearly|obviously) knew (?:the|it|this|about)\b|\beasily (?:could|would)(?:'ve|’ve| have) (?:caught|spotted|prevented|avoided|seen|noticed)\b|\bcould(?:'ve|’ve| have) easily (?:caught|spotted|prevented|avoided|seen|noticed)\b|\bwould(?:'ve|’ve| have) taken (?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:a|one|two|three|five|ten|\d+|a few|a couple of) (?:seconds?|minutes?)\b/u,
    examples: {
      match: [
        "Any competent DBA would have known better.",
        "It would have taken Halvard two minutes to check.",
        "Ayodele clearly knew better than to skip the canary.",
        "Olu easily could have caught the typo with a dry run.",
      ],
      noMatch: [
        "Nobody knew the cache needed ten minutes to warm up.",
        "The restore would have taken two hours.",
      ],
    },
  },
  {
    id: "minimizing/saw-it-coming",
    category: "minimizing",
    message: "Saying anyone could have seen it coming judges the past by an outcome nobody knew then.",
    suggestions: [
      "State the cue that existed then and the cues that competed with it.",
    ],
    question: "What made this non-obvious at the time, to the people who were there?",
    cue: "anyone|anybody|everyone|everybody|child|fool|coming|always|never|waiting|expect|knew|obviously|clearly|course|plainly",
    pattern: /\b(?:anyone|anybody|everyone|everybody|a child|any fool)\b(?: [\w'’-]+){0,3}? (?:could|would|should|might)(?:'ve|’ve| have) (?:seen|predicted|foreseen|guessed|told|spotted|caught) (?:this|that|it|what)\b|\b(?:anyone|anybody|everyone|everybody|we all|you all|they all|a child|any fool)\b[^.;]{0,25}\b(?:saw|see|seen|predicted|foresaw|called) (?:this|that|it) coming\b|\b(?:was|is|were) (?:always|never) going to (?:end (?:well|badly|in tears)|go well|go badly|blow up|bite (?:us|them|someone))\b|\ban? (?:disaster|accident|outage|incident|trainwreck|train wreck) waiting to happen\b|\bwhat did (?:they|you|he|she|the [\w-]+ team) (?:even |honestly |really )?expect\b|\b(?:everyone|everybody|we all|they all) knew (?:this|that|it) (?:would|was going to)\b|^(?:(?:but|and|honestly|frankly|i mean),? )?(?:obviously|clearly|of course|plainly),? (?:the|this|that|it|our|a|an)\b[^.;]{0,60}? (?:was|were|had been|is) (?:right there|staring (?:us|them|everyone) in the face|(?:plainly |clearly |perfectly )?(?:visible|obvious|there|showing|in the logs|on the (?:dashboard|graph)s?))\b[^.;]{0,60}?\b(?:the whole time|all along|for (?:hours|days|weeks)|the entire time|from the start)\b/,
    examples: {
      match: [
        "Obviously the backlog was visible on the queue dashboard the whole time.",
        "Anyone could have predicted this.",
        "Rolling out to every region at once was never going to end well.",
        "That shared volume was an accident waiting to happen.",
        "Honestly, what did they expect?",
      ],
      noMatch: [
        "Nobody saw this coming.",
        "Anyone can see the dashboard without logging in.",
        "The retry was always going to fail for non-idempotent calls.",
        "The lag was visible on the dashboard the whole time, but no alert watched it.",
      ],
    },
  },
  // src/language/rules/procedure-violation.yml
  {
    id: "procedure_violation/ignored-procedure",
    category: "procedure_violation",
    message: "Framing the work as ignoring or bypassing a procedure hides why the procedure did not fit.",
    suggestions: [
      "Describe the gap between the procedure as written and the work as done, and why following it did not fit.",
    ],
    question: "How did following the procedure fit the situation at the time?",
    cue: "ignor|disregard|bypass|violat|circumvent|around|overr|skipp|sidestep|flout|broke|breaking|follow|brushed|waved|dismissed|respect|heed|force|clicked|got|get|getting|skirted|nobody|no one|jump|comply|acknowledged",
    pattern: /\b(?:ignored|ignoring|disregarded|disregarding|bypassed|bypassing|violated|violating|circumvented|circumventing|went around|going around|worked around|overrode|overriding|overridden|skipped|neglected|neglecting|skipping|sidestepped|flouted|broke|breaking|did not follow|didn't follow|didn’t follow|never followed|jumped|(?:did not|didn't|didn’t|failed to) comply with|acknowledged (?:and )?(?:then )?ignored|chose to ignore|chose not to follow|decided to ignore|decided not to follow|brushed off|brushed aside|waved off|waved away|dismissed|did not respect|didn't respect|didn't heed|did not heed|not following|force-pushed (?:over|past|through)|clicked (?:past|through)|got around|get around|getting around|skirted|(?:nobody|no one|no-one) (?:followed|read|checked))\b (?:the |our |a |an |all |both |his |her |their |its |this |that |these |any |every |required |mandatory )*(?:['"‘“][^'"’”]{1,60}['"’”] )?(?:[\w%.-]+ ){0,3}?(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule|warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email|canary|canary stage|staging|stage|test suite|suite|tests|ci|ci check|load test|dry run|smoke test|migration check|safety check|safeguard|guardrail|rollback plan|rollback steps|instructions|guidance|advice|(?:migration|deploy|deployment|release|rollout|change|provisioning|approval|schema) (?:tool|tooling|wrapper|bot|workflow))s?\b/,
    agent: "not-system",
    unless: /^(?:i|we)\b[^.]*\b(?:because|since|as)\b/,
    examples: {
      match: [
        "Olga ignored the low-disk warning.",
        "Kenji ignored the high error rate alert for 20 minutes.",
        "Ewa acknowledged and then ignored the PVC 90% alert on kafka-broker-4 for two shifts.",
        "Rodrigo jumped the procedure of change management and applied directly in production.",
        "The operator did not comply with the procedure manual and executed the steps in different order.",
        "She clicked past the 'this deletes 4 volumes' warning.",
        "Bram force-pushed over the branch protection rule.",
        "Nobody followed the rollback checklist that night.",
        "The team went around the change calendar.",
        "The hotfix skipped review.",
        "Femi bypassed the deploy tool and edited the pods by hand.",
      ],
      noMatch: [
        "The decoder ignored the header.",
        "The import job bypasses the migration tool because it only reads.",
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
    cue: "despite|spite|regardless|notwithstanding|against|contrary",
    pattern: /\b(?:despite|in spite of|regardless of|notwithstanding|even with) (?:the |our |a |an |clear |explicit |repeated |multiple |several |two |three )*(?:[\w-]+ ){0,2}?(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule|guidance|advice)s?\b|\b(?:against|contrary to) (?:the |our |all )?(?:explicit |clear |written |repeated |standing )*(?:instructions|advice|guidance|orders|policy|runbook|procedure|rules?|warnings?(?! (?:threshold|level|rule)))\b/,
    examples: {
      match: [
        "Despite the policy, the hotfix skipped review.",
        "The migration ran despite the freeze.",
        "Zhang Wei ran the destructive script in production against the explicit instructions in the runbook.",
        "Against the clear warning in the wiki, Ana ran the job on the primary.",
      ],
      noMatch: [
        "The migration ran during the freeze window that the release team had approved.",
        "We argued against the warning threshold of 80 %.",
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
    cue: "despite|spite|regardless|notwithstanding|even with",
    pattern: /\b(?:despite|in spite of|regardless of|notwithstanding|even with) (?:the |our |a |an |clear |explicit |repeated |multiple |several |two |three )*(?:[\w-]+ ){0,2}?(?:warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email)s?\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Despite two warnings in the channel, Henrik kept the migration running.",
        "Even with the alert of disk at 95%, Gabriel continued with the migration.",
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
    pattern: /\b(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule|warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email)s?(?: step| steps)?(?: (?:on|for|about|from|in|of|around)(?: [\w-]+){1,3}?)? (?:was|were|had been|has been|have been|got|is|are|kept being)(?: (?:completely|simply|just|clearly|again|entirely|totally|repeatedly|all|probably|apparently))* (?:ignored|disregarded|bypassed|skipped|overridden|circumvented|violated|broken|sidestepped|dismissed|brushed aside)\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer|dedup\w*|filter|limiter|sampler|throttler|aggregator|consumer|producer|broker|queue|alertmanager|prometheus|pagerduty|opsgenie|grafana|nginx|envoy|haproxy|kubernetes|k8s|istio|rules?|polic(?:y|ies)|firewall|waf|cdn)(?!\w))|\b(?:warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email)s? (?:was|were|got) (?:acknowledged|acked|seen|read|noted) (?:and|but) (?:then )?(?:ignored|disregarded|bypassed|skipped|overridden|circumvented|violated|broken|sidestepped|dismissed|brushed aside)\b|\b(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule)s?(?: step| steps)? (?:was not|were not|wasn't|weren't|was never|were never|had not been|hadn't been|has not been|is not|isn't|aren't|are not)(?: (?:really|fully|properly|actually))? (?:followed|respected|honoured|honored|observed|adhered to|obeyed|performed|carried out|executed)\b|\b(?:warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email)s?\b[^.;]{0,60}?\b(?:it|they|both|all of them) (?:was|were|had been|has been|have been|got|is|are|kept being)(?: (?:completely|simply|just|clearly|again|entirely|totally|repeatedly|all|probably|apparently))* (?:ignored|disregarded|bypassed|skipped|overridden|circumvented|violated|broken|sidestepped|dismissed|brushed aside)\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer|dedup\w*|filter|limiter|sampler|throttler|aggregator|consumer|producer|broker|queue|alertmanager|prometheus|pagerduty|opsgenie|grafana|nginx|envoy|haproxy|kubernetes|k8s|istio|rules?|polic(?:y|ies)|firewall|waf|cdn)(?!\w))/,
    examples: {
      match: [
        "The freeze was not respected.",
        "The alert was ignored for forty minutes.",
        "The guidance on secret rotation was bypassed by the data team.",
        "The page was acked and then ignored until morning.",
        "Although the alert fired at 01:14, it was ignored until customers started calling.",
      ],
      noMatch: [
        "The runbook was followed step by step.",
        "The header was ignored by the proxy.",
        "The alert was ignored by Alertmanager because an inhibit rule matched it.",
        "The alert fired twice, and it was ignored by the router because an inhibit rule matched.",
      ],
    },
  },
  {
    id: "procedure_violation/against-policy",
    category: "procedure_violation",
    message: "Saying a person acted against a policy frames the work as a violation; look at why it made sense then.",
    suggestions: [
      "Describe why the procedure did not fit the situation, and what the tooling let through.",
    ],
    question: "What made this look like the right step at the time, and what did the procedure assume?",
    cue: "against|exactly",
    pattern: /\b(?!(?:weigh|compar|check|measur|test|validat|balanc|match|benchmark|verifi|review|audit|weight)\w*\b)(?:\p{L}+ed|ran|did|made|put|set|took|went|wrote) (?:[\w'’-]+ ){0,8}?against (?:the |our |their |his |her |company |team )?(?:[\w-]+ ){0,2}?(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule)s?\b|\b(?:runbook|policy|procedure|process|checklist|rule)s? (?:says?|said|states?|stated) (?:to )?never\b[^.;]{0,60}?\b(?:that|which) is exactly what (?<agent>[^,;.?!:()]{1,40}?) did\b/u,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Handover: Kofi disabled the PagerDuty integration for the DB cluster against the on-call policy; re-enabled it at 06:00.",
        "Not to point fingers, but the runbook says never to fail over manually, and that is exactly what Daniyar did.",
      ],
      noMatch: [
        "The admission controller rejected the pod against the resource policy.",
        "We weighed the rollback against the freeze calendar and chose to wait.",
      ],
    },
  },
  {
    id: "procedure_violation/note-ignored",
    category: "procedure_violation",
    message: "A note that a warning was ignored or overridden frames the work as a violation without saying why.",
    suggestions: [
      "Say what the warning looked like among the other signals, and why going past it looked right.",
    ],
    question: "What did the warning look like among the other signals at the time?",
    cue: "ignored|overridden|bypassed|dismissed",
    pattern: /\b(?:warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email|prompts?|banners?|gates?)\b[^:.;]{0,30}: (?:ignored|overridden|bypassed|dismissed|clicked (?:past|through))\b|(?:^|: )(?:[\w-]+ ){0,3}?(?:warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email)s? (?:ignored|overridden|bypassed|dismissed)(?=\s*(?:→|->|=>|,|;|\(|again\b|$))/,
    examples: {
      match: [
        "Warning banner in the console: ignored.",
        "Confirmation prompt: overridden by the on-call.",
        "sticky: alerts ignored → outage (third retro in a row with this sticky)",
      ],
      noMatch: [
        "Inhibited alerts: ignored by design while the parent alert fires.",
        "Duplicate pages: dismissed automatically by the dedup rule.",
      ],
    },
  },
  {
    id: "procedure_violation/in-violation",
    category: "procedure_violation",
    message: "Framing the work as a breach of a procedure hides why the procedure did not fit.",
    suggestions: [
      "Describe the gap between the procedure as written and the work as done, and what made going ahead look right.",
    ],
    question: "How did following the procedure fit the situation at the time?",
    cue: "violation|breach|contravention|defiance",
    pattern: /\bin (?:direct |clear |flagrant |open |plain |blatant )?(?:violation|breach|contravention|defiance) of (?:the |our |a |an |their |his |her |its )?(?:[\w-]+ ){0,3}?(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule)s?\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "The mobile squad shipped the hotfix in violation of the release policy.",
        "Grete merged the change in clear breach of the two-person rule.",
      ],
      noMatch: [
        "The batch job ran in violation of the rate limit because the limiter read the wrong setting.",
        "The vendor's certificate was in breach of the contract terms.",
      ],
    },
  },
  {
    id: "procedure_violation/note-skipped",
    category: "procedure_violation",
    message: "A note that a procedure was skipped or ignored frames the work as a violation.",
    suggestions: [
      "Describe the gap between the procedure as written and the situation, e.g. \"the approval step had no on-call approver at night\".",
    ],
    question: "How did following the procedure fit the situation at the time?",
    cue: "ignored|skipped|bypassed|circumvented|disregarded|violated",
    pattern: /(?:^|: )(?:(?!(?:i|we|they|he|she|you|it|nothing|none|no|not|never|was|were|is|are|be|been|being|has|have|had|got|get|went)\b)[\w'’/~-]+ ){0,5}?(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule)s? (?:ignored|skipped|bypassed|circumvented|disregarded|violated)(?= \(?again\b| (?:for|since|during|on|at|in|before|after|when|while|twice|repeatedly|entirely|completely)\b|\s*[.;!]?\s*$)(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer|dedup\w*|filter|limiter|sampler|throttler|aggregator|consumer|producer|broker|queue|alertmanager|prometheus|pagerduty|opsgenie|grafana|nginx|envoy|haproxy|kubernetes|k8s|istio|rules?|polic(?:y|ies)|firewall|waf|cdn)(?!\w))/,
    examples: {
      match: [
        "- peer review skipped for the DNS change (again)",
        "Retro note: deploy checklist ignored during the hotfix",
      ],
      noMatch: [
        "- nothing skipped: every review step ran",
        "Startup: health check skipped by the init container until the port opens",
      ],
    },
  },
  {
    id: "procedure_violation/without-approval",
    category: "procedure_violation",
    message: "Saying a person acted without the required review or approval frames the work as a violation.",
    suggestions: [
      "Describe why the review or approval step did not fit the situation, and what the tooling enforced.",
    ],
    question: "What made going ahead without the review look reasonable at the time?",
    cue: "without|review|approval|sign-off|signoff|permission",
    pattern: /\b(?:merged|merging|deployed|deploying|shipped|shipping|pushed|pushing|released|releasing|went ahead|proceeded|applied|executed|carried out|performed|rolled (?:it |this |that )?out)(?: [\w'’-]+){0,6}? (?:without|w\/o) (?:(?:waiting for|getting|asking for|requesting|seeking) )?(?:a |any |the |proper |prior |second |another |mandatory |required |usual |peer |two-person |four-eyes |security |code |design |change |cab )*(?:review|approval|sign-off|signoff|a change request|permission|asking|(?:telling|informing|notifying|warning|consulting) (?:anyone|anybody|us|the team|the on-?call|a soul)|(?:running |doing )?(?:a |any |the )?(?:load tests?|load testing|tests|testing|canary|staging run|dry run|rollback plan))\b/,
    agent: "person",
    unless: /\b(?:because|since|as (?:planned|agreed|the runbook)|per the (?:runbook|process|policy|procedure|emergency|break-glass|playbook)|by design|allowed|emergency process)\b/,
    examples: {
      match: [
        "Thanh merged without review in defiance of the policy.",
        "They went ahead without approval.",
        "Dagny executed the change without the mandatory peer review, per the audit log.",
        "Kenji pushed it on a Friday afternoon without telling anyone.",
        "- Tuya merged the hotfix w/o the mandatory security review, again",
        "Wanjiru shipped the schema change on Friday without a load test.",
        "Mateus merged the pool change without running the load tests.",
      ],
      noMatch: [
        "The bot merged the dependency update without review, as configured.",
        "We deployed the rename without a canary because it changed no behaviour.",
      ],
    },
  },
  {
    id: "procedure_violation/cjk-ignored",
    category: "procedure_violation",
    message: "A person framed as ignoring or bypassing a rule or warning, in Chinese, Japanese or Korean.",
    suggestions: [
      "Examine the gap between the procedure as written and the work as done at the time.",
    ],
    question: "How did following the procedure fit the situation at the time?",
    cue: "无视|忽视|违反|违规|绕过|擅自|私自|没有按|没按|不按|無視|違反|勝手|守ら|飛ば|スキ|무시|위반|어기|어겼|멋대|마음대|건너",
    pattern: /擅自|私自|(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))[^，。,；;！？]{0,10}?(?:无视|忽视|违反|违规|绕过|没有按照|没按|不按)|(?:(?:[\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,6}?(?:さん|くん|君|氏|ちゃん)|彼女?|彼ら|担当者|新人|作業者|開発者|運用担当者?|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}?(?:チーム|部門|の人たち|の連中)))[^。]{0,20}?(?:無視|違反|勝手に|守らず|守らなかった|飛ばして|スキップして)|(?:(?:[가-힣]{2,4} ?(?:씨|님)|(?!서비스|인증서|방화벽|도메인|고객|이전|이후|이번|이상|지난|정말|진짜|결국|전체|장애|설정|오류)[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][가-힣]{2}(?=[이가의는은께]| ?때문| ?탓)|그녀|그 사람|걔|담당자|신입(?: 사원)?|작업자|운영자|엔지니어|개발자|인턴|팀원|당직자|[가-힣]{1,6} ?팀(?:원)?))[^.。]{0,20}?(?:무시|위반|어기|어겼|멋대로|마음대로|건너뛰|건너뛴)/u,
    examples: {
      match: [
        "王伟无视了磁盘告警。",
        "鈴木さんが手順を無視して再起動した。",
        "이서연 씨가 변경 동결 기간을 무시하고 배포했다.",
      ],
      noMatch: [
        "解析器忽略了未知的请求头。",
        "サーバーが勝手に再起動した。",
      ],
    },
  },
  {
    id: "procedure_violation/during-freeze",
    category: "procedure_violation",
    message: "A person framed as shipping during a freeze or change window that forbade it.",
    suggestions: [
      "Examine how the freeze reached the people deploying, and what made shipping look necessary or allowed then.",
    ],
    question: "How did the freeze fit the situation the person was in at the time?",
    cue: "freeze|frozen|blackout",
    pattern: /\b(?:deployed|deploying|merged|merging|shipped|shipping|pushed|pushing|released|releasing|rolled (?:it |this |that )?out|applied|went ahead)(?: [\w'’-]+){0,3}? (?:during|in|inside|in the middle of|despite|through) (?:the |a |our )?(?:(?:code|change|deploy|deployment|release|holiday|year-end|peak) )?(?:freeze|frozen period|blackout(?: window)?)\b|\b(?:deployed|merged|shipped|pushed|released|rolled (?:it |this |that )?out|applied|went ahead)\b[^.;]{0,60}?\b(?:against|in defiance of|in breach of|in violation of) (?:the |a |our )?(?:(?:code|change|deploy|deployment|release|holiday|year-end|peak) )?(?:freeze|blackout)\b/,
    agent: "person",
    examples: {
      match: [
        "Tomasz deployed during the freeze even though the calendar said no.",
        "Mirela pushed straight through the release freeze banner.",
        "The web team shipped the fix in the middle of the code freeze.",
        "Nomvula pushed the firewall update through during peak hours against the freeze.",
      ],
      noMatch: [
        "The pipeline pushed the update through against the freeze because the emergency label was set.",
        "The pipeline deployed during the freeze because the emergency label was set.",
        "Nothing was deployed during the freeze.",
      ],
    },
  },
  {
    id: "procedure_violation/red-pipeline",
    category: "procedure_violation",
    message: "Saying a person shipped over a failing check frames the work as defiance; ask what made it look safe.",
    suggestions: [
      "Describe what the failing check looked like then (flaky, unrelated, known) and what the tooling allowed.",
    ],
    question: "What did the failing check look like at the time, and what did the tooling allow?",
    cue: "red|failing|failed|broken|override",
    pattern: /\b(?:merged|merging|deployed|deploying|shipped|shipping|pushed|pushing|released|releasing|promoted|went ahead)(?: [\w'’-]+){0,3}? (?:with|on|over|despite|past|through) (?:a |the |two |three |several |all )?(?:red|failing|failed|broken) (?:ci |build |unit |integration |e2e )?(?:checks?|tests?|builds?|pipelines?|ci)\b|\b(?:using|used|with|via) (?:the |an |her |his |their )?admin override\b/,
    agent: "not-system",
    agentAt: "clause",
    unless: /\b(?:known flaky|flaky test|quarantined|by design|as agreed|per the runbook)\b/,
    examples: {
      match: [
        "Ines merged with a red CI check on Friday.",
        "The web squad shipped the release over failing integration tests.",
        "He merged it by using the admin override.",
      ],
      noMatch: [
        "The bot merged with a failing check because the test is a known flaky test.",
        "The pipeline stopped on failing tests, as designed.",
      ],
    },
  },
  {
    id: "procedure_violation/disabled-safeguard",
    category: "procedure_violation",
    message: "Saying a person switched a safeguard off to get past it frames the work as defiance; ask what it was in the way of.",
    suggestions: [
      "Describe what the safeguard blocked at that moment and what path the tooling offered instead.",
    ],
    question: "What was the safeguard blocking at that moment, and what other path did the tooling offer?",
    cue: "turned|disabled|disabling|switched|commented|removed|bypassed|muted|silenced",
    pattern: /\b(?:turned off|turning off|disabled|disabling|switched off|commented out|removed|bypassed|muted|silenced) (?:the |our |a |an |all )?(?:[\w-]+ ){0,2}?(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule|warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email|checks?|protections?|hooks?|alerts?|guards?|gates?|validations?)s?\b[^.;]{0,40}?\b(?:so (?:that )?(?:he|she|they|i|we|[\w-]+) could|to get around|to get past|to skip|to sneak|in order to (?:merge|push|deploy|ship))\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Shira turned off branch protection so she could merge her own change without approval.",
        "Sigrun disabled the pre-commit hook to get around the secret-scanning rule.",
      ],
      noMatch: [
        "The operator disabled the health check so the pod could finish its migration, per the runbook.",
        "The pipeline removed the stale lock so the next deploy could start.",
      ],
    },
  },
  {
    id: "procedure_violation/even-though-warning",
    category: "procedure_violation",
    message: "\"Even though the warning said…\" frames a decision as defiance; describe what made it look right.",
    suggestions: [
      "Describe what the warning looked like among the other signals at the time.",
    ],
    question: "What did the warning look like among the other signals at the time?",
    cue: "even|though",
    pattern: /\beven though (?:the |a |an |our |two |several |multiple )?(?:[\w-]+ ){0,2}?(?:warning|alert|alarm|page|pager|notification|signal|objection|concern|review comment|deprecation notice|notice|reminder|ticket|email|checklist|runbook|linter|policy)s?\b(?! (?:threshold|level|rule)s?\b)/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Grace pushed the config change even though the linter warning said the region list was empty.",
      ],
      noMatch: [
        "The pipeline deployed even though the warning was a known false alarm, as configured.",
      ],
    },
  },
  {
    id: "procedure_violation/signed-off-without",
    category: "procedure_violation",
    message: "Saying someone approved without doing the step frames the work as a violation; ask what made it look done.",
    suggestions: [
      "Describe what the approver saw and what the process made visible about the step.",
    ],
    question: "What did the approver see, and what did the process show about the step?",
    cue: "signed|approved|okayed|merged|deployed|shipped",
    pattern: /\b(?:signed off|approved|okayed|ok'd|merged|deployed|shipped|released) (?:it |the change |the release )?without (?:running|doing|following|completing|checking|reading|finishing) (?:the |our |any |a )?(?:[\w-]+ ){0,3}?(?:runbook|regulations?|(?:blackout|maintenance|change|freeze) windows?|four-?eyes principle|policy|policies|checklist|freeze|process|procedure|guideline|calendar|protocol|sop|gate|board|playbook|instruction|rule|recommendation|standard|requirement|change window|two-person rule|four-eyes rule|escalation policy|guard ?rail|review|approval|sign-?off|peer review|code review|deploy lock|lock|health check|branch protection|security scan|scan|scanner|secrets scanner|pre-commit hook|hook|linter|label|do-not-touch label|guidance|advice|cab|change advisory board|change board|access rule|canary|canary stage|staging|stage|test suite|suite|tests|ci|ci check|load test|dry run|smoke test|migration check|checklist|runbook|tests?|checks?)s?\b/,
    agent: "not-system",
    agentAt: "clause",
    unless: /\b(?:as (?:designed|configured|agreed)|by design|per the (?:runbook|policy))\b/,
    examples: {
      match: [
        "Our QA lead signed off without running the regression checklist we agreed on.",
      ],
      noMatch: [
        "The bot merged it without running the tests, as configured for docs-only changes.",
      ],
    },
  },
  // src/language/rules/counterfactual.yml
  {
    id: "counterfactual/modal-perfect",
    category: "counterfactual",
    message: "Hindsight: \"should/could have\" judges a decision by an outcome nobody knew at the time.",
    suggestions: [
      "Describe what did happen and what was visible at the time, e.g. \"At 14:02 the replica showed 40 s of lag; the switch-over tool did not check lag.\"",
    ],
    question: "What did the situation look like at the time, and what made this action reasonable then?",
    cue: "should|could|ought|shoulda|coulda|shouldve|couldve|shouldnt|couldnt|might",
    pattern: /\b(?:should|could|ought to)(?:n't|n’t| not| never| also| really| probably| at least| definitely| obviously| easily| simply| just)?(?: have|'ve|’ve| of) (?:(?:more|less|so|just|simply|actually|really|properly|better|immediately|first|also|at least|never|not|been|load|smoke|stress|soak|canary|double|manually|thoroughly|carefully) )*(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|(?:double|triple) checked|[\p{L}-]+ed)\b|\b(?:shouldve|couldve|(?:shouldnt|couldnt) have) (?:(?:more|less|so|just|simply|actually|really|properly|better|immediately|first|also|at least|never|not|been|load|smoke|stress|soak|canary|double|manually|thoroughly|carefully) )*(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|(?:double|triple) checked|[\p{L}-]+ed)\b|\b(?:might|could) (?:easily )?have (?:avoided|prevented|caught|stopped|spotted) (?:the whole thing|all (?:of )?this|this|that|it|the (?:outage|incident|mess|problem)) by\b|\bmight (?:easily )?have (?:avoided|prevented|caught|stopped|spotted) (?:[\w'’-]+ ){1,5}?by \p{L}+ing\b|\b(?:shoulda|coulda)\b/u,
    agent: "person-or-none",
    unless: /\b(?:nobody|no one|none of us|no-one) (?:could|would|should)(?: have|'ve)\b|\bcould(?:n't| not|n’t) (?:reasonably |possibly )?have (?:known|predicted|foreseen|anticipated|expected|seen)\b|\bper (?:the )?(?:spec|contract|design|plan|slo|docs|documentation|rfc|api|sla)\b|\baccording to (?:the )?(?:spec|contract|design|plan|docs|documentation|rfc)\b|\bby design\b|^with (?:a|an|the|better|proper|more|some|bounded|stricter|tighter|less)\b|\bcould(?:n't| not)? have been (?:worse|much worse|a lot worse|far worse)\b/,
    examples: {
      match: [
        "Ruth should have waited for the replica to catch up before switching traffic.",
        "I could have caught this if I'd run the integration suite locally.",
        "Lena: tbh Paolo should have spotted it.",
        "tbh Kemal shouldve waited for the canary",
        "Yara might have avoided the outage by draining the node first.",
        "Tavita might have prevented the replica drift by pausing writes first.",
      ],
      noMatch: [
        "A canary might have caught it by comparing error rates.",
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
    pattern: /\b(?:(?:should|ought to)(?:n't|n’t| not| never)? (?:have|'ve) been (?:caught|noticed|spotted|reviewed|tested|checked|approved|merged|deployed|shipped|released|pushed|rolled out|rolled back|reverted|escalated|flagged|paged|allowed|signed off|greenlit|green-lit|questioned|stopped|blocked|followed|read|updated|validated|verified|applied|announced)|(?:should|ought to)(?:n't|n’t| not| never) (?:have|'ve) been (?:run|executed|applied|started|attempted|touched|used))\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer|dedup\w*|filter|limiter|sampler|throttler|aggregator|consumer|producer|broker|queue|alertmanager|prometheus|pagerduty|opsgenie|grafana|nginx|envoy|haproxy|kubernetes|k8s|istio|rules?|polic(?:y|ies)|firewall|waf|cdn)(?!\w))/,
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
    question: "What could they see at that moment, and what else was competing for their attention?",
    cue: "if|ideally",
    pattern: /\bif (?:only )?(?<agent>[^,;.?!:()]{1,40}?)(?: had|'d|’d)(?: not|n't|n’t| never| just| simply| actually| only| at least| even| bothered to)? (?!been\b|had\b|known\b|realized\b|realised\b|understood\b)(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|(?:double|triple) checked|[\p{L}-]+ed)\b|\bideally,? (?<agent2>[^,;.?!:()]{1,40}?) would(?: have|'ve|’ve)(?: not|n't|n’t| never| just| simply| actually| only| at least| even| bothered to)? (?!been\b|had\b|known\b|realized\b|realised\b|understood\b)(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|(?:double|triple) checked|[\p{L}-]+ed)\b/u,
    agent: "person",
    examples: {
      match: [
        "If the approver had looked at the plan output, the bucket deletion would have been obvious.",
        "If I'd run the suite locally, I would have seen it.",
        "Ideally Kalani would have paused the rollout the moment the error rate crossed 2%.",
      ],
      noMatch: [
        "Ideally the pipeline would have blocked the deploy on the failing check.",
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
    pattern: /(?:^|[,;:] )had (?<agent>[^,;.?!:()]{1,40}?)(?: not|n't)? (?!been\b)(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|(?:double|triple) checked|[\p{L}-]+ed)\b[^.]{0,80}\b(?:would|could|might|we'd|it'd)(?:n't|n’t)?\b/u,
    agent: "person",
    examples: {
      match: [
        "Had Ruth waited, the replica would have caught up.",
        "had priya checked the replica lag first the failover would have been clean",
        "Had Nalani drained the node on Monday, the batch wouldn't have failed.",
      ],
      noMatch: [
        "Had the queue been partitioned, the backlog would have drained.",
        "had the probe checked the replica lag first the failover would have been clean",
      ],
    },
  },
  {
    id: "counterfactual/person-would-have-avoided",
    category: "counterfactual",
    message: "Hindsight: what a person \"would have avoided\" judges a decision by an outcome nobody knew at the time.",
    suggestions: [
      "Describe what was visible at the time, and what would have made the safer step the easy one.",
    ],
    question: "What made the safer step hard to see or take at the time?",
    cue: "would",
    pattern: /(?:^|[,;:] |\b(?:ops|note|notes) )(?<agent>[^,;.?!:()]{1,40}?) would (?:easily |simply |just )?have (?:avoided|prevented|spared us|saved us) (?:the whole thing|all (?:of )?(?:this|that)|this|that|it|the (?:whole |entire )?(?:outage|incident|mess|problem|downtime))(?: [\w-]+){0,3}? by\b/,
    agent: "person",
    examples: {
      match: [
        "Kalinda would have avoided the whole outage by draining the node first.",
        "- Notes: Radu would have prevented all of this by pausing the consumer",
      ],
      noMatch: [
        "A pre-flight check would have avoided all of this by refusing the empty list.",
        "The canary would have prevented the outage by catching the error rate.",
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
    pattern: /\b(?<span>(?:failed|fails|failing|neglected|neglects|neglecting|forgot|forgets|forgetting|omitted|omits|didn't remember|did not remember|didn’t remember) to (?!(?:meet|hit|reach|achieve|stay within|keep|recover|converge|start|boot|connect|resolve|load|parse|render|respond|compile|authenticate|initiali[sz]e)(?![\p{L}-]))(?<verb>[\p{L}-]+)(?<rest>(?: (?!(?:before|after|when|while|until|because|since|during|on|in|at|for|so|and|but|which|even|again|despite|as|until|till|or)\b)(?:`[^`\n]+`|[\p{L}\p{N}'’_$-]+(?:(?:\.|::|\/|->)[\p{L}\p{N}_$-]+)*(?:\(\))?)){0,5}))(?<tail>[^,;.?!]{0,60})/u,
    agent: "person",
    rewrite: rewrites.omission,
    examples: {
      match: [
        "Bob forgot to run the migration before the deploy.",
        "The reviewer failed to notice the port change.",
        "Lan forgot to load-test it.",
      ],
      noMatch: [
        "The sidecar failed to reload certs.",
        "Invoice PDFs failed to render after the font package update.",
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
    id: "counterfactual/neglected-object",
    category: "counterfactual",
    message: "Neglect framed as a person's failure; ask what else needed them and what made this step easy to drop.",
    suggestions: [
      "Describe what the person was attending to at the time and what would have made this step visible.",
    ],
    question: "What else needed attention then, and what would have made this step visible?",
    cue: "neglect",
    pattern: /\bneglect(?:ed|ing|s)? (?:to |the |a |an |his |her |their |our |my |its |all |every |any )/,
    agent: "person",
    examples: {
      match: [
        "Kavitha neglected the status page.",
        "An engineer neglected to update the runbook.",
      ],
      noMatch: [
        "The scheduler neglected low-priority jobs under load.",
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
    pattern: /\b(?<span>(?:didn't|did not|didn’t|never|hadn't|had not|hadn’t)(?: even| actually| bother to| once)? (?<verb>check|checked|run|ran|test|tested|verify|verified|validate|validated|look|looked|read|notice|noticed|catch|caught|update|updated|review|reviewed|confirm|confirmed|wait|waited|monitor|monitored|escalate|escalated|roll back|rolled back|revert|reverted|double-check|double-checked|ask|asked|tell|told|inform|informed|notify|notified|consider|considered|respond|responded|react|reacted|acknowledge|acknowledged|ack|acked|investigate|investigated|heed|heeded|watch|watched|document|documented|announce|announced|coordinate|coordinated|flag|flagged|mention|mentioned|report|reported|raise|raised|spot|spotted|rotate|rotated|renew|renewed|patch|patched|set|configure|configured|enable|enabled|back up|backed up|clean up|cleaned up|follow up|followed up|pay attention|drain|drained|pause|paused|cordon|cordoned|answer|answered|page|paged|bother)\b(?<rest>(?: (?!(?:before|after|when|while|until|because|since|during|on|in|at|for|so|and|but|which|even|again|despite|as|until|till|or)\b)(?:`[^`\n]+`|[\p{L}\p{N}'’_$-]+(?:(?:\.|::|\/|->)[\p{L}\p{N}_$-]+)*(?:\(\))?)){0,5}))(?<tail>[^,;.?!]{0,60})/u,
    agent: "person",
    unless: /^(?:i|we)\b[^.]*\b(?:didn't|did not|never|didn’t)\b[^.]*\b(?:because|since|as|so that|given)\b|\b(?:so|because|since|as|therefore|thus|which meant)\s*,?\s+(?:we|i)\s+(?:didn't|did not|never|didn’t|hadn't|had not|hadn’t)\b/,
    rewrite: rewrites["omission-past"],
    examples: {
      match: [
        "Amir never checked whether the feature flag was scoped to one tenant.",
        "The on-call didn't escalate until 03:40.",
        "Mahina didn't rotate the signing key after the vendor's breach notice.",
        "The contractor never set a retention policy on the audit bucket.",
        "note for tmrw: Luca didn't drain the queue before the restart so check for dupes",
      ],
      noMatch: [
        "Noah did not know the flag was global.",
        "The job never set the header, so the proxy rejected it.",
        "The operator didn't renew the certificate because the issuer was down.",
        "The test didn't run on the release branch.",
        "Staging has no WAF in front, so we didn't catch this before production.",
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
    pattern: /(?:(?<!\b(?:slo|sla|slos|target|deadline|budget|objective|quarter|goal|heartbeat|heartbeats|slot|lease|tick|sync|schedule|flush|window|train|bus|meeting|standup|call)s?\b(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:was|were|is|are|got|has been|have been|had been))?\s+)|(?!(?:missed|overlooked|misread|misjudged|mistyped|botched|fumbled|failed to notice|failed to see)\b(?:\s+(?:for|in|on)\s+(?:the\s+)?[\w,.%-]+(?:\s+[\w-]+){0,3})?\s*(?:[.!?]|$)))\b(?:missed|overlooked|misread|misjudged|mistyped|botched|fumbled|failed to notice|failed to see)\b(?! (?:the |our |its |their |a |an )?(?:[\w.%-]+ ){0,2}(?:slo|sla|slos|target|deadline|budget|objective|quarter|goal|heartbeat|heartbeats|slot|lease|tick|sync|schedule|flush|window|train|bus|meeting|standup|call)s?\b)/,
    agent: "person",
    unless: /\b(?:customers?|users?|shoppers?|subscribers?|clients?|buyers?|riders?|passengers?|players?|merchants?|sellers?|patients?|viewers?|visitors?|guests?|devices?|phones?|tenants?|accounts?|recipients?)\b(?:\s(?!because|when|while|after|as|and|but|since|so|though)[\w.,'’%-]+){0,3} (?:missed|overlooked|misread|misjudged|mistyped|botched|fumbled|failed to notice|failed to see)\b/,
    examples: {
      match: [
        "We missed the page because the phone was on silent.",
        "The reviewer overlooked the port change.",
        "Customers waited because the on-call engineer missed the page.",
      ],
      noMatch: [
        "We missed our 99.95% uptime SLA for November and owe credits.",
        "About 2.3 million iOS users missed their delivery alerts.",
        "Android devices missed pushes while the provider throttled us.",
        "The backup missed its slot.",
        "ZooKeeper missed a session heartbeat.",
        "Merchant payout SLA (T+2h) missed for 3 enterprise customers.",
        "The payout SLA was missed for three customers.",
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
    unless: /\b(?:will|'ll|going to|plan(?:s|ning)? to|should|now|going forward|next time|in future|from now on|we're|are (?:adding|moving|switching|using|going|changing)|action|todo|decid(?:ed|es|ing)|chose|chosen|choos(?:e|es|ing)|opt(?:ed|s|ing)|picked|went with|preferred|agreed|elected|the call was|made the call)\b|\binstead of (?:panicking|crashing|erroring|throwing|blocking|hanging|deadlocking|aborting|exiting|returning|retrying|buffering|queu(?:e?ing)|spinning|leaking|timing out|unwrapping|dropping (?:the |a )?(?:request|message|event|connection)s?)\b/,
    examples: {
      match: [
        "Ruth restarted the primary instead of failing over.",
      ],
      noMatch: [
        "The client retried instead of failing fast.",
        "We will gate deploys on migrations instead of relying on memory.",
        "Return a fallback flat rate instead of panicking when the carrier gives no rate.",
        "Use a bounded channel instead of buffering every event in memory.",
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
  {
    id: "counterfactual/let-it-lapse",
    category: "counterfactual",
    message: "Saying a person let something expire, fill up or go unanswered frames an omission as their failure.",
    suggestions: [
      "Name the mechanism that should have caught it (renewal automation, alert routing, capacity limit).",
    ],
    question: "What would have drawn attention to this in time, and where did that signal go?",
    cue: "let|allowed|sat",
    pattern: /\b(?:let|allowed) (?:the |a |an |our |all |his |her |their )?(?:[\w-]+ ){1,3}?(?:to )?(?:expire|lapse|fill(?: up)?|pile up|grow unchecked|run out|overflow|go unanswered|go stale|rot|slip)\b|\bsat on (?:the |a |an |that |this |his |her |their )?(?:[\w-]+ )?(?:page|alert|ticket|pr|review|warning|escalation|fix|incident)s?\b/,
    agent: "person",
    examples: {
      match: [
        "Hakim let the certificate expire.",
        "Oskar allowed the queue to grow unchecked.",
        "Farida sat on the page for forty minutes.",
      ],
      noMatch: [
        "The renewal job let the certificate expire because its token had been revoked.",
      ],
    },
  },
  {
    id: "counterfactual/better-person-would-have",
    category: "counterfactual",
    message: "Saying a more experienced or more careful person would have done better is a counterfactual that judges competence, not the situation.",
    suggestions: [
      "Ask what the situation looked like to the person who was there, and what would make the right move easy for anyone.",
    ],
    question: "What would let anyone on the rota, new or seasoned, catch this?",
    cue: "experienced|senior|competent|careful|capable|seasoned|skilled|attentive|diligent|qualified|decent|better|smarter|sharper|experience|seniority",
    pattern: /\b(?:a|an|any|anyone|anybody|someone|somebody)(?: (?:more|truly|really|halfway|remotely|reasonably|properly))?[ -](?:experienced|senior|competent|careful|capable|seasoned|skilled|attentive|diligent|qualified|decent|better|smarter|sharper)(?: (?:engineers?|sres?|devs?|developers?|operators?|on-?calls?|reviewers?|persons?|people|dbas?|admins?|teams?|responders?|programmers?|hires?|leads?|ics?|incident commanders?))? (?:would|could)(?:n't| not| never)?(?: (?:easily|probably|certainly|surely|definitely|never|immediately))?(?: have|'ve)\b|\b(?:a|an|any|anyone|anybody|someone|somebody)(?: (?:engineers?|sres?|devs?|developers?|operators?|on-?calls?|reviewers?|persons?|people|dbas?|admins?|teams?|responders?|programmers?|hires?|leads?|ics?|incident commanders?))? with (?:more|any|real|actual|some|enough) (?:experience|seniority|sense|care|skill) (?:would|could)(?:n't| not| never)?(?: (?:easily|probably|certainly|surely|definitely|never|immediately))?(?: have|'ve)\b/,
    unless: /\beven (?:a|an|the|someone|somebody|anyone|anybody)\b|\bsame\b|\?\s*$|\bwould (?:also |likely |probably |still )?(?:have |'ve )?(?:missed|struggled|been fooled)/,
    examples: {
      match: [
        "A more experienced engineer would have caught this.",
        "Someone with more experience would've rolled back at once.",
      ],
      noMatch: [
        "Even a senior engineer would have been fooled by this graph.",
        "Would a more experienced engineer have acted differently with the same dashboards?",
        "A senior engineer reviews every schema change before merge.",
      ],
    },
  },
  {
    id: "counterfactual/better-off",
    category: "counterfactual",
    message: "\"X would have been better off…\" judges a person's choice with what was learned afterwards.",
    suggestions: [
      "Describe what they knew and saw when they chose, and what made the other option look worse then.",
    ],
    question: "What made the option taken look right at the time?",
    cue: "better|wiser|smarter",
    pattern: /\b(?<agent>(?!we\b|i\b|you\b)[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?<!\b(?:we|i|you|they) )would(?:\shave|'ve) been (?:much |far |a lot |way )?(?:better off|wiser|smarter)\b/u,
    agent: "person",
    examples: {
      match: [
        "With the dashboards red, Hamza would have been better off failing over to the secondary region.",
        "The on-call would've been wiser to page the database team first.",
      ],
      noMatch: [
        "The cache would have been better off with a shorter TTL.",
        "In hindsight we would have been better off with a second region, and nobody could have known that then.",
      ],
    },
  },
  {
    id: "counterfactual/cjk-hindsight",
    category: "counterfactual",
    message: "A person's action judged in hindsight in Chinese, Japanese or Korean (should have, if only they had).",
    suggestions: [
      "Describe what did happen and what was visible at the time.",
    ],
    question: "What did the situation look like to them at the time?",
    cue: "本应|本该|早该|早就|当时|当初|本来|要是|如果|假如|没有|没测|没检|没确|未经|べき|ておけ|ていれ|確認|テス|レビ|怠っ|怠り|어야|더라|확인|테스|검토|리뷰|점검",
    pattern: /(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))[^，。,；;！？]{0,10}?(?:本应该|本应|本该|早该|早就应该|早就该|当时就?应该|当初就?应该|本来应该)|(?:要是|如果|假如)(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))(?:当时|当初|早点|提前)?[^。！？]{0,30}?(?:就不会|也不会|就能避免|就可以避免|就没事)|(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))(?:根本)?(?:没有|没|未经?)(?:仔细)?(?:检查|测试|确认|评审|核对|备份|验证)(?:一下)?(?:就|便)|(?:(?:[\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,6}?(?:さん|くん|君|氏|ちゃん)|彼女?|彼ら|担当者|新人|作業者|開発者|運用担当者?|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}?(?:チーム|部門|の人たち|の連中)))[^。]{0,30}?(?:べきだった|べきでした|ておけば|ていれば|ておくべき)|(?:(?:[\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,6}?(?:さん|くん|君|氏|ちゃん)|彼女?|彼ら|担当者|新人|作業者|開発者|運用担当者?|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}?(?:チーム|部門|の人たち|の連中)))[^。]{0,20}?(?:確認せず|確認しないで|確認もせず|テストせず|テストもせず|テストしないで|レビューせず|を怠っ|を怠り)|(?:(?:[가-힣]{2,4} ?(?:씨|님)|(?!서비스|인증서|방화벽|도메인|고객|이전|이후|이번|이상|지난|정말|진짜|결국|전체|장애|설정|오류)[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][가-힣]{2}(?=[이가의는은께]| ?때문| ?탓)|그녀|그 사람|걔|담당자|신입(?: 사원)?|작업자|운영자|엔지니어|개발자|인턴|팀원|당직자|[가-힣]{1,6} ?팀(?:원)?))[^.。]{0,30}?(?:했어야|했었어야|했더라면|었더라면|았더라면)|(?:(?:[가-힣]{2,4} ?(?:씨|님)|(?!서비스|인증서|방화벽|도메인|고객|이전|이후|이번|이상|지난|정말|진짜|결국|전체|장애|설정|오류)[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][가-힣]{2}(?=[이가의는은께]| ?때문| ?탓)|그녀|그 사람|걔|담당자|신입(?: 사원)?|작업자|운영자|엔지니어|개발자|인턴|팀원|당직자|[가-힣]{1,6} ?팀(?:원)?))[^.。]{0,20}?(?:확인|테스트|검토|리뷰|점검)(?:하지 ?않고|도 ?안 ?하고|을? 안 하고|없이)/u,
    examples: {
      match: [
        "王伟本应该先在预发环境验证。",
        "张伟没有测试就直接上线了。",
        "田中さんはデプロイ前に確認するべきだった。",
        "김민준 씨가 배포 전에 확인했어야 했다.",
      ],
      noMatch: [
        "我们应该为迁移增加自动检查。",
        "如果连接池更大，服务就不会宕机。",
      ],
    },
  },
  // src/language/rules/passive-blame.yml
  {
    id: "passive_blame/lapse-passive",
    category: "passive_blame",
    message: "An agentless lapse (\"was forgotten/overlooked\") still implies somebody's failure.",
    suggestions: [
      "Name the mechanism that allowed the lapse, e.g. \"the cleanup step is manual and not tracked by the pipeline\".",
    ],
    question: "Which mechanism allowed this step to be missed?",
    cue: "forgotten|overlooked|neglected|mishandled|fumbled|botched|bungled|flubbed|messed|screwed|unchecked|unattended|unmonitored|unreviewed|unaddressed|unanswered|unacknowledged|read|acted|actioned|unheeded|unread|unactioned|glossed|mismanaged|sat|swept|lost|dropped|let|left|never|not|put|postponed|deprioriti|pushed|parked|shelved|punted|unowned|missed|submitted|filed|raised|escalated|looked|opened|allowed|double|passed|handed|relayed|forwarded|skimmed|skipped|brushed|unnoticed|removed|reverted|enabled|cleaned|written|updated|documented|communicated|rotated|renewed|closed|unfortunately",
    pattern: /\b(?:was|were|got|gets|get|been|being|is|are|went|sat|sits|lay|stayed|remained|remains)(?: (?:completely|badly|totally|thoroughly|simply|just|somehow|probably|clearly|again|entirely|totally|all|apparently|obviously|quietly|silently|conveniently|unfortunately|sadly|regrettably))* (?:forgotten|overlooked|neglected|mishandled|fumbled|botched|bungled|flubbed|messed up|screwed up|left unchecked|left unattended|left unmonitored|left unreviewed|left unaddressed|left unanswered|left unacknowledged|never read|not read|not acted (?:on|upon)|never acted (?:on|upon)|never actioned|not actioned|unanswered|unheeded|unread|unactioned|glossed over|mismanaged|sat on|swept under the (?:rug|carpet)|lost in the shuffle|dropped on the floor|let slide|left to rot|(?:allowed|left) to (?:slide|slip|rot|linger|fester|lapse)|(?:never|not) (?:once |even )?(?:double|triple)-?checked|(?:left|deployed|merged|shipped|applied|set|added|created|enabled|disabled|parked|started|opened|filed) (?:[\w'’-]+ ){0,6}?(?:and|then|and then) (?:(?:promptly|simply|just|quietly|then|soon) )?forgotten|(?:never|not) (?:[\w-]+ )?(?:merged back|followed up|acted on) (?:and|then|and then) (?:forgotten|abandoned|ignored)|(?:never|not) followed up(?:\son)?(?!\sby)|missed (?:in|during|at) (?:the |code |design |pr |peer )*reviews?|never (?:even )?(?:submitted|filed|raised|escalated|looked at)|never even (?:opened|read|sent|checked)|left (?:unread|unactioned|unheeded|unowned)|(?:put off|postponed|deprioriti[sz]ed|pushed back|parked|shelved|punted)(?:,)? (?:and|then|and then) (?:(?:simply|just|quietly|completely) )?(?:forgotten|dropped|abandoned|ignored)|unaddressed|unacknowledged|never (?:removed|reverted|re-?enabled|cleaned up|written|updated|documented|communicated|rotated|renewed|closed)|(?:never|not) (?:once |even )?(?:passed along|passed on|handed over|relayed|forwarded)|(?:skimmed|skipped|glossed) (?:past|over)|brushed aside|unnoticed (?:through|despite|in spite of) (?:[\w'’-]+ ){0,4}?(?:reminders?|warnings?|e-?mails?|alerts?|pages?|tickets?|notices?|notifications?|messages?))\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer|dedup\w*|filter|limiter|sampler|throttler|aggregator|consumer|producer|broker|queue|alertmanager|prometheus|pagerduty|opsgenie|grafana|nginx|envoy|haproxy|kubernetes|k8s|istio|rules?|polic(?:y|ies)|firewall|waf|cdn)(?!\w))/,
    examples: {
      match: [
        "The cleanup step was forgotten.",
        "The flaky test reports were glossed over for weeks.",
        "The quota request was sat on for two weeks.",
        "Details were lost in the shuffle on the bridge.",
        "The deprecation warning went unheeded for a month.",
        "The ticket sat unanswered for three days.",
        "The lag alert was overlooked overnight.",
        "The handover was fumbled.",
        "The expiring API key for the SMS provider was never followed up on.",
        "The billing job's error emails were left unread for a month.",
        "The Kubernetes upgrade was put off and then forgotten entirely.",
        "The TODO in the retry config was missed in code review.",
        "Somehow the capacity request was never submitted.",
        "The rotation of the signing key was allowed to slip for a quarter.",
        "The retention setting on the audit bucket was never double-checked.",
        "The debug sidecar got added for the load test and then forgotten.",
        "The Kafka disk-growth ticket went unaddressed for a full sprint.",
        "The failed restore drill in August was quietly swept under the rug.",
        "The upgrade note was skimmed past during the rollout.",
        "The expiring certificate went unnoticed through two weeks of reminder emails.",
        "The cleanup of the orphaned EBS volumes was unfortunately overlooked, therefore the account hit the limit.",
        "The on-call handover doc for the CDN account was never written, so nobody knew the password was rotating.",
      ],
      noMatch: [
        "The canary was allowed to drift to 5% of traffic by design.",
        "The temporary route was added and then removed after the test.",
        "The socket was never opened because the health check failed first.",
        "The taint was overlooked by the scheduler.",
        "The motion sat on the agenda for a week.",
        "The cleanup step is manual and not tracked by the pipeline.",
        "The migration was put off and then rescheduled for the quiet week.",
        "The ticket was followed up on by the vendor the next morning.",
        "The slow memory growth went unnoticed because no alert covered it.",
        "The request was handed over to the vendor on Monday.",
        "The socket was never closed by the client, so the server timed it out.",
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
    cue: "missed|skipped|dropped|opened|answered|acknowledged",
    pattern: /\b(?:alert|alarm|warning|page|notification|message|email|ticket|comment|handover|hand-off|handoff|cleanup|clean-up|follow-up|action item|sign-off|escalation|runbook step|reminder|step|deadline|renewal|renewal date|due date|expiry date|detail|thing|signs?|red flags?|symptoms?|drift|todo|request|signal|spike|anomaly|regression|trend)s?(?: (?:for|of|on|in|from|about|to)(?: [\w-]+){1,4}?)? (?:was|were|got|had been|has been|have been|went|kept getting)(?: (?:completely|simply|just|somehow|probably|again|all|apparently))* (?:missed|skipped|dropped|never (?:even )?(?:opened|answered|acknowledged))\b(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer|dedup\w*|filter|limiter|sampler|throttler|aggregator|consumer|producer|broker|queue|alertmanager|prometheus|pagerduty|opsgenie|grafana|nginx|envoy|haproxy|kubernetes|k8s|istio|rules?|polic(?:y|ies)|firewall|waf|cdn)(?!\w))/,
    examples: {
      match: [
        "The second page was missed.",
        "The cleanup step got skipped again.",
        "Warnings in the build output were missed for three releases.",
        "The early warning signs were missed at several points during the week.",
        "the ticket from the support desk was never even opened",
        "The latency regression in the canary got missed before promotion.",
      ],
      noMatch: [
        "The packets were dropped by the firewall.",
        "The heartbeat was missed twice.",
      ],
    },
  },
  {
    id: "passive_blame/note-lapse",
    category: "passive_blame",
    message: "A note that something was overlooked or neglected still implies somebody's lapse.",
    suggestions: [
      "Name the mechanism that let it slip, e.g. \"backup checks have no owner and no reminder\".",
    ],
    question: "Which mechanism let this go unnoticed, and who could see it at the time?",
    cue: "overlooked|neglected|forgotten|fumbled|botched|bungled|mishandled|flubbed|missed",
    pattern: /(?:^|: )(?:(?!(?:i|we|they|he|she|you|it|nothing|none|no|not|never|was|were|is|are|be|been|being|has|have|had|got|get|went|sat|stayed|remained)\b)[\w'’/~-]+ ){0,6}?(?:(?:overlooked|neglected|forgotten|fumbled|botched|bungled|mishandled|flubbed)(?= \(?again\b| (?:for|since|until|over|during|throughout|overnight|at|in|on|before|after|when|while|twice|repeatedly)\b|\s*[.;!]?\s*$)|missed(?= \(?again\b))(?! by (?:the |a |an |our |its )?(?:[\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer|dedup\w*|filter|limiter|sampler|throttler|aggregator|consumer|producer|broker|queue|alertmanager|prometheus|pagerduty|opsgenie|grafana|nginx|envoy|haproxy|kubernetes|k8s|istio|rules?|polic(?:y|ies)|firewall|waf|cdn)(?!\w))/,
    examples: {
      match: [
        "- Disk alert overlooked for ~6h overnight.",
        "OPS-311: certificate renewal neglected since March.",
        "- ticket for the flaky probe: overlooked again",
        "Sticky: on-call handoff fumbled at the weekend rotation",
        "- disk quota review: neglected (again)",
        "Action items: cert expiry overlooked in the quarterly review",
        "- proto compat check: missed (again)",
      ],
      noMatch: [
        "Checklist: nothing overlooked.",
        "- Retention job: forgotten partitions cleaned up.",
        "- p99 SLO: missed",
        "The header is overlooked by the parser for legacy clients.",
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
    cue: "mistakes|errors|slips|ball|cracks|stools|chairs|wayside|dropped",
    pattern: /\b(?:mistakes|errors|slips) (?:were|got|have been|had been|was) made\b|\b(?:the )?ball (?:was|got|had been|has been) dropped\b|\b(?:slipped|fell|falls|slips|falling|slipping) (?:through|between) the cracks\b|\bfell between (?:two )?(?:stools|chairs)\b|\b(?:fell|falls|fallen|falling|went) by the wayside\b|\b(?:follow-?ups?|action items?|actions?|tickets?|tasks?|handovers?|requests?)\b[^.;]{0,40}?\b(?:was|were|got) (?:simply |quietly |just )?dropped\b(?! (?:by|from|because|since|after|as|in favou?r)\b)/,
    examples: {
      match: [
        "Some mistakes got made along the way.",
        "The renewal slipped through the cracks.",
        "Minutes: the credential-rotation item from the Q2 review fell by the wayside.",
        "The follow-up action from last incident was dropped, and the same problem is repeated again today.",
      ],
      noMatch: [
        "The cracks in the design doc were fixed.",
        "The request was dropped by the proxy because the header was too large.",
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
  {
    id: "passive_blame/cjk-lapse-passive",
    category: "passive_blame",
    message: "An agentless lapse (\"was overlooked, was forgotten\") in Chinese, Japanese or Korean still implies somebody's failure.",
    suggestions: [
      "Name the mechanism that allowed the lapse, e.g. \"the cleanup step is manual and not tracked by the pipeline\".",
    ],
    question: "Which mechanism allowed this step to be missed?",
    cue: "被忽|被遗|被忘|被漏|見落|忘れ|放置|見過|간과|방치|잊혀",
    pattern: /被(?:忽略|遗漏|忘记|忽视|漏掉)|見落とされ|忘れられ|放置され|見過ごされ|간과되|간과됐|방치되|방치됐|잊혀/,
    examples: {
      match: [
        "磁盘告警被忽略了一整晚。",
        "証明書の更新が忘れられていた。",
        "경고가 밤새 방치됐다.",
      ],
      noMatch: [
        "告警在凌晨三点触发。",
        "証明書は自動で更新される。",
      ],
    },
  },
  // src/language/rules/person-as-cause.yml
  {
    id: "person_as_cause/harm-verb",
    category: "person_as_cause",
    message: "A person (or their work) is the subject of the harm; make the change or mechanism the subject.",
    suggestions: [
      "Make the change, condition or mechanism the subject, and keep the person in the timeline as a neutral actor.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "caus|got|multipl|broke|break|ground|brings|hammer|flood|overwhelm|swamp|why|tanked|fried|bricked|torched|crippled|took|takes|brought|knocked|wiped|nuked|blew|melted|crashed|killed|introduced|responsible|blame|fault|culprit|triggered|led|resulted|deleted|dropped|truncated|purged|overwrote|wrong|trigger|reason|removed|revoked|disabled|expired|corrupted|filled|cut|starved|stalled|blocked|froze|exhausted|saturated|tripped|overloaded|locked|messed|screwed|borked|hosed|trashed|destroyed|erased|clobbered|cost|flushed|emptied|purged|made|make|making",
    pattern: /\b(?:caused|causes|broke|breaks|took down(?!\s(?:the |our |a )?(?:[\w-]+ )?(?:(?:maintenance|holding|splash|placeholder|outage|downtime|incident) pages?|banners?|notices?|posts?|posters?|signs?|announcements?)\b)|takes down|brought down|knocked over|knocked out|wiped|nuked|blew away|blew up|melted down|crashed|killed(?! (?:the |a |an |that |this |those |these |every |all |each |its |both |\d+ )?(?:[\w'’-]+ ){0,2}?(?:process(?:es)?|pids?|jobs?|quer(?:y|ies)|pods?|containers?|tasks?|sessions?|connections?|transactions?|threads?|workers?|requests?|builds?|runs?|loops?|commands?|scripts?|shells?|cursors?|backends?|statements?|consumers?|runners?)\b)|took out|flushed(?! (?:the |a |an |all |every |our |its |those |these |\d+ )?(?:[\w'’-]+ ){0,2}?(?:poison|dead[- ]letter|dlqs?\b|stale|stuck|orphaned|hung|duplicated?|malformed|expired))|emptied(?! (?:the |a |an |all |every |our |its |those |these |\d+ )?(?:[\w'’-]+ ){0,2}?(?:poison|dead[- ]letter|dlqs?\b|stale|stuck|orphaned|hung|duplicated?|malformed|expired))|purged(?! (?:the |a |an |all |every |our |its |those |these |\d+ )?(?:[\w'’-]+ ){0,2}?(?:poison|dead[- ]letter|dlqs?\b|stale|stuck|orphaned|hung|duplicated?|malformed|expired))|corrupted|messed up|screwed up|borked|hosed|tanked|fried|bricked|torched|crippled|trashed|destroyed|erased|clobbered|(?:took|takes|brought|brings|knocked|knocks) (?:[\w'’-]+ ){1,3}?(?:down|offline|out|over)|(?:brought|brings|ground) (?:[\w'’-]+ ){0,3}?to (?:a (?:halt|standstill|crawl|stop)|its knees|their knees)|melted (?:the |our |every |all )?(?:[\w-]+ ){0,2}?(?:service|services|cluster|clusters|database|db|brokers?|api|site|queue|nodes?|servers?)\b|(?:hammered|hammering|flooded|flooding|overwhelmed|swamped|dos'?d|ddos'?ed) (?:the |our )?(?:prod|production|primary|database|db|cluster|api|queue|brokers?)\b|cut off (?:every|all|the)|locked (?:up )?(?:the )?(?:[\w-]+ )?(?:table|tables|database|db|cluster)\b|locked (?:[\w'’-]+ ){1,3}?out|filled (?:up )?the (?:disks?|volumes?|queues?|logs?)|introduced (?:the|a|an|this) (?:[\w-]+ )?(?:bug|regression|outage|issue|problem|incident|failure|defect|breakage|leak|deadlock|race|race condition|panic|crash|vulnerability)|(?:is|was|are|were) (?:directly |solely |ultimately |entirely |partly )?responsible for (?:the |this |that |our |today's |yesterday's )?(?:[\w-]+ ){0,3}?(?:outage|incident|failure|downtime|breakage|data loss|mess|errors|regression|page|problem|sev ?\d)(?![\w-])(?! (?:reviews?|reports?|process(?:es)?|rotas?|response|meetings?|calls?|channels?|retros?|post-?mortems?|runbooks?|management|handling|comms|communications?|tooling|docs?|pages?|budgets?|drills?|tickets?|updates?|notes?|write-?ups?))|got (?:us|the company|our [\w-]+(?: [\w-]+)?) (?:rate-?limited|throttled|blocked|banned|blacklisted|blocklisted|suspended|cut off)|multiplied (?:the |our )?(?:traffic|load|requests|calls|writes|retries|connections)|(?:is|was|are|were) (?:to blame|at fault|the culprit)|triggered (?:the|this|that) (?:outage|incident|failure|cascade)|led to (?:the|this|that) (?:outage|incident|failure|downtime)|resulted in (?:the|this|that) (?:outage|incident|downtime)|(?:is|was) what (?:caused|causes|broke|breaks|took down(?!\s(?:the |our |a )?(?:[\w-]+ )?(?:(?:maintenance|holding|splash|placeholder|outage|downtime|incident) pages?|banners?|notices?|posts?|posters?|signs?|announcements?)\b)|takes down|brought down|knocked over|knocked out|wiped|nuked|blew away|blew up|melted down|crashed|killed(?! (?:the |a |an |that |this |those |these |every |all |each |its |both |\d+ )?(?:[\w'’-]+ ){0,2}?(?:process(?:es)?|pids?|jobs?|quer(?:y|ies)|pods?|containers?|tasks?|sessions?|connections?|transactions?|threads?|workers?|requests?|builds?|runs?|loops?|commands?|scripts?|shells?|cursors?|backends?|statements?|consumers?|runners?)\b)|took out|flushed(?! (?:the |a |an |all |every |our |its |those |these |\d+ )?(?:[\w'’-]+ ){0,2}?(?:poison|dead[- ]letter|dlqs?\b|stale|stuck|orphaned|hung|duplicated?|malformed|expired))|emptied(?! (?:the |a |an |all |every |our |its |those |these |\d+ )?(?:[\w'’-]+ ){0,2}?(?:poison|dead[- ]letter|dlqs?\b|stale|stuck|orphaned|hung|duplicated?|malformed|expired))|purged(?! (?:the |a |an |all |every |our |its |those |these |\d+ )?(?:[\w'’-]+ ){0,2}?(?:poison|dead[- ]letter|dlqs?\b|stale|stuck|orphaned|hung|duplicated?|malformed|expired))|corrupted|messed up|screwed up|borked|hosed|tanked|fried|bricked|torched|crippled|trashed|destroyed|erased|clobbered|(?:took|takes|brought|brings|knocked|knocks) (?:[\w'’-]+ ){1,3}?(?:down|offline|out|over)|(?:brought|brings|ground) (?:[\w'’-]+ ){0,3}?to (?:a (?:halt|standstill|crawl|stop)|its knees|their knees)|melted (?:the |our |every |all )?(?:[\w-]+ ){0,2}?(?:service|services|cluster|clusters|database|db|brokers?|api|site|queue|nodes?|servers?)\b|(?:hammered|hammering|flooded|flooding|overwhelmed|swamped|dos'?d|ddos'?ed) (?:the |our )?(?:prod|production|primary|database|db|cluster|api|queue|brokers?)\b|cut off (?:every|all|the)|locked (?:up )?(?:the )?(?:[\w-]+ )?(?:table|tables|database|db|cluster)\b|locked (?:[\w'’-]+ ){1,3}?out|filled (?:up )?the (?:disks?|volumes?|queues?|logs?)|triggered|filled|locked|blocked|corrupted|deleted|dropped|stalled|overloaded|exhausted|flooded|froze|starved|saturated|tripped)|cost (?:us|the company|customers|our [\w-]+|the business)|(?:deleted|dropped|truncated|purged|overwrote) (?:the )?(?:production |prod |live |customer |users? |orders? |main |primary )?(?:prod|production|database|table|bucket|volume|namespace|cluster|data|index|topic|tenant|customer data|partitions?|shards?|keyspace|schema|session table)|(?:deleted|dropped|removed|truncated|overwrote|wiped|deployed|pushed|ran|applied|restarted|rebooted|edited|shipped|merged|killed|targeted|rotated|flipped|changed|revoked|disabled|deactivated|terminated|drained|cordoned|promoted|reverted|rolled back|failed over|scaled down|patched|upgraded|migrated) (?:the |a )?wrong\b|(?:was|is|are|were) (?:the |a )?(?:(?:main|real|whole|only|sole|direct) )?(?:trigger|cause|root cause|culprit|proximate cause|reason)\b(?!(?: that| why)? (?:we|i|you|they|the team|everyone|nobody)\b)(?![^.;]{0,40}\b(?:caught|fixed|recovered|found|noticed|restored|saved|survived|avoided|detected|spotted|resolved|mitigated|improved|sped)\b)|(?:removed|deleted|revoked) (?:the |all |every |our )?(?:live|production|prod|active|valid) (?:certificates?|certs?|keys?|credentials?|tokens?|data|database|backups?|records?|secrets?)\b|(?:is|was) (?:the reason |exactly |precisely )?why (?:the |our )?[\w-]+(?: [\w-]+)? (?:died|broke|failed|went down|crashed|fell over|stopped working|fell apart|went dark)|(?:made|makes|make|making) (?:it|things|this|that|matters|everything|(?:the|our|this|that) (?:[\w-]+ )?(?:outage|incident|situation|impact|problem|damage|backlog|lag|latency|spike|errors|storm|contention|pressure|load)) (?:(?:much|a lot|far|even|considerably|significantly|so much|ten times) )*worse)\b/,
    agent: "person",
    examples: {
      match: [
        "Hugo's wrong port caused the health checks to fail.",
        "The toggle by Anika is what caused the spike.",
        "Bob broke the build twice this week.",
        "Responder 3's change broke payments.",
        "The incident commander's decision made it worse.",
        "Lwazi's backfill brought the billing queue to a standstill.",
        "The analytics squad was hammering the primary with a full export.",
        "Kwame revoked the wrong signing key during the rotation.",
      ],
      noMatch: [
        "The rotation job revoked the wrong key because the key ids sorted as strings.",
        "The retry storm caused the spike.",
        "The retry storm flooded the queue and brought checkout to a crawl.",
        "Zoran took down the maintenance page at 09:00 once checkout recovered.",
        "The certificate manager should have renewed the cert; that is its documented default.",
        "The manifest had the wrong port.",
        "The retry storm made the backlog worse.",
        "Kiri killed the hung backup process at 04:10 and writes resumed.",
        "At 14:05 we purged the poison messages and the consumers caught up.",
        "Amara flushed the stale entries from the cache and prices were right again.",
      ],
    },
  },
  {
    id: "person_as_cause/shipped-defect",
    category: "person_as_cause",
    message: "A person is the subject of shipping a defective artefact; make the artefact and the path it took the subject.",
    suggestions: [
      "Make the artefact the subject (\"A config with … reached production\"), and say which checks it passed through.",
    ],
    question: "What made this change look safe at the time it was made, and which checks did it pass?",
    cue: "pushed|shipped|deployed|merged|applied|released|committed|landed|rolled|uploaded|checked",
    pattern: /\b(?:pushed|shipped|deployed|merged|applied|released|committed|landed|rolled out|uploaded|checked in)(?: out)? (?:a |an |the |that |this |his |her |their |some )?(?:bad|broken|faulty|buggy|defective|corrupt(?:ed)?|malformed|invalid|bogus|busted) (?:[\w-]+ )?(?:configs?|configuration|builds?|code|commits?|changes?|patch(?:es)?|migrations?|releases?|versions?|images?|manifests?|charts?|templates?|rules?|schemas?|files?|binar(?:y|ies)|artifacts?|artefacts?|deploys?|updates?|fix(?:es)?|hotfix(?:es)?|prs?|values|settings|certs?|certificates?|keys?)\b/,
    agent: "person",
    examples: {
      match: [
        "The deploy author pushed a bad config.",
        "Reviewer 2 merged a broken migration on Friday.",
      ],
      noMatch: [
        "The pipeline pushed a bad config to every region.",
        "Tama pushed a fix for the broken config at 10:12.",
      ],
    },
  },
  {
    id: "person_as_cause/because-of",
    category: "person_as_cause",
    message: "The outage is attributed to a person; attribute it to the change or condition instead.",
    suggestions: [
      "Name the change or condition, e.g. \"A change to the proxy timeouts (PR #…) reduced …\".",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "because|bc|cuz|cos|from|due|owing|account|down|traced|traces|tracing|blame|fault|came|comes|stems|stemmed|originated|originates",
    pattern: /\b(?:because of|due to|thanks to|down to|(?:came|comes|coming) from) (?:the|a|an|that|this) (?:[\w-]+ ){1,3}?(?:that |which )?(?<agent2>[\p{L}\p{M}'’-]+) (?:wrote|added|introduced|shipped|pushed|merged|built|configured|set up|hard-?coded|left|made|put|did|ran|applied)\b|\b(?:because of|bc of|cuz of|cos of|due to|owing to|on account of|(?:is|are|was|were|all) (?:(?:entirely|largely|mostly|squarely|all|partly|solely|directly) )?down to|trac(?:ed|es|ing) (?:[\w'’-]+ ){0,3}?(?:back )?to|blame (?:it |this |that )?on|blamed on|the fault of|(?:came|comes|stems|stemmed|originated|originates) from) (?<agent>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?<!(?:^|[\s(])(?:the|a|an|by|of|for|to|in|on|our|their|his|her|its|my|your))(?= [\p{L}-]+ing\b))|\b(?:spikes?|errors?|throttling|outages?|latency|bills?|timeouts?|failures?|5\d\ds|pages|lag|drops?|loss|crash(?:es)?|downtime|slowdown)\b[^.;]{0,40}?\b(?:is|are|was|were|came|comes) (?:all |entirely |mostly )?from (?<agent3>@?[\p{L}\p{M}][\p{L}\p{M}.’'-]*[\p{L}\p{M}](?: [\p{L}\p{M}’'-]+)?) (?=\p{L}+ing\b)|\b(?:spikes?|errors?|throttling|outages?|latency|bills?|timeouts?|failures?|5\d\ds|pages|lag|drops?|loss|crash(?:es)?|downtime|slowdown)\b[^.;]{0,40}?\b(?:is|are|was|were|came|comes) (?:all |entirely |mostly )?from (?<agent4>@?[\p{L}\p{M}][\p{L}\p{M}.-]*)['’]s (?:[\w-]+ ){0,2}?(?:reload|change|deploy|deployment|push|commit|migration|script|rewrite|flag flip|flag|config|pr|merge|edit|update|rollout|restart|upgrade|patch)\b/u,
    agent: "person",
    examples: {
      match: [
        "Because of Kenji, every pod in us-west restarted at once.",
        "The checkout errors are down to Ilse's change to the proxy timeouts.",
        "[11:42] leilani: checkout is down bc of Mindaugas lol, his flag flip just routed 100% to the canary",
        "The instability in the cluster came from the deploy that Thiago made on Friday night.",
        "Not to point fingers, but every one of these drift incidents traces back to Kaveh hand-editing the state file.",
        "[02:14] rhys: ok found it, the 502s are all from Farida's nginx reload",
        "The SMS bill tripled because of the retry loop Ayelet wrote into the notification worker.",
      ],
      noMatch: [
        "Because of the cache stampede, every pod restarted.",
        "The bill tripled because of the retry loop the client library added in version 3.",
        "We scaled down to 3 replicas.",
      ],
    },
  },
  {
    id: "person_as_cause/on-person",
    category: "person_as_cause",
    message: "Saying the incident \"is on\" a person places the cause in them.",
    suggestions: [
      "Describe the change and the conditions that let it cause harm.",
    ],
    question: "What would have made this harmless no matter who made the change?",
    cue: "on",
    pattern: /\b(?:this|that|it|(?:(?:most|all|some|much|part|half) of )?(?:the|this|that) (?:whole |entire )?(?:[\w-]+ ){0,2}?(?:outages?|incidents?|failures?|downtime|breakage|data loss|mess|errors?|crash(?:es)?|cascade|meltdown|stampede|storm|spike|wedge|backlog|brownout|blackout|corruption|leak|double-charges?|overload|pile-?up|5xxs?|5\d\ds|4\d\ds|timeouts|disruption|degradation|problems?|trouble|chaos|sev ?\d|damage)(?: (?:in|on|of|at) [\w -]{1,30}?)?)(?: one)?(?: is|'s|’s| was) (?:all |squarely |entirely |totally |100% )?on (?<agent>[\p{L}'’ -]{1,30}?)(?=$|[,;.?!]| (?:and|but|for|because)\b)/u,
    agent: "person",
    examples: {
      match: [
        "Honestly, this one is on Sebastián.",
        "Honestly, this whole mess is on Sipho.",
        "The queue wedge on Thursday is on 田中, who paused the consumer group.",
      ],
      noMatch: [
        "This one is on the roadmap for next quarter.",
        "The error spike on Thursday is on the dashboard linked below.",
      ],
    },
  },
  {
    id: "person_as_cause/real-cause",
    category: "person_as_cause",
    message: "A person is named as the real cause; name the mechanism instead.",
    suggestions: [
      "Name the mechanism and the conditions; keep the person as a neutral actor in the timeline.",
    ],
    question: "Which conditions let this action do harm?",
    cue: "real|actual|true|main|culprit|root|cause",
    pattern: /\b(?:(?:real|actual|true|main) (?:cause|culprit|reason|problem|issue)|the (?:problem|issue) (?=was|is)|root of (?:this|the|it all)(?: whole)?(?: (?:mess|problem|issue|outage|incident|thing))?)(?: here)?(?: (?:was|is)|:)+ (?<agent>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?<!(?:^|[\s(])(?:the|a|an|by|of|for|to|in|on|our|their|his|her|its|my|your))(?= [\p{L}-]+ing\b))|\bthe culprit (?:was|is) (?<agent2>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|\b(?:(?:real|actual|true|main|root|underlying|primary|direct) )?cause of (?:the |this |that |our |last night's |today's )?[\w -]{1,50}?(?: (?:was|is)|:) (?<agent3>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?<!(?:^|[\s(])(?:the|a|an|by|of|for|to|in|on|our|their|his|her|its|my|your))(?= [\p{L}-]+ing\b))/u,
    agent: "person",
    examples: {
      match: [
        "The real cause of the queue backlog was Oyelaran, who paused the consumers.",
        "- cause of the cache stampede: Keoni's TTL change",
        "The real cause was Tomás.",
      ],
      noMatch: [
        "The real problem was the retry policy.",
        "The root cause of the certificate expiry was a renewal job pointed at the old path.",
        "cause of the stampede: the TTL change in the cache layer",
      ],
    },
  },
  {
    id: "person_as_cause/harm-is-work",
    category: "person_as_cause",
    message: "The harm is equated with a person's work; name the change and the conditions that let it do harm.",
    suggestions: [
      "Name the change itself (\"The change to the pool size at 14:02 …\") and ask what let it do harm.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "outage|incident|meltdown|stampede|storm|breakage|downtime|error|errors|failure|failures|crash|crashes|spike|timeouts|500s|502s|503s|504s|5xx|5xxs|corruption|leak|wedge|backlog|brownout|blackout|overload|disruption|degradation|problem|problems|trouble|chaos|mess|double-charge|double-charges|pile-up|pileup|cascade|data loss|400s|403s|404s|429s",
    pattern: /\b(?:outages?|incidents?|failures?|downtime|breakage|data loss|mess|errors?|crash(?:es)?|cascade|meltdown|stampede|storm|spike|wedge|backlog|brownout|blackout|corruption|leak|double-charges?|overload|pile-?up|5xxs?|5\d\ds|4\d\ds|timeouts|disruption|degradation|problems?|trouble|chaos|sev ?\d)\b[^.;?=]{0,30}? ?(?:=|->|→) (?<agent>[\p{L}\p{M}-]+['’]s) (?:[\w-]+ ){0,3}?(?:change|changes|tweak|tweaks|commit|deploy|push|edit|fix|patch|script|migration|rollout|config|pr|refactor|upgrade|query|hack|mistake)\b|\b(?:outages?|incidents?|failures?|downtime|breakage|data loss|mess|errors?|crash(?:es)?|cascade|meltdown|stampede|storm|spike|wedge|backlog|brownout|blackout|corruption|leak|double-charges?|overload|pile-?up|5xxs?|5\d\ds|4\d\ds|timeouts|disruption|degradation|problems?|trouble|chaos|sev ?\d)s? (?:was|were|is|are) (?:all |just |entirely )?(?<agent2>[\p{L}\p{M}-]+['’]s) (?:[\w-]+ ){0,3}?(?:change|changes|tweak|tweaks|commit|deploy|push|edit|fix|patch|script|migration|rollout|config|pr|refactor|upgrade|query|hack|mistake)\b/u,
    agent: "person",
    agentAt: "group",
    examples: {
      match: [
        "Sticky: checkout meltdown = Benedek's pool tweak",
        "Closing this, the 504s were Thiago's ingress change again.",
      ],
      noMatch: [
        "latency spike = GC pauses in the indexer",
        "The 502s were the load balancer's health check change.",
        "The errors were nginx's buffer change, not the app.",
      ],
    },
  },
  {
    id: "person_as_cause/cleft",
    category: "person_as_cause",
    message: "\"It was X who…\" singles out a person as the cause.",
    suggestions: [
      "Say what happened and what made it possible, without singling out who did it.",
    ],
    question: "What made this action possible and likely?",
    cue: "caused|broke|took|brought|deleted|pushed|merged|deployed|changed|flushed|introduced|triggered|forgot|missed|messed|screwed|wiped|nuked|corrupted|knocked|crashed|killed|filled|dropped",
    pattern: /\bit(?: was| is|'s|’s) (?<agent>[^,;.?!:()]{1,40}?) (?:who|that) (?:caused|broke|took|brought|deleted|pushed|merged|deployed|changed|flushed|introduced|triggered|forgot|missed|messed|screwed|wiped|nuked|corrupted|knocked|crashed|killed|filled|dropped)\b/,
    agent: "person",
    examples: {
      match: [
        "It was Lars who pushed the bad config.",
      ],
      noMatch: [
        "It was the cache that evicted the sessions.",
        "It was Lars who paged the secondary.",
      ],
    },
  },
  {
    id: "person_as_cause/because-person-did",
    category: "person_as_cause",
    message: "The failure is explained by what a person did; explain it by the change and its conditions.",
    suggestions: [
      "Make the action the subject (\"A manual flush of the cache at 12:10 …\") and ask what let it do harm.",
    ],
    question: "What let this action do harm, and what would have contained it?",
    cue: "because|bc|cuz|coz",
    pattern: /\b(?:because|bc|cuz|coz) (?<agent>(?!we\b|i\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?) (?:flushed|deleted|pushed|restarted|changed|turned off|disabled|removed|dropped|deployed|merged|applied|killed|rebooted|typed|misconfigured|broke|shipped|wiped|truncated|reverted|force-pushed|overwrote|edited|modified|bumped|upgraded|downgraded|drained|cordoned|stopped|ran|executed|kicked off|reran|re-ran|rotated|promoted|paused|purged|flipped|toggled|switched|released|rolled out|enabled|triggered|resized|scaled (?:down|up|in|out|to)|(?:didn't|didn’t|did not|never|wouldn't|would not) (?:listen|check|test|wait|read|ask|look|follow|bother))\b/u,
    agent: "person",
    examples: {
      match: [
        "Our Redis cluster went down because the cache team flushed it mid-day.",
        "The billing job charged customers twice because Chinedu reran it by hand.",
      ],
      noMatch: [
        "I drained the node because the patching runbook says to.",
        "Latency rose because we deployed v2.",
        "Latency recovered because the autoscaler scaled out to twelve pods.",
      ],
    },
  },
  {
    id: "person_as_cause/harm-after-person-did",
    category: "person_as_cause",
    message: "The failure is dated by what a person did; date it by the change and say what let the change do harm.",
    suggestions: [
      "Name the change as the event (\"The tokio upgrade reached production at 14:02 …\") and ask what let it do harm.",
    ],
    question: "What let this change do harm, and what would have caught it first?",
    cue: "outage|outages|incident|downtime|errors|error|failures|failure|crash|crashes|crashed|degradation|slowdown|disruption|5xx|503s|500s|broke|failed|failing|went",
    pattern: /\b(?:outages?|incidents?|downtime|errors?|failures?|crash(?:es|ed)?|degradation|slowdown|disruption|5xx|50[0-4]s|broke|failed|failing|went down|started failing)\b[^.;!?]{0,40}?\b(?:after|when|once|right after|just after|shortly after|minutes after|as soon as) (?<agent>(?!we\b|i\b|you\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?) (?:deployed|pushed|force-pushed|merged|shipped|released|rolled out|applied|changed|edited|upgraded|downgraded|bumped|restarted|rebooted|deleted|dropped|removed|wiped|truncated|disabled|enabled|turned off|flipped|ran|executed|drained|killed|touched|tweaked|fiddled with|messed with|played with|poked at|modified|reconfigured|toggled|got involved|took over)\b/u,
    agent: "person",
    agentAt: "group",
    unless: /\b(?:stopped|ended|cleared|recovered|resolved|subsided|went away|disappeared|back to normal|returned to normal|fell back|dropped back|eased|was mitigated)\b/,
    examples: {
      match: [
        "Checkout outage after Siobhán deployed the tokio upgrade",
        "The API started failing right after the platform team drained the nodes.",
      ],
      noMatch: [
        "Checkout outage after the pipeline deployed the tokio upgrade",
        "Errors stopped after Priya restarted the consumers.",
        "The outage began after we deployed v2.",
      ],
    },
  },
  {
    id: "person_as_cause/caused-by-person",
    category: "person_as_cause",
    message: "A passive with a person (or their work) as the \"by\" agent still names them as the cause.",
    suggestions: [
      "Make the change or mechanism the subject (\"A change to the retention settings removed …\") and ask what let it do harm.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "caused|broken|wiped|corrupted|introduced|brought|taken|knocked|deleted|dropped|truncated|overwritten|misconfigured",
    pattern: /\b(?:caused|broken|wiped|corrupted|introduced|brought down|taken down|knocked out|deleted|dropped|truncated|overwritten|misconfigured)(?: (?:entirely|directly|solely|ultimately|mostly|partly|largely|accidentally|mistakenly))? by (?<agent>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?<!(?:^|[\s(])(?:the|a|an|by|of|for|to|in|on|our|their|his|her|its|my|your))(?= [\p{L}-]+ing\b))/u,
    agent: "person",
    examples: {
      match: [
        "The outage was caused by Bat-Erdene.",
        "The corrupted backups were caused by Shirin's retention change.",
        "The outage was caused by the data team's backfill.",
        "The DNS zone was deleted by Krzysztof during the registrar migration.",
      ],
      noMatch: [
        "The stale rows were deleted by the cleanup job.",
        "The spike was caused by a retry storm.",
        "The change was approved by Chaminda and deployed by the pipeline.",
      ],
    },
  },
  {
    id: "person_as_cause/work-by-person-harmed",
    category: "person_as_cause",
    message: "A change named by the person who made it (\"the deploy by …\") is the subject of the harm, which names them as its cause.",
    suggestions: [
      "Make the change the subject without its author (\"The deploy at 14:02 triggered …\") and ask what let it do harm.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "triggered|caused|broke|took|brought|started|led|knocked|wiped|deleted|corrupted|overloaded|crashed|killed|kicked|set",
    pattern: /\b(?:the|a|an|that|this|one) (?:[\w-]+ )?(?:deploy(?:ment)?|change|migration|push|merge|commit|release|script|hotfix|rollout|edit|patch|pr|pull request|update|upgrade|query|command|backfill|cleanup|restart|reload) by (?<agent>[^,;.?!:()]{1,40}?) (?:(?:then|directly|ultimately|apparently|eventually) )?(?:triggered|caused|broke|took down|brought down|started|led to|knocked out|wiped|deleted|corrupted|overloaded|crashed|killed|kicked off|set off)\b/,
    agent: "person",
    examples: {
      match: [
        "The schema change by Oyelaran broke the reporting jobs.",
        "A config push by Mireille then took down the edge proxies.",
      ],
      noMatch: [
        "The deploy by the pipeline triggered the canary analysis.",
        "The migration by the nightly job caused lock contention on the orders table.",
      ],
    },
  },
  {
    id: "person_as_cause/by-person-which-is-why",
    category: "person_as_cause",
    message: "A passive naming a person, with the harm as its result, names them as the cause.",
    suggestions: [
      "Make the change the subject and ask what let it do harm (\"The rotation replaced the secrets while services held the old ones\").",
    ],
    question: "What let this change do harm, and what would have made it safe?",
    cue: "why|how|led|caused",
    pattern: /\bby (?<agent>[^,;.?!:()]{1,40}?),? (?:which|and that|and this|and it) (?:is (?:why|how)|was (?:why|how)|(?:then )?(?:led to|caused|triggered))\b[^.;]{0,50}?\b(?:failed|failing|fail|broke|broken|went down|go down|crashed|outage|errors?|timed out|timeouts?|lost|dropped|stopped|stalled|rejected|evicted|paged)\b/,
    agent: "person",
    examples: {
      match: [
        "The TLS certificates were replaced by Yohannes, which is why every mobile client failed the handshake.",
        "The queue was purged by Anneli and that caused the lost orders.",
      ],
      noMatch: [
        "The change was approved by Chaminda, which is why we could ship before the weekend.",
        "The keys were rotated by the vault operator, which is why the old tokens failed.",
      ],
    },
  },
  {
    id: "person_as_cause/thanks-to",
    category: "person_as_cause",
    message: "\"Thanks to <person>\" said of the harm names them as its cause.",
    suggestions: [
      "Name the change or condition that caused the harm, and keep the person in the timeline as a neutral actor.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "thanks|thank",
    pattern: /\b(?:lost|down|broken|broke|outage|downtime|failed|failing|crashed|errors?)\b[^.;]{0,60}\bthanks to (?<agent>(?:(?! for\b)[^,;.?!:()]){1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))(?! for\b)|^thanks to (?<agent2>[^,;.?!:()]{1,40}?), (?![^.;]*\b(?:avoid|prevent|back|recover|restor|sav|caught|without|no |quick|fast|early)\w*)[^.;]{0,60}\b(?:lost|down|broke|broken|outage|downtime|failed|failing|crashed|paged)\b|\b(?:we|you|everyone) can (?:all )?thank (?<agent3>[^,;.?!:()]{1,40}?) for (?:the|this|that|our|today's|last night's) (?:outage|incident|downtime|mess|pages?|breakage|data loss|errors?|wake-up call)\b/,
    agent: "person",
    examples: {
      match: [
        "We lost two hours of orders thanks to Debashish.",
      ],
      noMatch: [
        "The outage ended quickly thanks to Priya for spotting the flag.",
        "Errors dropped thanks to the new retry policy.",
      ],
    },
  },
  {
    id: "person_as_cause/blame-lies-with",
    category: "person_as_cause",
    message: "Placing the blame or fault with a person names them as the cause.",
    suggestions: [
      "Name the change or condition, and the factors that let it do harm.",
    ],
    question: "Which conditions let this action do harm?",
    cue: "blame|fault|responsibility",
    pattern: /\b(?:blame|fault|responsibility for (?:the |this |that |our )?(?:outage|incident|failure|downtime|data loss|breakage|mess|damage|errors?))\b[^.;]{0,40}?\b(?:rests|rested|lies|lay|sits|sat|falls|fell|belongs|is|was|goes|went|lands|landed) (?:squarely |entirely |solely |firmly |fully )?(?:with|on|to) (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))/,
    agent: "person",
    examples: {
      match: [
        "The blame for the outage rests with Ilkka.",
        "Responsibility for the data loss lies with Oyelaran.",
      ],
      noMatch: [
        "Responsibility for the rollout lies with the release team.",
        "The fault lies with the retry policy.",
      ],
    },
  },
  {
    id: "person_as_cause/persons-fault",
    category: "person_as_cause",
    message: "Calling the incident a person's fault or doing names them as its cause.",
    suggestions: [
      "Name the change or condition, and the factors that let it do harm.",
    ],
    question: "Which conditions let this action do harm?",
    cue: "fault|doing",
    pattern: /\b(?<agent>(?!nobody|no one|no-one|anyone|anybody|noone)[\p{L}-]+)['’]s (?:fault|doing)\b/u,
    agent: "person",
    examples: {
      match: [
        "yeah that was defo Emeka's fault",
        "The investigation found that the outage was entirely Kalea's doing.",
      ],
      noMatch: [
        "It was nobody's fault.",
      ],
    },
  },
  {
    id: "person_as_cause/harm-triggered-by",
    category: "person_as_cause",
    message: "The harm is said to be triggered or started by a person; name the change or mechanism instead.",
    suggestions: [
      "Make the change or mechanism the subject and ask what let it do harm.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "triggered|started|kicked",
    pattern: /\b(?:outages?|incidents?|failures?|downtime|breakage|data loss|mess|errors?|crash(?:es)?|cascade|meltdown|stampede|storm|spike|wedge|backlog|brownout|blackout|corruption|leak|double-charges?|overload|pile-?up|5xxs?|5\d\ds|4\d\ds|timeouts|disruption|degradation|problems?|trouble|chaos|sev ?\d)\b[^.;]{0,20}?\b(?:was|were|got) (?:triggered|started|kicked off|set off|caused) by (?<agent>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?<!(?:^|[\s(])(?:the|a|an|by|of|for|to|in|on|our|their|his|her|its|my|your))(?= [\p{L}-]+ing\b))/u,
    agent: "person",
    examples: {
      match: [
        "The outage was triggered by Cyrus deploying during the freeze.",
        "The CDN purge storm was triggered by the web platform team, not by the origin.",
      ],
      noMatch: [
        "The failover was triggered by Inti at 10:02.",
        "The outage was triggered by a leaked token report.",
      ],
    },
  },
  {
    id: "person_as_cause/on-watch",
    category: "person_as_cause",
    message: "\"On X's watch\" or \"the moment X touched it\" places the cause in a person.",
    suggestions: [
      "Name the change or condition, and what let it do harm.",
    ],
    question: "Which conditions let this action do harm?",
    cue: "watch|moment|minute|second|soon",
    pattern: /\bon (?<agent>[\p{L}-]+['’]s|his|her|their) watch\b|\b(?:the (?:moment|minute|second)|as soon as) (?<agent2>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:touched|changed|deployed|pushed|merged|got involved|logged in|took over)\b/u,
    agent: "person",
    examples: {
      match: [
        "The outage happened on Abebe's watch.",
        "The rollout went sideways the moment Chen touched the flags.",
      ],
      noMatch: [
        "The moment the cache warmed up, latency fell.",
      ],
    },
  },
  {
    id: "person_as_cause/i-blame",
    category: "person_as_cause",
    message: "Blaming a person by name names them as the cause.",
    suggestions: [
      "Name the change or condition, and the factors that let it do harm.",
    ],
    question: "Which conditions let this action do harm?",
    cue: "blame",
    pattern: /(?:^|\b(?:i|we|you|they|everyone|people)(?: (?!don't|dont|never|won't|can't|cannot|didn't|not|shouldn't)[\w'’]+){0,2} )blame (?<agent>(?!it\b|this\b|that\b|nobody\b|no one\b|anyone\b)[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$)))/,
    agent: "person",
    examples: {
      match: [
        "Honestly I blame Pradeep.",
        "We can blame Yohannes for this one.",
        "Blame Ikaika, he pushed it.",
      ],
      noMatch: [
        "We don't blame Priya for this.",
        "I blame the retry policy.",
      ],
    },
  },
  {
    id: "person_as_cause/started-with",
    category: "person_as_cause",
    message: "The harm is said to start with a person or their work; name the change or mechanism instead.",
    suggestions: [
      "Make the change or mechanism the subject and ask what let it do harm.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "started|began|begins|starts|kicked",
    pattern: /(?:\b(?:outages?|incidents?|failures?|downtime|breakage|data loss|mess|errors?|crash(?:es)?|cascade|meltdown|stampede|storm|spike|wedge|backlog|brownout|blackout|corruption|leak|double-charges?|overload|pile-?up|5xxs?|5\d\ds|4\d\ds|timeouts|disruption|degradation|problems?|trouble|chaos|sev ?\d)\b[^.;?]{0,20}?|\b(?:everything|all) that went wrong\b[^.;?]{0,40}?|\bwhat went wrong\b[^.;?]{0,40}?)\b(?:all )?(?:started|starts|began|begins|kicked off) with (?<agent>[^,;.?!:()]{1,40}?)(?:(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are|lol|lmao|smh|haha|tbh|ngl|fwiw)(?=[\s,;.!?]|$))|(?<!(?:^|[\s(])(?:the|a|an|by|of|for|to|in|on|our|their|his|her|its|my|your))(?= [\p{L}-]+ing\b))/u,
    agent: "person",
    examples: {
      match: [
        "This whole mess started with Ekaterina's hotfix.",
        "Everything that went wrong with the release started with Paulo, who shipped the build with the test key.",
      ],
      noMatch: [
        "The outage started with a certificate expiry.",
        "The incident began with an alert at 03:12.",
        "Everything that went wrong started with the expired certificate on the edge.",
      ],
    },
  },
  {
    id: "person_as_cause/on-department",
    category: "person_as_cause",
    message: "A team named by its department (\"this one is on platform\", \"blame infra\") is placed as the cause; name the change or mechanism instead.",
    suggestions: [
      "Name the change or condition, and the factors that let it do harm.",
    ],
    question: "Which conditions let this change do harm, whichever team made it?",
    cue: "platform|infra|security|networking|network|data|payments|billing|mobile|web|frontend|backend|ops|devops|sre|dba|qa|marketing|product|design|support",
    pattern: /\b(?:this|that|it|(?:the|this|that) (?:outage|incident|downtime|breakage|mess|failure))(?: one)?(?: is|'s|’s| was) (?:all |squarely |entirely |totally |100% )?on (?:platform|infra|infrastructure|security|networking|network|data|payments|billing|mobile|web|frontend|backend|ops|devops|sre|dba|qa|marketing|product|design|support)(?=$|[,;.?!]| (?:and|but|for|again|as usual)\b)|(?<!(?:n't|n’t|not|never|no) )\bblame(?:d)? (?:it |this |that )?(?:on )?(?:platform|infra|infrastructure|security|networking|network|data|payments|billing|mobile|web|frontend|backend|ops|devops|sre|dba|qa|marketing|product|design|support)(?=$|[,;.?!]| (?:and|but|for|again|as usual)\b)|\b(?:lost|down|broken|broke|outage|downtime|failed|failing|crashed|errors?)\b[^.;]{0,60}\bthanks to (?:platform|infra|infrastructure|security|networking|network|data|payments|billing|mobile|web|frontend|backend|ops|devops|sre|dba|qa|marketing|product|design|support)(?=$|[,;.!]| (?:and|but|again|as usual)\b)|\b(?:platform|infra|infrastructure|security|networking|network|data|payments|billing|mobile|web|frontend|backend|ops|devops|sre|dba|qa|marketing|product|design|support)['’]s (?:fault|doing)\b/,
    examples: {
      match: [
        "this one is on platform",
        "honestly I blame infra",
        "We lost an hour of orders thanks to payments, again.",
        "totally security's fault",
      ],
      noMatch: [
        "The fix is on platform's roadmap for next quarter.",
        "Thanks to security for the quick review.",
        "This one is on the platform roadmap.",
        "Don't blame security for this.",
      ],
    },
  },
  {
    id: "person_as_cause/cjk-person-cause",
    category: "person_as_cause",
    message: "A person (or their work) is named as the cause in Chinese, Japanese or Korean; make the change or mechanism the subject.",
    suggestions: [
      "Make the change, condition or mechanism the subject, and keep the person in the timeline as a neutral actor.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "都怪|全怪|只怪|得怪|要怪|的错|的锅|背锅|惹的|闯的|造成|导致|引起|引发|搞挂|搞坏|搞砸|搞崩|弄坏|弄挂|弄崩|改坏|改错|打挂|误删|误操|删了|删掉|删除|清空|せい|原因|壊し|落と|ダウ|止め|消し|やら|ミス|誤操|때문|탓에|탓이|탓으|잘못|실수|과실|망가|망쳐|망쳤|날려|날렸|다운",
    pattern: /(?:都|全|只|得|要)怪(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))|(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))(?:的错(?!误)|的锅|背锅|惹的祸|闯的祸)|(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))(?:的[\u4e00-\u9fff]{1,6}?)?(?:直接)?(?:造成|导致|引起|引发)了?|(?:因为|由于)(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))[^，。,；;！？]{0,20}?[，,]?(?:才|直接)?(?:造成|导致|引起|引发)|(?:由|被)(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))(?:的[\u4e00-\u9fff]{1,6}?)?(?:造成|导致|引起|引发|搞挂|搞坏|弄坏|误删)|(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))[^，。,；;！？]{0,15}?(?:搞挂|搞坏|搞砸|搞崩|弄坏|弄挂|弄崩|改坏|打挂|误删|误操作)|(?:(?:(?!周[末期日一二三四五六报边围]|陈旧|陈列|钱包|何时|何况|张[表图卡])[小老阿]?[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪廖贾韦邹孟熊秦邱尹薛闫侯郝龚邵钱覃戴孔汤][\u4e00-\u9fff]{1,2}?|(?<!其)他们?|她们?|某人|(?<!没)有人|某位同事|新人|实习生|新同事|同事|值班(?:同学|人员|工程师|的人)|运维(?:同学|人员|工程师)|开发(?:同学|人员)|工程师|操作员|负责人|这个人|那个人|[\u4e00-\u9fff]{1,6}?(?:团队|小组|部门|组的人|组的同学)))(?:把|将)(?:生产|线上|正式)[^，。,；;！？]{0,10}?(?:删了|删掉|删除了|清空了)|(?:(?:[\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,6}?(?:さん|くん|君|氏|ちゃん)|彼女?|彼ら|担当者|新人|作業者|開発者|運用担当者?|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}?(?:チーム|部門|の人たち|の連中)))の?[^。、がは]{0,8}?(?:のせい|せいで|せいだ|が原因)|(?:(?:[\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,6}?(?:さん|くん|君|氏|ちゃん)|彼女?|彼ら|担当者|新人|作業者|開発者|運用担当者?|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}?(?:チーム|部門|の人たち|の連中)))の[^。、がは]{0,6}?(?:ミス|誤操作)(?:で|により|によって|から)|(?:(?:[\u4e00-\u9fff\u30a0-\u30ff\u3040-\u309f]{1,6}?(?:さん|くん|君|氏|ちゃん)|彼女?|彼ら|担当者|新人|作業者|開発者|運用担当者?|[\u4e00-\u9fff\u30a0-\u30ff]{1,8}?(?:チーム|部門|の人たち|の連中)))が[^。、]{0,20}?(?:壊した|壊して|壊しました|落とした|落としました|ダウンさせ|止めてしまっ|消してしまっ|削除してしまっ|やらかし)|(?:(?:[가-힣]{2,4} ?(?:씨|님)|(?!서비스|인증서|방화벽|도메인|고객|이전|이후|이번|이상|지난|정말|진짜|결국|전체|장애|설정|오류)[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][가-힣]{2}(?=[이가의는은께]| ?때문| ?탓)|그녀|그 사람|걔|담당자|신입(?: 사원)?|작업자|운영자|엔지니어|개발자|인턴|팀원|당직자|[가-힣]{1,6} ?팀(?:원)?)) ?(?:때문에|때문이|때문입|탓에|탓이|탓입|탓으로)|(?:(?:[가-힣]{2,4} ?(?:씨|님)|(?!서비스|인증서|방화벽|도메인|고객|이전|이후|이번|이상|지난|정말|진짜|결국|전체|장애|설정|오류)[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][가-힣]{2}(?=[이가의는은께]| ?때문| ?탓)|그녀|그 사람|걔|담당자|신입(?: 사원)?|작업자|운영자|엔지니어|개발자|인턴|팀원|당직자|[가-힣]{1,6} ?팀(?:원)?))(?:의|이|가)? ?(?:[가-힣]{1,6} ?)?(?:잘못|실수|과실)(?:으로|로|때문|이다|였다|입니다|였습니다|이에요|예요|이야)|(?:(?:[가-힣]{2,4} ?(?:씨|님)|(?!서비스|인증서|방화벽|도메인|고객|이전|이후|이번|이상|지난|정말|진짜|결국|전체|장애|설정|오류)[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용][가-힣]{2}(?=[이가의는은께]| ?때문| ?탓)|그녀|그 사람|걔|담당자|신입(?: 사원)?|작업자|운영자|엔지니어|개발자|인턴|팀원|당직자|[가-힣]{1,6} ?팀(?:원)?))(?:이|가|께서)? [^.。]{0,30}?(?:망가뜨|망쳤|망쳐|날려 ?버|날렸|다운시켰|내려 ?버렸|삭제해 ?버렸|지워 ?버렸)/u,
    examples: {
      match: [
        "这次故障都怪王伟。",
        "张伟的变更导致了支付服务宕机。",
        "因为李娜误删了生产数据库，导致订单丢失。",
        "障害は田中さんのせいで起きた。",
        "佐藤さんが本番サーバーを落とした。",
        "이번 장애는 김민준 씨 때문이다.",
        "박지훈 씨의 실수로 결제 서비스가 다운됐다.",
      ],
      noMatch: [
        "缓存失效导致了支付服务宕机。",
        "王伟在 03:12 回滚了变更，错误率随即下降。",
        "田中さんが調べた結果、キャッシュが原因だった。",
        "김민준 씨가 03:12에 배포를 롤백했다.",
        "배포가 실패한 원인은 설정 오류였다.",
      ],
    },
  },
];
