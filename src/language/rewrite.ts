// Small helpers that turn a blameful sentence into a systemic rewrite ("Bob forgot to run the migration" →
// "The migration step did not run").
import { isCodeIdentifier } from './code-words.js';
import type { Rule } from './rule.js';

const irregular: Record<string, string> = {
  run: 'run',
  set: 'set',
  put: 'put',
  read: 'read',
  write: 'written',
  take: 'taken',
  send: 'sent',
  do: 'done',
  make: 'made',
  give: 'given',
  keep: 'kept',
  bring: 'brought',
  build: 'built',
  catch: 'caught',
  see: 'seen',
  tell: 'told',
  find: 'found',
  shut: 'shut',
  cut: 'cut',
  spin: 'spun',
  get: 'obtained',
  pay: 'paid',
  hold: 'held',
};

/** The past participle of a base verb ("update" → "updated", "run" → "run"). */
export function participleOf(verb: string): string {
  const lower = verb.toLowerCase();
  const known = irregular[lower];
  if (known) return known;
  if (lower.endsWith('e')) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(lower)) return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const objectEnd =
  /\s(?:before|after|when|while|until|because|since|during|on|in|at|for|to|from|into|with|so|and|but|which|even|again|despite)\b/i;

/** Splits "the migration before the deploy" into the object and the rest ("the migration", " before the deploy"). */
export function splitObject(rest: string): { object: string; tail: string } {
  const trimmed = rest.trim();
  const cut = objectEnd.exec(` ${trimmed}`);
  if (!cut) return { object: trimmed, tail: '' };
  const at = cut.index - 1;
  return { object: trimmed.slice(0, Math.max(0, at)).trim(), tail: ` ${trimmed.slice(at).trim()}` };
}

const runVerbs = new Set(['run', 'execute', 'apply', 'trigger', 'start', 'kick off']);
const perceptionVerbs = new Set([
  'notice',
  'see',
  'spot',
  'realise',
  'realize',
  'catch',
  'detect',
  'recognise',
  'recognize',
  'observe',
]);

/**
 * "run" + "the migration" → "The migration step did not run"; "update" + "the runbook" → "The runbook was not
 * updated"; "call" + "resp.Body.Close" → "resp.Body.Close was not called".
 */
export function omissionRewrite(verb: string | undefined, rest: string | undefined): string | undefined {
  if (!verb || rest === undefined) return undefined;
  const { object, tail } = splitObject(rest);
  if (object === '') return undefined;
  // A sign nobody saw: "failed to notice that the alert had fired" is "Nothing showed that the alert had fired"
  // ("Nothing noticed that …" has no one to notice, trial 21).
  if (/^that\b/i.test(object) && perceptionVerbs.has(verb.toLowerCase()))
    return `Nothing showed ${object}${tail}.`;
  if (/^(?:whether|if|that|how|what|which)\b/i.test(object))
    return `Nothing ${participleOf(verb)} ${object}${tail}.`;
  const pronoun = /^(?:it|them|this|that|these|those)\b/i.exec(object);
  if (pronoun) {
    const rest = object.slice(pronoun[0].length);
    const be = /^(?:it|this|that)$/i.test(pronoun[0]) ? 'was' : 'were';
    return `${capitalise(pronoun[0].toLowerCase())} ${be} not ${participleOf(verb)}${rest}${tail}.`;
  }
  // A code identifier keeps its own spelling, so it is not capitalised: "resp.Body.Close was not called".
  if (isCodeIdentifier(object) && !runVerbs.has(verb.toLowerCase()))
    return `${object} was not ${participleOf(verb)}${tail}.`;
  const noun = /^(?:the|a|an|our|their|his|her|its)\s/i.test(object) ? object : `the ${object}`;
  const plainNoun = noun.replace(/^(?:his|her|their|our)\s/i, 'the ');
  if (runVerbs.has(verb.toLowerCase())) return `${capitalise(plainNoun)} step did not run${tail}.`;
  return `${capitalise(plainNoun)} was not ${participleOf(verb)}${tail}.`;
}

type Rewrite = NonNullable<Rule['rewrite']>;

/**
 * The rewrites a rule file can name (`rewrite: omission`): each reads the named groups `verb`, `rest` and `tail`
 * of the rule's pattern.
 */
export const rewrites = {
  /** "forgot to run the migration" → "The migration step did not run." */
  omission: (groups) => omissionRewrite(groups.verb, `${groups.rest ?? ''}${groups.tail ?? ''}`),
  /** The same for a past-tense verb ("never updated the runbook"): its `-ed` is dropped first. */
  'omission-past': (groups) =>
    omissionRewrite(groups.verb?.replace(/ed$/, ''), `${groups.rest ?? ''}${groups.tail ?? ''}`),
} satisfies Record<string, Rewrite>;

/** The name of a rewrite a rule file can pick. */
export type RewriteName = keyof typeof rewrites;
