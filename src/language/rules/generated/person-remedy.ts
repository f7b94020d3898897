// Generated from src/language/rules/person-remedy.yml and src/language/rules/fragments.yml by scripts/compile-content.ts; do not edit.
// Edit the YAML, then run `npm run content` to regenerate this file.

import type { Rule } from '../../rule.js';

/** The rules of the category `person_remedy`, in the order of their file. */
export const personRemedyRules: readonly Rule[] = [
  {
    id: "person_remedy/be-careful",
    category: "person_remedy",
    message: "Asking people to be more careful is not a fix; the system stays the same.",
    suggestions: [
      "Turn it into a guardrail: a confirmation, a safer default, a visual cue, or an automated check.",
    ],
    question: "What guardrail, default or check would make carefulness unnecessary here?",
    cue: "careful|vigilant|diligent|attentive|cautious|mindful|disciplined",
    pattern: /\b(?:be|being|to be|are|is|were|get|stay|remain|become)(?: (?:more|extra|much more|especially|super|a lot more|a bit more|far more|doubly))+ (?:careful|vigilant|diligent|attentive|cautious|mindful|disciplined)\b|\b(?:must|need to|needs to|will|have to|has to|going forward,?|from now on,?|in future,?) (?:always )?be (?:careful|vigilant|diligent)\b/,
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
    id: "person_remedy/pay-attention",
    category: "person_remedy",
    message: "Telling people to pay attention or double-check leaves the trap in place.",
    suggestions: [
      "Automate the check, or make the risky state visible (e.g. a distinct prompt for the prod context).",
    ],
    question: "Which check could the tooling do so people do not have to?",
    cue: "attention|double|triple|twice|slow",
    pattern: /\bpay(?:ing)? (?:more|closer|extra|better|much more|greater|special) attention\b|\b(?:must|should|will|to|need to|needs to|please|always|remember to|has to|have to|be sure to|make sure to)(?: (?:always|now|carefully|manually))? (?:double|triple)[- ]?check\b|\bthink twice\b|\b(?:need|needs|must|should|have|has|to) (?:to )?slow down\b/,
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
    cue: "retrain|re-train|retak|re-take|refresher|remedial|mandatory|training|sign",
    pattern: /\b(?:retrain\w*|re-train\w*|retake|re-take|retaking|redo the training|refresher (?:training|course|session)|remedial training|mandatory (?:re-?)?training|(?:re-?)?read (?:the )?(?:[\w-]+ ){0,2}(?:runbook|docs|documentation|policy|guidelines|handbook|procedure)s? and sign)\b/,
    unless: /\b(?:alongside|along with|together with|in addition to|as well as)\b.*\b(?:check|guardrail|automation|automated|default|ci|lint|validation|confirmation|tooling)\b|\b(?:check|guardrail|automation|default|ci|lint|validation|confirmation)\b.*\b(?:alongside|along with|together with|in addition to|as well as)\b|\bretrain\w* (?:the |a |our )?(?:[\w-]+ )?(?:model|classifier|index|embeddings?)\b/,
    examples: {
      match: [
        "Everyone involved must retake the security training.",
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
    pattern: /\b(?:revok|withdr[ae]w|pull|remov|strip|suspend|restrict|tak(?:e|ing)|took)\w* (?<agent>(?:his|her|their|[\p{L}-]+['’]s)) (?:[\w-]+ )?(?:access|permissions|rights|privileges|credentials)\b/u,
    agent: "person",
    examples: {
      match: [
        "Revoke Nadia's prod access until further notice.",
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
    cue: "reprimand|disciplin|warning|performance|notice|written",
    pattern: /\b(?:reprimand\w*|disciplinary|disciplined|written warning|formal warning|final warning|performance improvement plan|put on notice|written up|(?:a|his|her|their) performance review)\b/,
    examples: {
      match: [
        "The engineer received a written warning.",
        "This should go into her performance review.",
      ],
      noMatch: [
        "The disk warning fired at 80 %.",
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
    pattern: /\bremind(?:ed|ing|er)?(?: to)? (?:all |the |our |every |each )?(?:engineers?|everyone|everybody|team|people|devs?|developers?|on-?call\w*|folks|staff|responders?|operators?|reviewers?|[\w-]+ team|them|him|her) (?:to|that|about|of)\b|\b(?:told|asked|instructed|warned) (?:all |the |our )?(?:engineers?|everyone|the team|people|devs?|on-?call\w*|folks|staff|them|him|her) to (?:double-?check|be (?:more )?careful|slow down|pay (?:more )?attention|think|check (?:twice|again|carefully)|never|always be)\b/,
    examples: {
      match: [
        "We reminded engineers to run the migration check before deploying.",
      ],
      noMatch: [
        "The bot reminds the channel when a certificate is close to expiry.",
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
    cue: "shadow|supervis|paired|approval|sign-off",
    pattern: /\b(?:must|will|should|has to|have to|needs to|need to|until (?:he|she|they))\b[^.]{0,40}\b(?:shadow\w*|be supervised|be paired|pair with a senior|get (?:manager|lead) (?:approval|sign-off)|manager(?:'s)? approval)\b/,
    agent: "not-system",
    agentAt: "clause",
    examples: {
      match: [
        "Carlos will need manager approval for every deploy until further notice.",
      ],
      noMatch: [
        "New hires shadow the primary for their first two weeks of on-call.",
      ],
    },
  },
];
