// Generated from src/language/rules/person-as-cause.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `person_as_cause`, in the order of their file. */
export const personAsCauseRules: readonly Rule[] = [
  {
    id: "person_as_cause/harm-verb",
    category: "person_as_cause",
    message: "A person (or their work) is the subject of the harm; make the change or mechanism the subject.",
    suggestions: [
      "Make the change, condition or mechanism the subject, and keep the person in the timeline as a neutral actor.",
    ],
    question: "What made this change look safe at the time it was made?",
    cue: "caus|broke|break|took|takes|brought|knocked|wiped|nuked|blew|melted|crashed|killed|introduced|responsible|blame|fault|culprit|triggered|led|resulted|deleted",
    pattern: /\b(?:caused|causes|broke|breaks|took down|takes down|brought down|knocked over|knocked out|wiped|nuked|blew away|blew up|melted down|crashed|killed|introduced (?:the|a|an|this) (?:[\w-]+ )?(?:bug|regression|outage|issue|problem|incident|failure|defect|breakage|leak|deadlock|race|race condition|panic|crash|vulnerability)|(?:is|was|are|were) (?:directly |solely |ultimately |entirely |partly )?responsible for (?:the |this |that |our |today's |yesterday's )?(?:outage|incident|failure|downtime|breakage|data loss|mess|errors|regression|page|problem|sev ?\d)|(?:is|was|are|were) (?:to blame|at fault|the culprit)|triggered (?:the|this|that) (?:outage|incident|failure|cascade)|led to (?:the|this|that) (?:outage|incident|failure|downtime)|resulted in (?:the|this|that) (?:outage|incident|downtime)|(?:is|was) what (?:caused|broke|triggered)|deleted (?:the )?(?:prod|production|database|table|bucket|volume|namespace|cluster|data|index|topic|tenant|customer data))\b/,
    agent: "person",
    examples: {
      match: [
        "Hugo's wrong port caused the health checks to fail.",
        "The toggle by Anika is what caused the spike.",
        "Bob broke the build twice this week.",
      ],
      noMatch: [
        "The retry storm caused the spike.",
        "The manifest had the wrong port.",
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
    cue: "because|due|owing|account|down|traced|blame|fault|came|comes|stems|stemmed|originated|originates",
    pattern: /\b(?:because of|due to|owing to|on account of|(?:is|are|was|were|all) down to|traced (?:[\w'’-]+ ){0,3}?(?:back )?to|blame (?:it |this |that )?on|blamed on|the fault of|(?:came|comes|stems|stemmed|originated|originates) from) (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are)(?=\s))/,
    agent: "person",
    examples: {
      match: [
        "Because of Kenji, every pod in us-west restarted at once.",
        "The checkout errors are down to Ilse's change to the proxy timeouts.",
      ],
      noMatch: [
        "Because of the cache stampede, every pod restarted.",
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
    pattern: /\b(?:this|that|it|the outage|the incident)(?: one)?(?: is|'s|’s| was) (?:all |squarely |entirely |totally |100% )?on (?<agent>[\p{L}'’ -]{1,30}?)(?=$|[,;.?!]| (?:and|but|for|because)\b)/u,
    agent: "person",
    examples: {
      match: [
        "Honestly, this one is on Sebastián.",
      ],
      noMatch: [
        "This one is on the roadmap for next quarter.",
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
    cue: "real|actual|true|main|culprit",
    pattern: /\b(?:real|actual|true|main) (?:cause|culprit|reason|problem|issue)(?: here)?(?: (?:was|is)|:)+ (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are)(?=\s))|\bthe culprit (?:was|is) (?<agent2>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are)(?=\s))/,
    agent: "person",
    examples: {
      match: [
        "The real cause was Tomás.",
      ],
      noMatch: [
        "The real problem was the retry policy.",
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
    cue: "caused|broke|took|brought|deleted|pushed|merged|deployed|changed|flushed|introduced|triggered|forgot|missed|messed|screwed|wiped",
    pattern: /\bit (?:was|is|'s|’s) (?<agent>[^,;.?!:()]{1,40}?) (?:who|that) (?:caused|broke|took|brought|deleted|pushed|merged|deployed|changed|flushed|introduced|triggered|forgot|missed|messed|screwed|wiped)\b/,
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
    cue: "because",
    pattern: /\bbecause (?<agent>(?!we\b|i\b)[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}?) (?:flushed|deleted|pushed|restarted|changed|turned off|disabled|removed|dropped|deployed|merged|applied|killed|rebooted|typed|misconfigured|broke|shipped|wiped|truncated|reverted|force-pushed|overwrote|edited|modified|bumped|upgraded|downgraded|drained|cordoned|stopped)\b/u,
    agent: "person",
    examples: {
      match: [
        "Our Redis cluster went down because the cache team flushed it mid-day.",
      ],
      noMatch: [
        "I drained the node because the patching runbook says to.",
        "Latency rose because we deployed v2.",
      ],
    },
  },
];
