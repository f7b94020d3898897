import {
  betterFoundedBy,
  ConflictError,
  type EventFacts,
  foundingEvent,
  type Incident,
  type Moment,
  type MomentName,
  type Moments,
  momentNames,
  momentOrderProblems,
  restingEvent,
  type TimelineEventInput,
} from '../domain/index.js';
import type { Store, StoredEvent, WriteContext } from '../store/index.js';
import { retryOnConflict } from './retry-on-conflict.js';

/**
 * How proposed moments meet the ones an incident has (`docs/architecture.md, Attaching a draft, and the moments policy`). `fill` (the default): a proposal sets only a moment the
 * incident lacks, so evidence never overrides what a person set. `replace`: a person reviewed each proposal and
 * chose it, so it replaces the stored moment.
 */
export type MomentsPolicy = 'fill' | 'replace';

/** Events (with fingerprints, so a re-import adds nothing) and moments drafted from evidence or chosen by a person. */
export interface DraftToAttach {
  events: ReadonlyArray<TimelineEventInput & { fingerprint?: string | undefined }>;
  moments?: Moments | undefined;
}

/** A proposed moment that was not set, and why. */
export interface MomentLeftOut {
  name: MomentName;
  reason: string;
}

export interface Attached {
  added: StoredEvent[];
  skipped: number;
  /** The moments this call set. */
  set: MomentName[];
  /** Proposals not set because they would put the incident's moments in an impossible order. */
  leftOut: MomentLeftOut[];
  /**
   * Per file, the events already stored (same fingerprint, so skipped) whose time differs from this draft's: the
   * file was read in another zone before, or a time was set by hand (not counted when this reading has none). They
   * are kept as they are; the caller says how to replace them.
   */
  differing: Array<{ file: string; ids: string[] }>;
  incident: Incident;
}

/**
 * Adds a draft to an incident in one transaction: the moments the policy sets, then the events. A proposal
 * that would put the moments in an impossible order (detected after acknowledged, resolved before impact) is
 * left out and reported, never saved and never a reason to refuse the events. When someone else writes between
 * the read and the write, the plan is made again on the newer incident, unless the caller named the version it
 * planned from (then it is a conflict). The CLI (`evidence --incident`), the API (`/events/bulk`, the
 * Alertmanager intake) and the demo all attach through here.
 */
export async function attachDraft(
  store: Store,
  incidentId: string,
  draft: DraftToAttach,
  ctx: WriteContext,
  options: { policy?: MomentsPolicy | undefined; version?: number | undefined } = {},
): Promise<Attached> {
  const policy = options.policy ?? 'fill';
  const attempt = async (): Promise<Attached> => {
    const incident = await store.incidents.get(incidentId);
    if (options.version !== undefined && options.version !== incident.version) {
      throw new ConflictError(
        `incident ${incidentId} changed since version ${options.version} (it is at ${incident.version}); read it again`,
        incident,
      );
    }
    const proposed = draft.moments ?? {};
    const beaten =
      policy === 'fill' && Object.keys(proposed).length > 0
        ? worseFounded(incident.moments, proposed, draft.events, await store.timeline.list(incidentId))
        : [];
    const plan = planMoments(incident.moments, withoutBeaten(proposed, beaten), policy);
    // A stored moment with no event behind it, proposed again at its very time (the draft accepted before with
    // its event unticked): the event it rests on is linked now, the moment itself unchanged.
    const relinked = momentNames.filter(
      (name) =>
        !plan.set.includes(name) &&
        plan.moments[name] !== undefined &&
        plan.moments[name]?.eventId === undefined &&
        proposed[name] !== undefined &&
        sameInstant(plan.moments[name]?.at, proposed[name]?.at),
    );
    const links = momentLinks(plan.moments, [...plan.set, ...relinked], draft.events);
    const saved = await store.timeline.addMany(
      incidentId,
      draft.events,
      ctx,
      plan.set.length > 0 || Object.keys(links).length > 0
        ? { moments: plan.moments, version: incident.version, links }
        : {},
    );
    const differing = saved.skipped > 0 ? await timesThatDiffer(store, incidentId, draft) : [];
    return { ...saved, set: plan.set, leftOut: [...beaten, ...plan.leftOut], differing };
  };
  return options.version === undefined ? retryOnConflict(attempt) : attempt();
}

/**
 * The proposals for moments an incident lacks that its stored timeline founds better, each with why: an alert is
 * not impact start when an earlier error is stored, nor the detection when an earlier alert is. Filling them in
 * would make the moment worse founded than the events already say; a person may still set one by hand.
 */
