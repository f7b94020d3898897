import { phrase, shortAgent } from './fragments.js';
import type { Rule } from './rule.js';

const re = (source: string) => new RegExp(source, 'u');

const judgementWords =
  'careless(?:ly|ness)?|sloppy|sloppiness|sloppily|lazy|laziness|reckless(?:ly|ness)?|negligen(?:t|tly|ce)|incompeten(?:t|tly|ce)|irresponsib(?:le|ly|ility)|unprofessional(?:ly|ism)?|rookie|cowboy(?:s|ing)?|dumb|stupid(?:ly|ity)?|idiotic|boneheaded|half-baked|half-assed|clueless|amateurish|shoddy|shoddily|inexcusabl[ey]|foolish(?:ly|ness)?|moronic|brain-dead|thoughtless(?:ly|ness)?|slapdash|lax(?:ity)?';

/** Rules for `judgmental`, `folk_model_label` and `minimizing`. */
export const judgementRules: Rule[] = [
  {
    id: 'judgmental/evaluative-word',
    category: 'judgmental',
    message: 'An evaluative word judges a person or their work instead of describing what happened.',
    suggestions: ['Delete the evaluation and state the observable behaviour plus the conditions around it.'],
    question: 'What pressures and trade-offs were present when this was done?',
    cue: 'careless|sloppy|sloppi|lazy|lazi|reckless|negligen|incompeten|irresponsib|unprofessional|rookie|cowboy|dumb|stupid|idiotic|bonehead|half-|clueless|amateur|shodd|inexcusab|foolish|moronic|brain-dead|thoughtless|slapdash|lax',
    pattern: re(`\\b(?:${judgementWords})\\b`),
    agent: 'not-system',
    examples: {
      match: [
        'Leaving the debug endpoint open was a sloppy move by whoever set up the chart.',
        'The handler was coded carelessly.',
        'That was a reckless change to the limits file.',
      ],
      noMatch: [
        'The client is careless with file descriptors.',
        'Cassandra uses a sloppy quorum for hinted writes.',
        'We switched the config loader to lazy loading.',
        'The latency impact was negligible.',
      ],
    },
  },
  {
    id: 'judgmental/it-was-careless-of',
    category: 'judgmental',
    message: '"It was careless of X to…" judges a person\'s action instead of describing it.',
    suggestions: ['State what was done and the conditions that made it look reasonable.'],
    question: 'What made this look reasonable at the time?',
    cue: 'careless|sloppy|lazy|reckless|negligent|incompetent|irresponsib|unprofessional|dumb|stupid|foolish|thoughtless',
    pattern: re(
      `\\b(?:it|that|this) (?:was|is|'s|’s|seems|seemed) (?:\\w+ )?(?:${judgementWords}) (?:of|to|by)\\b`,
    ),
    examples: {
      match: ['It was irresponsible of the author to disable the linter for the whole crate.'],
      noMatch: ['It was slow to start because of the cold cache.'],
    },
  },
  {
    id: 'judgmental/junior-mistake',
    category: 'judgmental',
    message: 'Calling it a junior or rookie mistake, or poor judgement, judges competence.',
    suggestions: ['Describe the action and what in the environment made it easy to take.'],
    question: 'What in the environment made this action easy to take and hard to notice?',
    cue: 'junior|rookie|newbie|beginner|amateur|schoolboy|noob|judgement|judgment|dumb|stupid|terrible|awful|bonehead|idiotic|bad',
    pattern:
      /\b(?:junior|rookie|newbie|beginner|amateur|schoolboy|noob) (?:mistake|error|move|blunder)s?\b|\bamateur hour\b|\b(?:poor|bad|questionable|terrible|awful|lapse (?:in|of)) judgement|judgment\b|\b(?:dumb|stupid|terrible|awful|boneheaded|idiotic) (?:call|move|decision|idea)\b/,
    examples: {
      match: ['A junior mistake, plain and simple.', 'Restarting all brokers at once showed poor judgement.'],
      noMatch: ['A junior engineer joined the rota in May.'],
    },
  },
  {
    id: 'judgmental/could-not-be-bothered',
    category: 'judgmental',
    message: '"Couldn\'t be bothered" or "didn\'t care" attributes a motive nobody can observe.',
    suggestions: ['State what was and was not done, and what made it costly or easy to skip.'],
    question: 'What made this step costly, slow or easy to skip?',
    cue: 'bother|care|cared|corners|excuse',
    pattern:
      /\b(?:didn't|did not|didn’t|never|couldn't|could not|can't|cannot|wouldn't|won't)(?: even)?(?: be)? bother(?:ed)?\b|\bcould(?:n't| not)? be bothered\b|\b(?:doesn't|don't|didn't|does not|do not|did not|never)(?: even| really)? cared?\b(?! (?:about|whether|if) (?:the )?(?:order|ordering|case|casing|whitespace|encoding|trailing))|\bcut(?:ting|s)? corners\b|\bno excuse\b/,
    agent: 'not-system',
    examples: {
      match: ['Nobody could be bothered to read the deprecation notice.', 'He cut corners on the rollout.'],
      noMatch: ["The decoder doesn't care about field order."],
    },
  },
  {
    id: 'judgmental/dropped-ball',
    category: 'judgmental',
    message: '"Dropped the ball" judges a person rather than describing the gap.',
    suggestions: ['Name the hand-off or step that had no owner or tracking.'],
    question: 'Which hand-off or step had no owner or tracking?',
    cue: 'ball',
    pattern: /\b(?:dropped|drops|drop|dropping) the ball\b/,
    agent: 'person',
    examples: {
      match: ['The SRE team dropped the ball on the escalation.'],
      noMatch: ['The ball pit was closed.'],
    },
  },
  {
    id: 'judgmental/panicked',
    category: 'judgmental',
    message: '"Panicked" characterises a person\'s state instead of their situation.',
    suggestions: ['Describe what the responder saw and the time pressure they were under.'],
    question: 'What did the responder see, and how much time did they believe they had?',
    cue: 'panick|freaked|lost',
    pattern: /\b(?:panicked|panicking|freaked out|lost (?:his|her|their|my|our) (?:head|cool|nerve))\b/,
    agent: 'person',
    examples: {
      match: ['The on-call panicked and restarted every broker.'],
      noMatch: ['The goroutine panicked on a nil map write.'],
    },
  },
  {
    id: 'judgmental/sarcasm',
    category: 'judgmental',
    message: 'Sarcastic praise is a judgement of people.',
    suggestions: ['State the facts of the change and what made it risky, without irony.'],
    question: 'What made this change risky, and what would make it safe next time?',
    cue: 'another|stellar|brilliant|thanks|way to go|classic|bravo',
    pattern: re(
      `\\b(?:another|yet another|once again,? (?:a|another)) (?:stellar|great|brilliant|fantastic|amazing|superb|wonderful|classic|glorious|masterful|fine)\\b|\\bthanks (?:a lot|for nothing)\\b|\\bway to go\\b|\\bbravo\\b|\\bclassic (?<agent>${shortAgent})[.!]`,
    ),
    examples: {
      match: ['Wow, another stellar Friday deploy from the web team.', 'Way to go, folks.'],
      noMatch: ['The canary caught another regression on Friday.'],
    },
  },
  {
    id: 'judgmental/motive',
    category: 'judgmental',
    message:
      'Attributing a motive ("because he wanted to leave early") judges a person and cannot be checked.',
    suggestions: ['State the schedule and pressures that were present, not a guess at motives.'],
    question: 'What deadlines or pressures were present at the time?',
    cue: 'wanted|hurry|rush|eager|desperate|impatient|tired|conveniently|couldn',
    pattern: re(
      `\\bbecause (?<agent>${shortAgent}) (?:wanted|was in a (?:hurry|rush)|were in a (?:hurry|rush)|couldn't wait|could not wait|was eager|was desperate|didn't want|did not want|was tired|was impatient)\\b|\\b(?:wanted|wanting|trying|eager|desperate|rushing|in a hurry) to (?:leave|go home|get home|get out|knock off|make (?:it to )?(?:the )?(?:demo|weekend|flight|dinner|party))\\b|\\bconveniently\\b`,
    ),
    agent: 'person',
    agentAt: 'clause',
    examples: {
      match: [
        'He cut the canary short because he wanted to leave early.',
        'She conveniently forgot to mention the migration.',
      ],
      noMatch: ['The config conveniently lives in one file.'],
    },
  },
  {
    id: 'folk_model_label/complacency',
    category: 'folk_model_label',
    message: '"Complacency" is a label, not an explanation; it cannot be observed or falsified.',
    suggestions: [
      'Describe the observable conditions, e.g. "the alert had fired nightly for a month with no effect".',
    ],
    question: 'What had the signals looked like in the weeks before, and what did acting on them cost?',
    cue: 'complacen',
    pattern: /\bcomplacen(?:t|cy|ce)\b/,
    examples: {
      match: ['Operators had become complacent with green dashboards.'],
      noMatch: ['The dashboards had been green for a month.'],
    },
  },
  {
    id: 'folk_model_label/situational-awareness',
    category: 'folk_model_label',
    message: '"Lost situational awareness" relabels the problem; say what people could and could not see.',
    suggestions: [
      'Say which information was missing or spread across which tools, e.g. "three dashboards, none showed disk usage".',
    ],
    question: 'Which information was missing, late or spread across too many places?',
    cue: 'situational|situation awareness',
    pattern: /\bsituation(?:al)? awareness\b/,
    unless:
      /\b(?:improv\w*|support\w*|better|give|gives|giving|provid\w*|increas\w*|boost\w*|help\w*|for|aid\w*|raise\w*) (?:\w+ ){0,2}?situation(?:al)? awareness\b/,
    examples: {
      match: ['The responders had lost situational awareness by the second hour.'],
      noMatch: ['The new incident channel topic gives responders better situational awareness.'],
    },
  },
  {
    id: 'folk_model_label/lack-of-virtue',
    category: 'folk_model_label',
    message: 'A "lack of attention/ownership/discipline" is a folk label; decompose it into conditions.',
    suggestions: ['Decompose the label into observable performance and the conditions around it.'],
    question: 'What would we have seen if attention or ownership had been "enough"? What made that hard?',
    cue: 'lack|absence|loss|shortage|deficit|inattent|attention|focus|concentration|distracted|comfortable|asleep|vigilance',
    pattern:
      /\b(?:lack|lacked|lacking|lacks|absence|loss|shortage|deficit) (?:of )?(?:\w+ )?(?:attention|attentiveness|focus|vigilance|discipline|diligence|ownership|accountability|care|rigou?r|urgency|professionalism|awareness|concentration|commitment|conscientiousness|alertness)\b|(?:\bnot|n't|n’t|\bstopped|\bwithout)(?: really| fully| properly)? paying (?:enough |close |proper |full )?attention\b|\binattent(?:ion|ive|iveness)\b|\b(?:was|were|got|seemed|became|appeared|been|being|felt) (?:too |a bit |a little |very |clearly |visibly )?(?:distracted|unfocused|asleep at the wheel|too comfortable)\b|\btoo comfortable\b|\basleep at the wheel\b|\b(?:lost|losing|loss of|lose) (?:focus|concentration)\b|\b(?:attention|focus|vigilance) (?:lapsed|slipped|wandered|drifted)\b|\blapse (?:in|of) (?:attention|concentration|focus|vigilance)\b/,
    examples: {
      match: [
        'We saw a lack of accountability around alert hygiene.',
        'Inattention during the rollout was the main factor.',
        "The reviewer wasn't paying attention.",
      ],
      noMatch: ['The alert needs attention from the owning team.'],
    },
  },
  {
    id: 'minimizing/should-have-been-obvious',
    category: 'minimizing',
    message:
      'Hindsight makes things look obvious; it was not obvious at the time, or it would have been acted on.',
    suggestions: ['State the cue that existed and the cues that competed with it at the time.'],
    question: 'Is this obvious to everyone in the room? What made it non-obvious at the time?',
    cue: 'obvious|clear|evident|apparent|plain|trivial|easy',
    pattern:
      /\b(?:should|must|ought to)(?:n't| not)?(?: have|'ve) been (?:so |really |pretty |completely |blindingly |painfully |immediately )?(?:obvious|clear|evident|apparent|plain|trivial|easy to (?:spot|see|catch|notice|avoid))\b|\b(?:was|were|is) (?:so |painfully |blindingly |glaringly |pretty |really |completely )?(?:obvious|self-evident)(?: (?:that|to anyone|to everyone|to anybody|to any|in hindsight|what|where))\b|\b(?:in hindsight|looking back|in retrospect),? (?:it|this|that) (?:was|is) (?:so |pretty |really )?(?:obvious|clear)\b/,
    examples: {
      match: [
        'It should have been obvious the new index would lock the table.',
        'It was obvious to anyone watching the graph.',
      ],
      noMatch: [
        'The trace obviously shows a 2 s gap.',
        'It is clear from the graph that the pool was saturated.',
      ],
    },
  },
  {
    id: 'minimizing/all-they-had-to-do',
    category: 'minimizing',
    message: '"All they had to do" minimises the situation the person was in.',
    suggestions: ['Describe what made that step hard to see or take at the time.'],
    question: 'What made this step hard to see or take at the time?',
    cue: 'all',
    pattern:
      /\ball (?:\S+ ){1,3}?(?:had|needed|has|needs|have|need|was supposed) to do\b|\ball (?:he|she|they|you|we|i|anyone|someone|the on-?call) (?:had|needed|has|needs|have|need) to\b/,
    examples: {
      match: ['All she needed to do was read the alert.'],
      noMatch: ['All pods needed to restart.'],
    },
  },
  {
    id: 'minimizing/just-had-to',
    category: 'minimizing',
    message: '"Just had to" makes a hard situation sound simple in hindsight.',
    suggestions: ['Describe the competing demands the person faced.'],
    question: 'What else was competing for attention at that moment?',
    cue: 'just|simply|only',
    pattern: re(
      `\\b(?<agent>(?!we\\b|i\\b)${shortAgent}) (?:just|simply|only) (?:had|needed|has|needs|have|need) to\\b`,
    ),
    agent: 'person',
    examples: {
      match: ['The reviewer just had to open the plan output.'],
      noMatch: ['We just had to wait for the cache to warm up.', 'The job simply needs to retry.'],
    },
  },
  {
    id: 'minimizing/just-would-have',
    category: 'minimizing',
    message: '"Just doing X would have fixed it" is hindsight: the option looked different at the time.',
    suggestions: ['Describe what the options looked like at the time and what was known about each.'],
    question: 'What did the options look like at the time, and what was known about each?',
    cue: 'just|simply|merely|only',
    pattern:
      /\b(?:just|simply|merely|only) (?:rolling back|restarting|reverting|reading|checking|running|looking at|failing over|draining|waiting|asking|paging|disabling|turning off|flipping)\b[^.]{0,60}\bwould(?:'ve| have)\b/,
    examples: {
      match: ['Just rolling back would have fixed it in a minute.'],
      noMatch: ['Rolling back fixed it in four minutes.'],
    },
  },
  {
    id: 'minimizing/any-engineer',
    category: 'minimizing',
    message: '"Any engineer would know" turns local knowledge into a universal standard.',
    suggestions: [
      'State where this knowledge lived (docs, tooling, people) and how a newcomer would find it.',
    ],
    question: 'Where does this knowledge live, and how would someone new find it?',
    cue: 'any|anyone|everyone|everybody|every|all|fool|idiot|child',
    pattern:
      /\bany (?:[\w-]+ ){0,2}?(?:engineer|sre|developer|dev|on-?call(?:er)?|operator|admin|programmer|reviewer|person|human|intern)s? (?:would|should|could|knows|know|worth (?:their|his|her) salt|can see|ought)\b|\b(?:everyone|everybody|every engineer|all|anyone|any fool|any idiot|a child) (?:knows|know|could (?:see|tell)|would (?:know|have known)|should know)\b/,
    examples: {
      match: [
        'Any senior engineer knows not to restart all brokers together.',
        'Everyone knows the cache is cold after a deploy.',
      ],
      noMatch: ['Any pod can serve the request.'],
    },
  },
  {
    id: 'minimizing/not-rocket-science',
    category: 'minimizing',
    message: 'Calling it basic or "not rocket science" is hindsight condescension.',
    suggestions: ['Describe the cue that existed and what competed with it.'],
    question: 'What made this hard to see at the time, for the people who were there?',
    cue: 'rocket|basic|staring|pointed|signs|signals|clues|hard|difficult|brainer',
    pattern:
      /\bnot rocket science\b|\bbasic (?:stuff|mistake|error|hygiene|competence)\b|\bstaring (?:us|them|him|her|you|everyone|everybody) (?:right )?in the face\b|\beverything pointed (?:to|at)\b|\b(?:the )?(?:warning )?(?:signs|signals|clues) were (?:all )?(?:there|obvious|clear)\b|\b(?:it's|it is|it was|it wasn't|it isn't|wasn't|isn't) (?:not )?(?:that |exactly |very )?(?:hard|difficult|complicated) to (?:see|spot|catch|check|notice|read|avoid|understand)\b|\bhow hard (?:is|was|can) it\b|\bno-?brainer\b/,
    examples: {
      match: ['Reading the alert is not rocket science.', 'The answer was staring us in the face.'],
      noMatch: ['The rocket launch dashboard stayed green.'],
    },
  },
  {
    id: 'minimizing/obviously-person',
    category: 'minimizing',
    message: '"Obviously they should have…" judges in hindsight.',
    suggestions: ['Describe what the person could see at the time and what competed for attention.'],
    question: 'What could the person see at the time, and what competed for their attention?',
    cue: 'obviously|clearly|course|evidently|naturally|plainly',
    pattern: re(
      `\\b(?:obviously|clearly|course|evidently|naturally|plainly),? (?<agent>${phrase}) (?:should|could|would|had to|needed to|ought to|forgot|missed|didn't|did not|never|ignored|failed|overlooked|was supposed to)\\b`,
    ),
    agent: 'person',
    examples: {
      match: ['Obviously the reviewer should have asked for a dry run.'],
      noMatch: ['Clearly the cache should warm before traffic shifts.'],
    },
  },
];
