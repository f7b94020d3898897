// Generated from src/language/rules/blame-seeking-question.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `blame_seeking_question`, in the order of their file. */
export const blameSeekingQuestionRules: readonly Rule[] = [
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
    pattern: /(?:^|[,;:] |\b(?:so|and|but|ok|okay|right|seriously|wait|then|also|honestly) )(?<span>(?:who|which (?:[\w-]+ ){0,2}?(?:engineers?|persons?|teams?|ones?|of you|of them|of us|devs?|developers?|sres?|on-?calls?|humans?|reviewers?|squads?|folks|people|guys?))\b[^?.!]{0,50}?\b(?:broke|merged|pushed|deployed|shipped|approved|signed off|caused|turned off|disabled|deleted|dropped|removed|wiped|forgot|missed|ignored|skipped|bypassed|overrode|messed (?:it |this |that )?up|screwed (?:it |this |that )?up|did (?:this|that)|fat-?fingered|changed|touched|killed|took (?:it |this |prod |production )?down|brought (?:it |this |prod |production )?down|rolled (?:it |this |that )?out|wrote (?:this|that|the)|okayed|ok'd|green-?lit|rubber-?stamped|let (?:this|that|it) (?:happen|through|slip)|let (?:the )?[\w-]+(?: [\w-]+)? (?:expire|lapse|slip|fail|break)))\b(?=[^?]*\?)/,
    unless: /\bwhat did (?:they|he|she|you|we) (?:see|know|have)\b|\bwhat (?:was|were) (?:they|he|she) (?:seeing|looking at)\b/,
    examples: {
      match: [
        "Who merged the broken config?",
        "Which of you turned off the alert?",
      ],
      noMatch: [
        "Who was secondary on-call?",
        "Which team owns the ingress chart?",
        "Who decided to drain the zone, and what did they see at that point?",
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
    pattern: /\bwhose (?:fault|change|mistake|commit|pr|idea|call|decision|deploy|push|bright idea|responsibility|screw-?up|doing)\b/,
    examples: {
      match: [
        "Whose change was it?",
        "So whose fault is this?",
      ],
      noMatch: [
        "Whose dashboards do we use for the cache tier?",
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
    pattern: /\bwhy (?:on earth |the hell |the heck |in the world |exactly |again )?(?:did|didn't|didn’t|would|wouldn't|were|weren't|was|wasn't|do|don't|does|doesn't|is|isn't|are|aren't|have|haven't|has|hasn't|had|hadn't) (?:not )?(?<agent>(?!we\b|it\b|this\b|that\b|there\b)(?:the |a |an |our |your |that |this )?[\p{L}'’-]+) /u,
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
    cue: "thinking",
    pattern: /\bwhat (?:was|were|is|are) (?<agent>[^,;.?!:()]{1,40}?) (?:even |possibly )?thinking\b/,
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
    cue: "who|name",
    pattern: /\bwho(?:'s| is| was| are| will be| should be| do we hold| gets)? (?:(?:held |being held )?accountable for (?:this|that|the (?:outage|incident|mess|breakage|failure|downtime))|to blame|at fault|responsible for (?:this|that|the (?:outage|incident|mess|breakage|failure|downtime)|what happened))\b|\bcan we (?:get|have) (?:a )?names?\b|\bwho (?:do|should|can|will) we (?:blame|hold accountable|point at)\b|\bwho dropped the ball\b|\bwho (?:screwed|messed) (?:this |it |that )?up\b/,
    examples: {
      match: [
        "Who is to blame for the outage?",
        "Can we get a name?",
      ],
      noMatch: [
        "Who is responsible for the billing service on-call rota?",
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
    pattern: /\bhow (?:on earth |the hell |exactly |come )?(?:could|did|do|does|can|would|is it|was it)(?: that)? (?<agent>you|they|he|she|we|nobody|no one|anyone|[\p{L}'’-]+|the [\w-]+) (?:possibly |even |just |all )?(?:miss|forget|ignore|overlook|skip|fail to|not (?:see|notice|check|catch|know|spot|read|look)|notice|see|catch|spot)\b/u,
    agent: "person",
    unless: /\bhow (?:do|can|could|would|will|should) we (?:notice|see|catch|spot|detect)\b/,
    examples: {
      match: [
        "How could you miss that alert?",
        "How did nobody notice the disk filling up?",
      ],
      noMatch: [
        "How do we catch this earlier next time?",
        "How did the probe not notice the hung handler?",
      ],
    },
  },
];
