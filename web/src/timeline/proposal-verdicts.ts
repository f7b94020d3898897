import {
  betterFoundedBy,
  type EventFacts,
  foundationRank,
  foundsBetter,
  isLastMoment,
  type Moments,
  restingEvent,
} from '../../../src/domain/index.js';
import { formatInstant } from '../lib/text.js';
import type { ProposedMoment } from './draft-moments.js';

export type { EventFacts } from '../../../src/domain/index.js';

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
    const rank = (e: EventFacts) => foundationRank(moment.name, e);
    const now = current[moment.name];
    const base = { ...moment, ...(now ? { current: { at: now.at, reason: now.reason } } : {}) };
    const own = eventIndex(moment.value);
    const founding = own === undefined ? undefined : drafted[own];
    const mine = { rank: founding ? rank(founding) : 0, at: Date.parse(moment.at) };
    // The same time: nothing to change, unless no event backs the moment yet and this draft brings one (accepted
    // once without its event): ticked, so accepting links it.
    if (now && Date.parse(now.at) === mine.at) {
      const links = now.eventId === undefined && restingEvent(moment.name, moment.at, drafted) !== undefined;
      return {
        ...base,
        verdict: 'same',
        ticked: links,
        ...(links
          ? { note: 'Ticked: no event backs the moment set now, and accepting links it to this one.' }
          : {}),
      };
    }
    const rival = betterFoundedBy(moment.name, moment.at, founding, stored);
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
    const lastOnly = isLastMoment(moment.name);
    if (
      ground?.at &&
      rank(ground) > 0 &&
      (lastOnly
        ? mine.rank > rank(ground)
        : foundsBetter(moment.name, mine, { rank: rank(ground), at: Date.parse(ground.at) }))
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
