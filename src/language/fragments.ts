// Regular-expression fragments shared by the rule files. Rules run on lower-cased text.

/** A past participle: regular `-ed` forms plus the irregular verbs post-mortems use. */
export const participle =
  '(?:been|known|seen|done|gone|caught|run|read|set|put|cut|hit|let|shut|made|got|gotten|taken|given|written|thought|brought|sent|kept|left|held|told|found|built|spent|felt|met|paid|said|stood|understood|heard|meant|taught|begun|drawn|driven|forgotten|frozen|hidden|spoken|thrown|woken|chosen|spun|struck|split|spread|shown|rolled back|[\\p{L}-]+ed)';

/** A phrase of one to a few words up to a clause break: a named agent group is classified by the engine. */
export const phrase = '[^,;.?!:()]{1,40}?';

/** Where a short agent phrase ends: punctuation, the end, or a word that starts a new clause. */
export const phraseEnd =
  '(?=$|[,;.?!:)]| (?:and|but|when|which|that|who|so|because|after|before|during|on|at|in|to|for|with|caused|broke|took|led|is|was|were|are)(?=\\s))';

/**
 * "by <system>" after a passive: the agent is software, so the lapse is a system's behaviour. The list ends in
 * `(?!\w)`, not `\b`: the same test after a word character, and V8 compiles it several times faster here.
 */
export const bySystem =
  '(?! by (?:the |a |an |our |its )?(?:[\\w-]+ )?(?:ci|pipeline|linter|lint|tests?|suite|checks?|validator|webhook|alerting|monitor\\w*|canary|job|bot|automation|tool|script|controller|scheduler|probe|service|proxy|client|router|parser|handler|kubelet|operator|daemon|agent|cron|system|compiler|runtime|gc|kernel|load balancer|balancer)(?!\\w))';

/** A short capitalised-or-not agent word or two, for rules whose agent sits in a fixed slot. */
export const shortAgent = "[\\p{L}'’-]+(?: [\\p{L}'’-]+)?";