export function worseFounded(
  stored: Moments,
  proposed: Moments,
  draftEvents: DraftToAttach['events'],
  timeline: readonly EventFacts[],
): MomentLeftOut[] {
  const facts = draftEvents.map(draftFacts);
  const out: MomentLeftOut[] = [];
  for (const name of momentNames) {
    const moment = proposed[name];
    if (!moment || stored[name]) continue;
    const rival = betterFoundedBy(name, moment.at, foundingEvent(name, moment.at, facts), timeline);
    if (rival?.at) {
      out.push({
        name,
        reason: `the timeline already has ${rival.kind} at ${rival.at} (${rival.summary.slice(0, 120)}), which founds ${name} better than ${moment.at}`,
      });
    }
  }
  return out;
}

/**
 * For each moment named (those the plan sets, and stored ones to link) without an event of its own, the index of the draft event it rests on
 * (`restingEvent`), so the saved moment names that event and deleting the event unsets it.
 */
function momentLinks(
  moments: Moments,
  names: readonly MomentName[],
  events: DraftToAttach['events'],
): Partial<Record<MomentName, number>> {
  const facts = events.map((e, index) => ({ ...draftFacts(e), index }));
  const links: Partial<Record<MomentName, number>> = {};
  for (const name of names) {
    const moment = moments[name];
    if (!moment || moment.eventId) continue;
    const event = restingEvent(name, moment.at, facts);
    if (event) links[name] = event.index;
  }
  return links;
}

function draftFacts(e: DraftToAttach['events'][number]): EventFacts {
  return { at: e.at ?? null, kind: e.kind ?? 'note', severity: e.severity ?? 'info', summary: e.summary };
}

function withoutBeaten(proposed: Moments, beaten: readonly MomentLeftOut[]): Moments {
  const out: Moments = { ...proposed };
  for (const { name } of beaten) delete out[name];
  return out;
}

/** The stored events a draft matched by fingerprint whose time is not the draft's, grouped by the draft's file. */
async function timesThatDiffer(
  store: Store,
  incidentId: string,
  draft: DraftToAttach,
): Promise<Attached['differing']> {
  const stored = new Map<string, StoredEvent>();
  for (const event of await store.timeline.list(incidentId)) {
    const fingerprint = (event as StoredEvent & { fingerprint?: string }).fingerprint;
    if (fingerprint !== undefined) stored.set(fingerprint, event);
  }
  const byFile = new Map<string, string[]>();
  for (const event of draft.events) {
    const twin = event.fingerprint === undefined ? undefined : stored.get(event.fingerprint);
    // A file that gives no time (a crash in a captured stderr) has nothing to say against a time set since by hand.
    if (!twin || event.at == null || sameInstant(twin.at, event.at)) continue;
    const file = event.origins?.[0]?.file ?? event.source ?? '(evidence)';
    byFile.set(file, [...(byFile.get(file) ?? []), twin.id]);
  }
  return [...byFile].map(([file, ids]) => ({ file, ids }));
}

function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return Date.parse(a) === Date.parse(b);
}

/** The moments an incident ends up with under a policy, which proposals that sets, and which it leaves out. */
export function planMoments(
  stored: Moments,
  proposed: Moments,
  policy: MomentsPolicy,
): { moments: Moments; set: MomentName[]; leftOut: MomentLeftOut[] } {
  const moments: Moments = { ...stored };
  const set: MomentName[] = [];
  for (const name of momentNames) {
    const moment = proposed[name];
    if (!moment || (policy === 'fill' && stored[name])) continue;
    if (sameMoment(stored[name], moment)) continue;
    moments[name] = { ...moment, ...(moment.reason ? { reason: moment.reason.slice(0, 500) } : {}) };
    set.push(name);
  }
  const leftOut: MomentLeftOut[] = [];
  for (;;) {
    const problem = momentOrderProblems(moments).find(
      (p) => set.includes(p.later) || set.includes(p.earlier),
    );
    if (!problem) break;
    // The newly proposed side of the clash goes; when both are new, the later one (its evidence came second).
    const name = set.includes(problem.later) ? problem.later : problem.earlier;
    if (stored[name]) moments[name] = stored[name];
    else delete moments[name];
    set.splice(set.indexOf(name), 1);
    leftOut.push({ name, reason: problem.message });
  }
  return { moments, set, leftOut };
}

function sameMoment(a: Moment | undefined, b: Moment): boolean {
  return a !== undefined && a.at === b.at && a.eventId === b.eventId && a.reason === b.reason;
}
