// Generated from src/language/rules/human-error-label.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `human_error_label`, in the order of their file. */
export const humanErrorLabelRules: readonly Rule[] = [
  {
    id: "human_error_label/human-error",
    category: "human_error_label",
    message: "\"Human error\" names a starting point for inquiry, not a cause.",
    suggestions: [
      "List the conditions that made the action possible and likely: tooling, defaults, interface, time pressure, documentation.",
    ],
    question: "What about the tool, interface or situation made this action reasonable at the time?",
    cue: "error|mistake|failure|fault|slip|blunder",
    pattern: /\b(?:human|operator|user|pilot|engineer|engineering|developer|manual|personnel|staff|people|ops|on-?call)[ -](?:error|mistake|failure|fault|slip|blunder)s?\b(?! (?:code|codes|rate|rates|message|messages|log|logs|budget|page|pages|handling|type|types|path|paths|response|responses|class|classes|variant|variants|enum|string|strings)\b)/,
    unless: /\b(?:return(?:s|ed|ing)?|surfac\w+|show(?:s|ed|ing)?|render\w*|display\w*|map(?:s|ped)?|emit\w*|raise[sd]?) (?:a |an |the )?(?:human|user|operator)[ -]errors?\b/,
    examples: {
      match: [
        "Root cause: operator mistake during the cutover.",
        "This was human error, plain and simple.",
      ],
      noMatch: [
        "The handler now returns a user error with a human-readable message.",
        "The user error rate stayed flat.",
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
    cue: "fat|pebkac|pebcak|id10t|layer|keyboard",
    pattern: /\b(?:fat[- ]?finger(?:ed|ing|s)?|pebkac|pebcak|id10t|layer ?8 (?:issue|problem|error)|between (?:the )?keyboard and (?:the )?chair)\b/,
    examples: {
      match: [
        "This boils down to a fat-fingered command.",
        "Classic PEBKAC.",
      ],
      noMatch: [
        "The command had a typo in the namespace flag and the tool did not ask for confirmation.",
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
    cue: "cause|rca|verdict|conclusion",
    pattern: /\b(?:root|primary|underlying|ultimate|rca|verdict|conclusion)(?: cause)?s?(?: result)?(?: of (?:the|this) (?:[\w-]+ ){0,2}?(?:outage|incident))?(?: was| is| here is| here was|:)+\s+(?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are)(?=\s))/,
    agent: "person",
    examples: {
      match: [
        "Root cause: the on-call engineer.",
        "The root cause was Bob's typo in the values file.",
      ],
      noMatch: [
        "Root cause: the pool size was sized for last year's traffic.",
        "The root cause was a race in the cache.",
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
    pattern: /\b(?:made|makes|make|making) (?:a |an |the |one |some |several |two |multiple |that |this |another |his |her |their )?(?:[\w-]+ )?(?:mistake|error|blunder|slip|goof)s?\b/,
    agent: "person",
    examples: {
      match: [
        "RCA result: the on-call made an error.",
        "Priya made a mistake in the values file.",
      ],
      noMatch: [
        "The parser made an error on empty input.",
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
    cue: "boils|boiled|comes down|came down",
    pattern: /\b(?:boils|boiled|comes|came) down to (?<agent>[^,;.?!:()]{1,40}?)(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are)(?=\s))/,
    agent: "person",
    examples: {
      match: [
        "In the end it comes down to Marek.",
        "It boils down to the reviewer's oversight.",
      ],
      noMatch: [
        "It boils down to a missing timeout on the client.",
      ],
    },
  },
];
