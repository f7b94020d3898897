import { phrase, phraseEnd } from './fragments.js';
import type { Rule } from './rule.js';

const re = (source: string) => new RegExp(source, 'u');

const pastHarm =
  "broke|merged|pushed|deployed|shipped|approved|signed off|caused|turned off|disabled|deleted|dropped|removed|wiped|forgot|missed|ignored|skipped|bypassed|overrode|messed (?:it |this |that )?up|screwed (?:it |this |that )?up|did (?:this|that)|fat-?fingered|changed|touched|killed|took (?:it |this |prod |production )?down|brought (?:it |this |prod |production )?down|rolled (?:it |this |that )?out|wrote (?:this|that|the)|okayed|ok'd|green-?lit|rubber-?stamped|let (?:this|that|it) (?:happen|through|slip)|let (?:the )?[\\w-]+(?: [\\w-]+)? (?:expire|lapse|slip|fail|break)";

/** Rules for `human_error_label`, `blame_seeking_question` and `person_as_cause`. */
export const peopleRules: Rule[] = [
  {
    id: 'human_error_label/human-error',
    category: 'human_error_label',
    message: '"Human error" names a starting point for inquiry, not a cause.',
    suggestions: [
      'List the conditions that made the action possible and likely: tooling, defaults, interface, time pressure, documentation.',
    ],
    question: 'What about the tool, interface or situation made this action reasonable at the time?',
    cue: 'error|mistake|failure|fault|slip|blunder',
    pattern: re(
      '\\b(?:human|operator|user|pilot|engineer|engineering|developer|manual|personnel|staff|people|ops|on-?call)[ -](?:error|mistake|failure|fault|slip|blunder)s?\\b(?! (?:code|codes|rate|rates|message|messages|log|logs|budget|page|pages|handling|type|types|path|paths|response|responses|class|classes|variant|variants|enum|string|strings)\\b)',
    ),
    unless:
      /\b(?:return(?:s|ed|ing)?|surfac\w+|show(?:s|ed|ing)?|render\w*|display\w*|map(?:s|ped)?|emit\w*|raise[sd]?) (?:a |an |the )?(?:human|user|operator)[ -]errors?\b/,
    examples: {
      match: ['Root cause: operator mistake during the cutover.', 'This was human error, plain and simple.'],
      noMatch: [
        'The handler now returns a user error with a human-readable message.',
        'The user error rate stayed flat.',
      ],
    },
  },
  {
    id: 'human_error_label/fat-finger',
    category: 'human_error_label',
    message: 'Labels like "fat-fingered" or "PEBKAC" end the inquiry at a person.',
    suggestions: [
      'Describe the command, what the tool showed before it ran, and what would have caught the typo (confirmation, dry run, validation).',
    ],
    question: 'What did the tool show before the command ran, and what could have stopped a mistyped value?',
    cue: 'fat|pebkac|pebcak|id10t|layer|keyboard',
    pattern:
      /\b(?:fat[- ]?finger(?:ed|ing|s)?|pebkac|pebcak|id10t|layer ?8 (?:issue|problem|error)|between (?:the )?keyboard and (?:the )?chair)\b/,
    examples: {
      match: ['This boils down to a fat-fingered command.', 'Classic PEBKAC.'],
      noMatch: ['The command had a typo in the namespace flag and the tool did not ask for confirmation.'],
    },
  },
  {
    id: 'human_error_label/people-problem',
    category: 'human_error_label',
    message: 'Calling it a "people problem" stops the search for the system conditions behind it.',
    suggestions: ['Name the conditions (tooling, defaults, load, information) that shaped what people did.'],
    question: 'What made the action that looked right at the time also look right to the people doing it?',
    cue: 'people|human|personnel|person',
    pattern:
      /(?<!\bnot (?:a |an |really a |just a )?)\b(?:people|human|personnel|person) (?:problem|issue|failure|thing)s?\b/,
    examples: {
      match: ['It was a people issue, not a tooling issue.', 'Honestly this is a people problem.'],
      noMatch: ['It was a tooling issue, not a people issue.'],
    },
  },
  {
    id: 'human_error_label/root-cause-person',
    category: 'human_error_label',
    message: 'A person (or their mistake) given as the root cause ends the inquiry at a person.',
    suggestions: [
      'Treat the action as the start of the inquiry: list the contributing factors that made it possible and likely.',
    ],
    question: 'Which conditions made this action possible, and which would make it harmless next time?',
    cue: 'cause|rca|verdict|conclusion',
    pattern: re(
      `\\b(?:root|primary|underlying|ultimate|rca|verdict|conclusion)(?: cause)?s?(?: result)?(?: of (?:the|this) (?:[\\w-]+ ){0,2}?(?:outage|incident))?(?: was| is| here is| here was|:)+\\s+(?<agent>${phrase})${phraseEnd}`,
    ),
    agent: 'person',
    examples: {
      match: ['Root cause: the on-call engineer.', "The root cause was Bob's typo in the values file."],
      noMatch: [
        "Root cause: the pool size was sized for last year's traffic.",
        'The root cause was a race in the cache.',
      ],
    },
  },
  {
    id: 'human_error_label/made-mistake',
    category: 'human_error_label',
    message: 'Saying someone "made a mistake" stops at the person instead of the conditions.',
    suggestions: [
      'Describe the action, what the person saw at the time, and what in the system let it do harm.',
    ],
    question: 'What did this person see at the time that made the action look right?',
    cue: 'made|make|makes|making',
    pattern:
      /\b(?:made|makes|make|making) (?:a |an |the |one |some |several |two |multiple |that |this |another |his |her |their )?(?:[\w-]+ )?(?:mistake|error|blunder|slip|goof)s?\b/,
    agent: 'person',
    examples: {
      match: ['RCA result: the on-call made an error.', 'Priya made a mistake in the values file.'],
      noMatch: ['The parser made an error on empty input.'],
    },
  },
  {
    id: 'human_error_label/boils-down',
    category: 'human_error_label',
    message: 'Reducing the incident to a person ends the inquiry too early.',
    suggestions: ['Follow the chain past the person: what made the action possible, likely and harmful?'],
    question: 'If someone else had been in that seat, what would have made them do the same?',
    cue: 'boils|boiled|comes down|came down',
    pattern: re(`\\b(?:boils|boiled|comes|came) down to (?<agent>${phrase})${phraseEnd}`),
    agent: 'person',
    examples: {
      match: ['In the end it comes down to Marek.', "It boils down to the reviewer's oversight."],
      noMatch: ['It boils down to a missing timeout on the client.'],
    },
  },
  {
    id: 'blame_seeking_question/who-did-it',
    category: 'blame_seeking_question',
    message: 'A who-question about a harmful action seeks a culprit rather than an understanding.',
    suggestions: [
      'Ask how the change reached production and which checks ran on it.',
      'Ask what the people involved saw at that point.',
    ],
    question: 'How did this reach production, and which checks ran on it?',
    cue: 'who|which',
    pattern: re(
      `(?:^|[,;:] |\\b(?:so|and|but|ok|okay|right|seriously|wait|then|also|honestly) )(?<span>(?:who|which (?:[\\w-]+ ){0,2}?(?:engineers?|persons?|teams?|ones?|of you|of them|of us|devs?|developers?|sres?|on-?calls?|humans?|reviewers?|squads?|folks|people|guys?))\\b[^?.!]{0,50}?\\b(?:${pastHarm}))\\b(?=[^?]*\\?)`,
    ),
    unless:
      /\bwhat did (?:they|he|she|you|we) (?:see|know|have)\b|\bwhat (?:was|were) (?:they|he|she) (?:seeing|looking at)\b/,
    examples: {
      match: ['Who merged the broken config?', 'Which of you turned off the alert?'],
      noMatch: [
        'Who was secondary on-call?',
        'Which team owns the ingress chart?',
        'Who decided to drain the zone, and what did they see at that point?',
      ],
    },
  },
  {
    id: 'blame_seeking_question/whose-fault',
    category: 'blame_seeking_question',
    message: 'Asking whose fault or whose change it was looks for someone to blame.',
    suggestions: ['Ask which change was involved and what made it look safe when it was made.'],
    question: 'Which change was involved, and what made it look safe when it was made?',
    cue: 'whose',
    pattern:
      /\bwhose (?:fault|change|mistake|commit|pr|idea|call|decision|deploy|push|bright idea|responsibility|screw-?up|doing)\b/,
    examples: {
      match: ['Whose change was it?', 'So whose fault is this?'],
      noMatch: ['Whose dashboards do we use for the cache tier?'],
    },
  },
  {
    id: 'blame_seeking_question/why-did-you',
    category: 'blame_seeking_question',
    message:
      '"Why did you…" asks a person to justify themselves; people get defensive and the learning stops.',
    suggestions: ['Ask which alternatives were weighed and what the situation looked like at that point.'],
    question: 'Which alternatives did the responders weigh, and what did they see at that point?',
    cue: 'why',
    pattern: re(
      `\\bwhy (?:on earth |the hell |the heck |in the world |exactly |again )?(?:did|didn't|didn’t|would|wouldn't|were|weren't|was|wasn't|do|don't|does|doesn't|is|isn't|are|aren't|have|haven't|has|hasn't|had|hadn't) (?:not )?(?<agent>(?!we\\b|it\\b|this\\b|that\\b|there\\b)(?:the |a |an |our |your |that |this )?[\\p{L}'’-]+) `,
    ),
    agent: 'person',
    examples: {
      match: ['Why on earth did you fail over to the cold region?', "Why didn't Tomasz check the lag first?"],
      noMatch: ['Why does the scheduler accept pods without limits?', 'Why did we pick a 30 s timeout?'],
    },
  },
  {
    id: 'blame_seeking_question/what-thinking',
    category: 'blame_seeking_question',
    message: '"What was X thinking" questions a person\'s judgement instead of the situation.',
    suggestions: ['Ask what information and pressures were present when the decision was made.'],
    question: 'What information and pressures were present when the decision was made?',
    cue: 'thinking',
    pattern: re(`\\bwhat (?:was|were|is|are) (?<agent>${phrase}) (?:even |possibly )?thinking\\b`),
    agent: 'person',
    examples: {
      match: ['What was Dmitri thinking?', 'Honestly, what were they thinking?'],
      noMatch: ['What was the autoscaler thinking, scaling to zero?'],
    },
  },
  {
    id: 'blame_seeking_question/accountable',
    category: 'blame_seeking_question',
    message: 'Asking who is accountable or to blame seeks a person, not a fix.',
    suggestions: [
      'Ask which actions will reduce the chance or impact of a repeat, and who owns each of them.',
    ],
    question: 'Which changes would make a repeat less likely, and who will own them?',
    cue: 'who|name',
    pattern:
      /\bwho(?:'s| is| was| are| will be| should be| do we hold| gets)? (?:(?:held |being held )?accountable for (?:this|that|the (?:outage|incident|mess|breakage|failure|downtime))|to blame|at fault|responsible for (?:this|that|the (?:outage|incident|mess|breakage|failure|downtime)|what happened))\b|\bcan we (?:get|have) (?:a )?names?\b|\bwho (?:do|should|can|will) we (?:blame|hold accountable|point at)\b|\bwho dropped the ball\b|\bwho (?:screwed|messed) (?:this |it |that )?up\b/,
    examples: {
      match: ['Who is to blame for the outage?', 'Can we get a name?'],
      noMatch: ['Who is responsible for the billing service on-call rota?'],
    },
  },
  {
    id: 'blame_seeking_question/how-could',
    category: 'blame_seeking_question',
    message: '"How could you miss…" is an accusation phrased as a question.',
    suggestions: ['Ask what competed for attention and what the signal looked like at the time.'],
    question: 'What did the signal look like at the time, and what else competed for attention?',
    cue: 'how',
    pattern: re(
      `\\bhow (?:on earth |the hell |exactly |come )?(?:could|did|do|does|can|would|is it|was it)(?: that)? (?<agent>you|they|he|she|we|nobody|no one|anyone|[\\p{L}'’-]+|the [\\w-]+) (?:possibly |even |just |all )?(?:miss|forget|ignore|overlook|skip|fail to|not (?:see|notice|check|catch|know|spot|read|look)|notice|see|catch|spot)\\b`,
    ),
    agent: 'person',
    unless: /\bhow (?:do|can|could|would|will|should) we (?:notice|see|catch|spot|detect)\b/,
    examples: {
      match: ['How could you miss that alert?', 'How did nobody notice the disk filling up?'],
      noMatch: ['How do we catch this earlier next time?', 'How did the probe not notice the hung handler?'],
    },
  },
  {
    id: 'person_as_cause/harm-verb',
    category: 'person_as_cause',
    message: 'A person (or their work) is the subject of the harm; make the change or mechanism the subject.',
    suggestions: [
      'Make the change, condition or mechanism the subject, and keep the person in the timeline as a neutral actor.',
    ],
    question: 'What made this change look safe at the time it was made?',
    cue: 'caus|broke|break|took|takes|brought|knocked|wiped|nuked|blew|melted|crashed|killed|introduced|responsible|blame|fault|culprit|triggered|led|resulted|deleted',
    pattern: re(
      "\\b(?:caused|causes|broke|breaks|took down|takes down|brought down|knocked over|knocked out|wiped|nuked|blew away|blew up|melted down|crashed|killed|introduced (?:the|a|an|this) (?:[\\w-]+ )?(?:bug|regression|outage|issue|problem|incident|failure|defect|breakage|leak|deadlock|race|race condition|panic|crash|vulnerability)|(?:is|was|are|were) (?:directly |solely |ultimately |entirely |partly )?responsible for (?:the |this |that |our |today's |yesterday's )?(?:outage|incident|failure|downtime|breakage|data loss|mess|errors|regression|page|problem|sev ?\\d)|(?:is|was|are|were) (?:to blame|at fault|the culprit)|triggered (?:the|this|that) (?:outage|incident|failure|cascade)|led to (?:the|this|that) (?:outage|incident|failure|downtime)|resulted in (?:the|this|that) (?:outage|incident|downtime)|(?:is|was) what (?:caused|broke|triggered)|deleted (?:the )?(?:prod|production|database|table|bucket|volume|namespace|cluster|data|index|topic|tenant|customer data))\\b",
    ),
    agent: 'person',
    examples: {
      match: [
        "Hugo's wrong port caused the health checks to fail.",
        'The toggle by Anika is what caused the spike.',
        'Bob broke the build twice this week.',
      ],
      noMatch: ['The retry storm caused the spike.', 'The manifest had the wrong port.'],
    },
  },
  {
    id: 'person_as_cause/because-of',
    category: 'person_as_cause',
    message: 'The outage is attributed to a person; attribute it to the change or condition instead.',
    suggestions: ['Name the change or condition, e.g. "A change to the proxy timeouts (PR #…) reduced …".'],
    question: 'What made this change look safe at the time it was made?',
    cue: 'because|due|owing|account|down|traced|blame|fault|came|comes|stems|stemmed|originated|originates',
    pattern: re(
      `\\b(?:because of|due to|owing to|on account of|(?:is|are|was|were|all) down to|traced (?:[\\w'’-]+ ){0,3}?(?:back )?to|blame (?:it |this |that )?on|blamed on|the fault of|(?:came|comes|stems|stemmed|originated|originates) from) (?<agent>${phrase})${phraseEnd}`,
    ),
    agent: 'person',
    examples: {
      match: [
        'Because of Kenji, every pod in us-west restarted at once.',
        "The checkout errors are down to Ilse's change to the proxy timeouts.",
      ],
      noMatch: ['Because of the cache stampede, every pod restarted.', 'We scaled down to 3 replicas.'],
    },
  },
  {
    id: 'person_as_cause/on-person',
    category: 'person_as_cause',
    message: 'Saying the incident "is on" a person places the cause in them.',
    suggestions: ['Describe the change and the conditions that let it cause harm.'],
    question: 'What would have made this harmless no matter who made the change?',
    cue: 'on',
    pattern: re(
      "\\b(?:this|that|it|the outage|the incident)(?: one)?(?: is|'s|’s| was) (?:all |squarely |entirely |totally |100% )?on (?<agent>[\\p{L}'’ -]{1,30}?)(?=$|[,;.?!]| (?:and|but|for|because)\\b)",
    ),
    agent: 'person',
    examples: {
      match: ['Honestly, this one is on Sebastián.'],
      noMatch: ['This one is on the roadmap for next quarter.'],
    },
  },
  {
    id: 'person_as_cause/real-cause',
    category: 'person_as_cause',
    message: 'A person is named as the real cause; name the mechanism instead.',
    suggestions: [
      'Name the mechanism and the conditions; keep the person as a neutral actor in the timeline.',
    ],
    question: 'Which conditions let this action do harm?',
    cue: 'real|actual|true|main|culprit',
    pattern: re(
      `\\b(?:real|actual|true|main) (?:cause|culprit|reason|problem|issue)(?: here)?(?: (?:was|is)|:)+ (?<agent>${phrase})${phraseEnd}|\\bthe culprit (?:was|is) (?<agent2>${phrase})${phraseEnd}`,
    ),
    agent: 'person',
    examples: {
      match: ['The real cause was Tomás.'],
      noMatch: ['The real problem was the retry policy.'],
    },
  },
  {
    id: 'person_as_cause/cleft',
    category: 'person_as_cause',
    message: '"It was X who…" singles out a person as the cause.',
    suggestions: ['Say what happened and what made it possible, without singling out who did it.'],
    question: 'What made this action possible and likely?',
    cue: 'caused|broke|took|brought|deleted|pushed|merged|deployed|changed|flushed|introduced|triggered|forgot|missed|messed|screwed|wiped',
    pattern: re(
      `\\bit (?:was|is|'s|’s) (?<agent>${phrase}) (?:who|that) (?:caused|broke|took|brought|deleted|pushed|merged|deployed|changed|flushed|introduced|triggered|forgot|missed|messed|screwed|wiped)\\b`,
    ),
    agent: 'person',
    examples: {
      match: ['It was Lars who pushed the bad config.'],
      noMatch: ['It was the cache that evicted the sessions.', 'It was Lars who paged the secondary.'],
    },
  },
  {
    id: 'person_as_cause/because-person-did',
    category: 'person_as_cause',
    message: 'The failure is explained by what a person did; explain it by the change and its conditions.',
    suggestions: [
      'Make the action the subject ("A manual flush of the cache at 12:10 …") and ask what let it do harm.',
    ],
    question: 'What let this action do harm, and what would have contained it?',
    cue: 'because',
    pattern: re(
      "\\bbecause (?<agent>(?!we\\b|i\\b)[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,2}?) (?:flushed|deleted|pushed|restarted|changed|turned off|disabled|removed|dropped|deployed|merged|applied|killed|rebooted|typed|misconfigured|broke|shipped|wiped|truncated|reverted|force-pushed|overwrote|edited|modified|bumped|upgraded|downgraded|drained|cordoned|stopped)\\b",
    ),
    agent: 'person',
    examples: {
      match: ['Our Redis cluster went down because the cache team flushed it mid-day.'],
      noMatch: [
        'I drained the node because the patching runbook says to.',
        'Latency rose because we deployed v2.',
      ],
    },
  },
];
