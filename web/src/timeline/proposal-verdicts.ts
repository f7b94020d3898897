import {
  type EventKind,
  type MomentName,
  type Moments,
  machineEventKinds,
} from '../../../src/domain/index.js';
import { formatInstant } from '../lib/text.js';
import type { ProposedMoment } from './draft-moments.js';

/** What the judgement needs of a timeline event, stored or drafted. */
export interface EventFacts {
  id?: string;
  at: string | null;
  kind: string;
  severity: string;
  summary: string;
}

/**
 * How a proposal stands against the incident: `new` (no moment yet), `better` (better founded than the one set
 * now), `same` (the time set now), `worse` (the timeline already founds it better) or `replaces` (another time,
 * neither better nor worse founded as far as the events tell).
 */
export type Verdict = 'new' | 'better' | 'same' | 'worse' | 'replaces';

export interface JudgedProposal extends ProposedMoment {
  verdict: Verdict;
  /** Whether the box starts ticked: only `new`; replacing a moment set now is the person's choice. */
  ticked: boolean;
  current?: { at: string; reason?: string | undefined };
  /** Why it is ticked or not, when evidence says which is better founded. */
  note?: string;
}

const impactKinds = new Set<string>(machineEventKinds.filter((kind: EventKind) => kind !== 'log-spike'));
const alertKinds = new Set(['alert-fired', 'page']);
const mitigationKinds = new Set(['rollback', 'mitigation', 'flag-change']);
const hurts = (e: EventFacts) => e.severity === 'error' || e.severity === 'critical';

/**
 * What founds each moment, strongest first (0: nothing): impact starts at an error (a crash, a log signature's
 * first error) rather than at the alert that reports it; an explicit resolution beats an alert resolving. The
 * first moments are the earliest such event; `resolved` is the last.
 */
const foundation: Record<MomentName, { rank(e: EventFacts): number; last?: boolean }> = {
  impactStart: {
    rank: (e) => (!hurts(e) ? 0 : alertKinds.has(e.kind) ? 1 : impactKinds.has(e.kind) ? 2 : 0),
  },
  detected: { rank: (e) => (alertKinds.has(e.kind) ? 1 : 0) },
  acknowledged: { rank: (e) => (e.kind === 'acknowledged' ? 1 : 0) },
  mitigated: { rank: (e) => (mitigationKinds.has(e.kind) ? 1 : 0) },
  resolved: {
    rank: (e) => (e.kind === 'resolution' ? 2 : e.kind === 'alert-resolved' ? 1 : 0),
    last: true,
  },
};

/** Whether `a` founds moment `name` better than `b`: stronger evidence, or as strong and earlier (later for resolved). */
function beats(name: MomentName, a: { rank: number; at: number }, b: { rank: number; at: number }): boolean {
  if (foundation[name].last) return a.rank > b.rank || (a.rank === b.rank && a.at > b.at);
  return (a.rank > b.rank && a.at <= b.at) || (a.rank >= b.rank && a.at < b.at);
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * Judges each proposal of a draft against the incident's moments and stored timeline, so that a later upload
 * never makes a moment worse founded: a proposal the timeline already beats (an alert as impact start when an
 * earlier error is stored, a later alert as detection) is shown unticked with why. Only a moment the incident lacks
 * starts ticked; one replacing a moment set now is the person's choice, with a note when evidence founds it better.
 */
export function judgeProposals(
  proposed: readonly ProposedMoment[],
  current: Moments,
  stored: readonly EventFacts[],
  drafted: readonly EventFacts[],
): JudgedProposal[] {
  return proposed.map((moment): JudgedProposal => {
    const { rank } = foundation[moment.name];
    const now = current[moment.name];
    const base = { ...moment, ...(now ? { current: { at: now.at, reason: now.reason } } : {}) };
    const own = eventIndex(moment.value);
    const drafted_ = own === undefined ? undefined : drafted[own];
    const mine = { rank: drafted_ ? rank(drafted_) : 0, at: Date.parse(moment.at) };
    if (now && Date.parse(now.at) === mine.at) return { ...base, verdict: 'same', ticked: false };
    const rival = stored.find(
      (e) =>
        e.at !== null && rank(e) > 0 && beats(moment.name, { rank: rank(e), at: Date.parse(e.at) }, mine),
    );
    if (rival) {
      const alertAsImpact = moment.name === 'impactStart' && mine.rank === 1 && rank(rival) === 2;
      const note = `Not ticked: the timeline already has ${rival.kind} at ${formatInstant(rival.at)} (${short(rival.summary)})${
        alertAsImpact ? ', an earlier error: the alert is when it was detected, not when impact started' : ''
      }.`;
      return { ...base, verdict: 'worse', ticked: false, note };
    }
    if (!now) return { ...base, verdict: 'new', ticked: true };
    // The moment set now is founded on the event it names, or on a stored event at its time.
    const ground =
      stored.find((e) => now.eventId !== undefined && e.id === now.eventId) ??
      stored.find((e) => e.at !== null && Date.parse(e.at) === Date.parse(now.at) && rank(e) > 0);
    // A later resolution is not better founded by being later (it may end another alert): only by its kind.
    const lastOnly = foundation[moment.name].last;
    if (
      ground?.at &&
      rank(ground) > 0 &&
      (lastOnly
        ? mine.rank > rank(ground)
        : beats(moment.name, mine, { rank: rank(ground), at: Date.parse(ground.at) }))
    ) {
      const note = `Better founded than the ${ground.kind} at ${formatInstant(ground.at)} set now; tick to replace it.`;
      return { ...base, verdict: 'better', ticked: false, note };
    }
    return { ...base, verdict: 'replaces', ticked: false };
  });
}

function eventIndex(value: unknown): number | undefined {
  const index = (value as { event?: unknown } | null)?.event;
  return typeof index === 'number' ? index : undefined;
}
