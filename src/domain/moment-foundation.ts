import type { MomentName } from './moments.js';
import { type EventKind, machineEventKinds } from './timeline.js';

/** What judging a moment's foundation needs of a timeline event, stored or drafted. */
export interface EventFacts {
  id?: string | undefined;
  at: string | null;
  kind: string;
  severity: string;
  summary: string;
}

const impactKinds = new Set<string>(machineEventKinds.filter((kind: EventKind) => kind !== 'log-spike'));
// A spike of errors is impact too, as weak as an alert: its time is the peak's, after the first error (trial 19: an
// imported "p99 latency climbed above 4s" spike row at error level was passed over for a later alert).
const alertKinds = new Set(['alert-fired', 'page']);
const mitigationKinds = new Set(['rollback', 'mitigation', 'flag-change']);
const hurts = (e: EventFacts) => e.severity === 'error' || e.severity === 'critical';

/**
 * What founds each moment, strongest first (0: nothing): impact starts at an error (a crash, a log signature's
 * first error) rather than at the alert that reports it; an explicit resolution beats an alert resolving. The
 * other moments are the earliest such event; `resolved` is the last.
 */
const foundation: Record<MomentName, { rank(e: EventFacts): number; last?: boolean }> = {
  impactStart: {
    rank: (e) =>
      !hurts(e) ? 0 : alertKinds.has(e.kind) || e.kind === 'log-spike' ? 1 : impactKinds.has(e.kind) ? 2 : 0,
  },
  detected: { rank: (e) => (alertKinds.has(e.kind) ? 1 : 0) },
  acknowledged: { rank: (e) => (e.kind === 'acknowledged' ? 1 : 0) },
  mitigated: { rank: (e) => (mitigates(e) ? 1 : 0) },
  resolved: {
    // A mitigation that says the service recovered ends the incident as a resolution does, as evidence drafts
    // take it (trial 19: an import took a later alert resolving instead); an alert resolving is weaker.
    rank: (e) =>
      e.kind === 'resolution' || (mitigationKinds.has(e.kind) && saysRecovered(e.summary))
        ? 2
        : e.kind === 'alert-resolved'
          ? 1
          : 0,
    last: true,
  },
};

// Words saying a service is well again: "error rate recovered", "back to baseline", "incident resolved"; not when
// negated ("not yet recovered", "never fully restored").
const recovered =
  /\b(?:recovered|recovery complete|resolved|back to (?:normal|baseline)|returned to (?:normal|baseline)|back under (?:the )?baseline|(?:fully )?restored(?!\s+(?:the|a|an|to|from|its|our)\b)|(?:healthy|working|succeed(?:s|ing)?|passing|flowing|green) again|back (?:up|online)\b(?! (?:to|on|at)\b))\b/i;
