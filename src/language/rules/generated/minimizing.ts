// Generated from src/language/rules/minimizing.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `minimizing`, in the order of their file. */
export const minimizingRules: readonly Rule[] = [
  {
    id: "minimizing/should-have-been-obvious",
    category: "minimizing",
    message: "Hindsight makes things look obvious; it was not obvious at the time, or it would have been acted on.",
    suggestions: [
      "State the cue that existed and the cues that competed with it at the time.",
    ],
    question: "Is this obvious to everyone in the room? What made it non-obvious at the time?",
    cue: "obvious|clear|evident|apparent|plain|trivial|easy",
    pattern: /\b(?:should|must|ought to)(?:n't| not)?(?: have|'ve) been (?:so |really |pretty |completely |blindingly |painfully |immediately )?(?:obvious|clear|evident|apparent|plain|trivial|easy to (?:spot|see|catch|notice|avoid))\b|\b(?:was|were|is) (?:so |painfully |blindingly |glaringly |pretty |really |completely )?(?:obvious|self-evident)(?: (?:that|to anyone|to everyone|to anybody|to any|in hindsight|what|where))\b|\b(?:in hindsight|looking back|in retrospect),? (?:it|this|that) (?:was|is) (?:so |pretty |really )?(?:obvious|clear)\b/,
    examples: {
      match: [
        "It should have been obvious the new index would lock the table.",
        "It was obvious to anyone watching the graph.",
      ],
      noMatch: [
        "The trace obviously shows a 2 s gap.",
        "It is clear from the graph that the pool was saturated.",
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
    pattern: /\b(?<agent>(?!we\b|i\b)[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:just|simply|only) (?:had|needed|has|needs|have|need) to\b/u,
    agent: "person",
    examples: {
      match: [
        "The reviewer just had to open the plan output.",
      ],
      noMatch: [
        "We just had to wait for the cache to warm up.",
        "The job simply needs to retry.",
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
    cue: "any|anyone|everyone|everybody|every|all|fool|idiot|child",
    pattern: /\bany (?:[\w-]+ ){0,2}?(?:engineer|sre|developer|dev|on-?call(?:er)?|operator|admin|programmer|reviewer|person|human|intern)s? (?:would|should|could|knows|know|worth (?:their|his|her) salt|can see|ought)\b|\b(?:everyone|everybody|every engineer|all|anyone|any fool|any idiot|a child) (?:knows|know|could (?:see|tell)|would (?:know|have known)|should know)\b/,
    examples: {
      match: [
        "Any senior engineer knows not to restart all brokers together.",
        "Everyone knows the cache is cold after a deploy.",
      ],
      noMatch: [
        "Any pod can serve the request.",
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
    cue: "rocket|basic|staring|pointed|signs|signals|clues|hard|difficult|brainer",
    pattern: /\bnot rocket science\b|\bbasic (?:stuff|mistake|error|hygiene|competence)\b|\bstaring (?:us|them|him|her|you|everyone|everybody) (?:right )?in the face\b|\beverything pointed (?:to|at)\b|\b(?:the )?(?:warning )?(?:signs|signals|clues) were (?:all )?(?:there|obvious|clear)\b|\b(?:it's|it is|it was|it wasn't|it isn't|wasn't|isn't) (?:not )?(?:that |exactly |very )?(?:hard|difficult|complicated) to (?:see|spot|catch|check|notice|read|avoid|understand)\b|\bhow hard (?:is|was|can) it\b|\bno-?brainer\b/,
    examples: {
      match: [
        "Reading the alert is not rocket science.",
        "The answer was staring us in the face.",
      ],
      noMatch: [
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
];
