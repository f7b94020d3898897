import { sortTimeline } from '../../domain/index.js';
import type { DraftEvent } from '../draft-event.js';
import { tokenizeMessage } from '../signatures/message-tokens.js';

/** Events with the same key this close in time are one happening seen by two systems. */
const duplicateWindow = 10 * 60_000;
/** Repeats of one event with gaps shorter than this collapse into one event with a count. */
const floodGap = 60_000;

function ms(at: string | null): number {
  return at === null ? Number.NaN : Date.parse(at);
}

function joinSources(a: string, b: string): string {
  const parts = new Set([...a.split(', '), ...b.split(', ')]);
  return [...parts].join(', ').slice(0, 100);
}

/**
 * Whether two events with one key are one happening. Two that both name their instance (Alertmanager's alerts)
 * are one only at the same time: a re-fire of an instance is a new alert with its own `startsAt`, as the intake
 * stores it. One that names none (a PagerDuty incident) joins the alert of its name within the window.
 */
function sameHappening(a: DraftEvent, b: DraftEvent): boolean {
  if (a.instance !== undefined && b.instance !== undefined) return a.instance === b.instance && a.at === b.at;
  return Math.abs(ms(a.at) - ms(b.at)) <= duplicateWindow;
}

/** Merges events that carry the same key (an alert from Alertmanager and from PagerDuty), keeping both origins. */
export function mergeDuplicates(events: readonly DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  const byKey = new Map<string, DraftEvent[]>();
  for (const event of sortTimeline(events)) {
    if (!event.key) {
      out.push(event);
      continue;
    }
    const seen = byKey.get(`${event.kind}|${event.key}`) ?? [];
    const twin = seen.find((other) => sameHappening(other, event));
    if (twin) {
      // A PagerDuty incident names no instance: it joins the first alert of its name, and that one only.
      twin.instance ??= event.instance;
      twin.origins.push(...event.origins);
      twin.source = joinSources(twin.source, event.source);
      if (twin.service === undefined) twin.service = event.service;
      continue;
    }
    const copy = { ...event, origins: [...event.origins] };
    seen.push(copy);
    byKey.set(`${event.kind}|${event.key}`, seen);
    out.push(copy);
  }
  return sortTimeline(out);
}

/**
 * Collapses floods: the same kind of event with the same message shape from the same service in one file,
 * repeated with short gaps, becomes its first occurrence with a count (`… (×240)`). Log signatures are already aggregated, and
 * an alert instance's firings and resolutions each keep their own event, as the intake stores them.
 */
export function collapseFloods(events: readonly DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  const open = new Map<string, { event: DraftEvent; lastAt: number; baseSummary: string }>();
  for (const event of sortTimeline(events)) {
    if (
      event.kind === 'log-signature' ||
      event.kind === 'log-spike' ||
      event.at === null ||
      event.instance !== undefined
    ) {
      out.push(event);
      continue;
    }
    // Within one file: the same crash in the logs of two pods is two crashes, each named by its own file.
    const key = `${event.origin.file}|${event.kind}|${event.service ?? ''}|${tokenizeMessage(event.summary).join(' ')}`;
    const t = ms(event.at);
    const current = open.get(key);
    if (current && t - current.lastAt <= floodGap) {
      current.event.count += event.count;
      current.lastAt = t;
      if (current.event.origins.length < 50)
        current.event.origins.push(...event.origins.slice(0, 50 - current.event.origins.length));
      current.event.summary = `${current.baseSummary} (×${current.event.count.toLocaleString('en-US')})`;
      continue;
    }
    const copy = { ...event, origins: [...event.origins] };
    open.set(key, { event: copy, lastAt: t, baseSummary: event.summary });
    out.push(copy);
  }
  return out;
}

/**
 * Merges duplicates, collapses floods, and sorts by time (unknown times last). At one time, exact events come
 * before approximate ones: a crash that borrowed the time of the line before it happened after that line.
 */
export function draftTimeline(events: readonly DraftEvent[]): DraftEvent[] {
  const merged = collapseFloods(mergeDuplicates(events));
  return sortTimeline([...merged.filter((e) => !e.approximate), ...merged.filter((e) => e.approximate)]);
}