const negated =
  /\b(?:not|n['’]t|never|yet to|partially|partly)\s+(?:yet\s+|been\s+|fully\s+|completely\s+)*$/i;

// Words saying a mitigation changed nothing: "no effect", "didn't help", "errors continued", "still failing". An
// attempt ("Tried restarting the workers") that names no improvement is no mitigation either: the impact went on.
// A partial improvement is no mitigation either: "error rate dropped to 20% but timeouts went on", "partial
// recovery", "errors reduced but not gone", "the errors came back five minutes later" (trial 19).
const noEffect =
  /\b(?:no (?:effect|improvement|change|luck|difference)|nothing (?:changed|improved|helped)|did(?:n['’]t| not) (?:help|work|fix|change|improve|reduce|stop|resolve)|(?:had|has|made) no (?:effect|difference|impact)|to no avail|without (?:effect|success|improvement)|ineffective|unsuccessful|made (?:it|things|matters) worse|partial(?:ly)? (?:recovery|recovered|mitigat\w*|restored|fix(?:ed)?|improvement)|(?:but|though|although) (?:still |not )?(?:not )?(?:gone|fixed|resolved|over|cleared)|not (?:yet )?gone|(?:errors?|failures?|latency|impact|problems?|issues?|alerts?|outage|lag|timeouts?|5xxs?|retries)\s+(?:continued|persisted|went on|kept (?:coming|going|climbing|rising)|came back|reappeared|resumed|(?:is|are|was|were|remained|stayed) (?:unchanged|high|elevated|the same))|still (?:well |far |way )?(?:failing|erroring|down|broken|elevated|high|degraded|firing|slow|timing out|fail(?:s|ing)?|seeing|getting|above|over|reported|reporting|spiking|growing|climbing|rising|lagging|behind|stuck|crashing|flapping|throwing|returning|unhealthy)|then (?:climbed|rose|spiked|degraded|worsened|failed|broke|went back up|came back)|(?:dropped|improved|eased|fell|recovered) (?:for|briefly)\b[^.;]{0,30}?\b(?:then|and|but)\b|did(?:n['’]t| not) (?:take|stick|hold|last)|helped (?:a (?:little|bit)|slightly|somewhat|briefly|only)|some improvement|kept (?:growing|rising|climbing|increasing|failing|erroring|crashing|coming))\b/i;
const attempt = /^\W*(?:tried|attempted|attempting|trying|attempt(?: \d+)?:?)\b/i;
const improvement =
  /\b(?:recover(?:ed|ing|s|y)|resolv(?:ed|es|ing)|restor(?:ed|es|ing)|fix(?:ed|es)|improv(?:ed|es|ing)|dropp(?:ed|ing)|drops|fell|falling|eas(?:ed|ing)|subsid(?:ed|ing)|stopp(?:ed|ing)|stops|clear(?:ed|s|ing)|back (?:to|under|up)|returned|down to|decreas(?:ed|ing)|reduc(?:ed|ing)|normal|healthy|work(?:ed|s)|succeed(?:ed|s)|successful(?:ly)?|help(?:ed|s))\b/i;

/** Whether an event's text says the mitigation changed nothing (an attempt that failed), so it ends no impact. */
export function saysNoEffect(summary: string): boolean {
  if (noEffect.test(summary)) return !saysRecovered(summary);
  return attempt.test(summary) && !improvement.test(summary);
}

/** Whether an event mitigates the impact: a rollback, mitigation or flag change that does not say it failed. */
export function mitigates(event: { kind: string; summary: string }): boolean {
  return mitigationKinds.has(event.kind) && !saysNoEffect(event.summary);
}

// A recovery of part of it, or for a while: "only half of the pods recovered", "recovered only partially",
// "recovered for a few minutes, then degraded again" (trial 20).
const partOrWhile =
  /\b(?:only (?:half|some|part|a few|partially|partly|briefly|for)|partial(?:ly)?|partly|half of|(?:recovered|restored|resolved|normal|baseline)\s+(?:only\s+)?(?:briefly|for a (?:few )?(?:minutes?|moment|while|bit))|then (?:degraded|climbed|rose|spiked|failed|broke|worsened|dropped|went down)|(?:degraded|failing|broke|failed|spiked) again)\b/i;

/** Whether an event's text says the service recovered (a mitigation that ends the impact, not one still trying). */
export function saysRecovered(summary: string): boolean {
  const m = recovered.exec(summary);
  return m !== null && !negated.test(summary.slice(0, m.index)) && !partOrWhile.test(summary);
}

/** How strongly an event founds a moment: 0 when it does not found it at all. */
export function foundationRank(name: MomentName, event: EventFacts | undefined): number {
  return event ? foundation[name].rank(event) : 0;
}

/** A moment as the evidence founds it: the strength of its event and its time in milliseconds. */
export interface Founded {
  rank: number;
  at: number;
}

/**
 * Whether `a` founds moment `name` better than `b`: stronger evidence no later (a first error beats the alert that
 * reports it), or as strong and earlier; for `resolved`, stronger, or as strong and later.
 */
export function foundsBetter(name: MomentName, a: Founded, b: Founded): boolean {
  if (foundation[name].last) return a.rank > b.rank || (a.rank === b.rank && a.at > b.at);
  return (a.rank > b.rank && a.at <= b.at) || (a.rank >= b.rank && a.at < b.at);
}

/** Whether a moment is the last of its kind (`resolved`), so a later time alone does not make it better founded. */
export function isLastMoment(name: MomentName): boolean {
  return foundation[name].last === true;
}

/**
 * The timeline event that founds moment `name` better than a proposal at `at` founded by `event` (an alert as
 * impact start when an earlier error is stored, a later alert as detection), or undefined when none does.
 */
export function betterFoundedBy(
  name: MomentName,
  at: string,
  event: EventFacts | undefined,
  timeline: readonly EventFacts[],
): EventFacts | undefined {
  const proposal = { rank: foundationRank(name, event), at: Date.parse(at) };
  return timeline.find((e) => {
    const rank = foundationRank(name, e);
    return e.at !== null && rank > 0 && foundsBetter(name, { rank, at: Date.parse(e.at) }, proposal);
  });
}

/** The event of a draft a proposed moment rests on: the one at its time that founds it most strongly. */
export function foundingEvent<T extends EventFacts>(
  name: MomentName,
  at: string,
  events: readonly T[],
): T | undefined {
  const when = Date.parse(at);
  let best: T | undefined;
  for (const event of events) {
    if (event.at === null || Date.parse(event.at) !== when) continue;
    if (foundationRank(name, event) > foundationRank(name, best)) best = event;
  }
  return best;
}

/**
 * The event of a draft a moment rests on, so the moment can name it and go when it goes: the founding event at its
 * time (`foundingEvent`), or, for a mitigation the evidence derives rather than reads (errors back under their usual
 * rate, the end of the last spike), the last log spike at or before it.
 */
export function restingEvent<T extends EventFacts>(
  name: MomentName,
  at: string,
  events: readonly T[],
): T | undefined {
  const founding = foundingEvent(name, at, events);
  if (founding || name !== 'mitigated') return founding;
  const when = Date.parse(at);
  let last: T | undefined;
  for (const event of events) {
    if (event.kind !== 'log-spike' || event.at === null || Date.parse(event.at) > when) continue;
    if (!last || Date.parse(event.at) >= Date.parse(last.at as string)) last = event;
  }
  return last;
}
