// Generated from src/language/rules/judgmental.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `judgmental`, in the order of their file. */
export const judgmentalRules: readonly Rule[] = [
  {
    id: "judgmental/evaluative-word",
    category: "judgmental",
    message: "An evaluative word judges a person or their work instead of describing what happened.",
    suggestions: [
      "Delete the evaluation and state the observable behaviour plus the conditions around it.",
    ],
    question: "What pressures and trade-offs were present when this was done?",
    cue: "careless|sloppy|sloppi|lazy|lazi|reckless|negligen|incompeten|irresponsib|unprofessional|rookie|cowboy|dumb|stupid|idiotic|bonehead|half-|clueless|amateur|shodd|inexcusab|foolish|moronic|brain-dead|thoughtless|slapdash|lax",
    pattern: /\b(?:careless(?:ly|ness)?|sloppy|sloppiness|sloppily|lazy|laziness|reckless(?:ly|ness)?|negligen(?:t|tly|ce)|incompeten(?:t|tly|ce)|irresponsib(?:le|ly|ility)|unprofessional(?:ly|ism)?|rookie|cowboy(?:s|ing)?|dumb|stupid(?:ly|ity)?|idiotic|boneheaded|half-baked|half-assed|clueless|amateurish|shoddy|shoddily|inexcusabl[ey]|foolish(?:ly|ness)?|moronic|brain-dead|thoughtless(?:ly|ness)?|slapdash|lax(?:ity)?)\b/,
    agent: "not-system",
    examples: {
      match: [
        "Leaving the debug endpoint open was a sloppy move by whoever set up the chart.",
        "The handler was coded carelessly.",
        "That was a reckless change to the limits file.",
      ],
      noMatch: [
        "The client is careless with file descriptors.",
        "Cassandra uses a sloppy quorum for hinted writes.",
        "We switched the config loader to lazy loading.",
        "The latency impact was negligible.",
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
    pattern: /\b(?:it|that|this) (?:was|is|'s|’s|seems|seemed) (?:\w+ )?(?:careless(?:ly|ness)?|sloppy|sloppiness|sloppily|lazy|laziness|reckless(?:ly|ness)?|negligen(?:t|tly|ce)|incompeten(?:t|tly|ce)|irresponsib(?:le|ly|ility)|unprofessional(?:ly|ism)?|rookie|cowboy(?:s|ing)?|dumb|stupid(?:ly|ity)?|idiotic|boneheaded|half-baked|half-assed|clueless|amateurish|shoddy|shoddily|inexcusabl[ey]|foolish(?:ly|ness)?|moronic|brain-dead|thoughtless(?:ly|ness)?|slapdash|lax(?:ity)?) (?:of|to|by)\b/,
    examples: {
      match: [
        "It was irresponsible of the author to disable the linter for the whole crate.",
      ],
      noMatch: [
        "It was slow to start because of the cold cache.",
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
    cue: "ball",
    pattern: /\b(?:dropped|drops|drop|dropping) the ball\b/,
    agent: "person",
    examples: {
      match: [
        "The SRE team dropped the ball on the escalation.",
      ],
      noMatch: [
        "The ball pit was closed.",
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
    cue: "another|stellar|brilliant|thanks|way to go|classic|bravo",
    pattern: /\b(?:another|yet another|once again,? (?:a|another)) (?:stellar|great|brilliant|fantastic|amazing|superb|wonderful|classic|glorious|masterful|fine)\b|\bthanks (?:a lot|for nothing)\b|\bway to go\b|\bbravo\b|\bclassic (?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?)[.!]/u,
    examples: {
      match: [
        "Wow, another stellar Friday deploy from the web team.",
        "Way to go, folks.",
      ],
      noMatch: [
        "The canary caught another regression on Friday.",
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
    cue: "wanted|hurry|rush|eager|desperate|impatient|tired|conveniently|couldn",
    pattern: /\bbecause (?<agent>[\p{L}'’-]+(?: [\p{L}'’-]+)?) (?:wanted|was in a (?:hurry|rush)|were in a (?:hurry|rush)|couldn't wait|could not wait|was eager|was desperate|didn't want|did not want|was tired|was impatient)\b|\b(?:wanted|wanting|trying|eager|desperate|rushing|in a hurry) to (?:leave|go home|get home|get out|knock off|make (?:it to )?(?:the )?(?:demo|weekend|flight|dinner|party))\b|\bconveniently\b/u,
    agent: "person",
    agentAt: "clause",
    examples: {
      match: [
        "He cut the canary short because he wanted to leave early.",
        "She conveniently forgot to mention the migration.",
      ],
      noMatch: [
        "The config conveniently lives in one file.",
      ],
    },
  },
];
