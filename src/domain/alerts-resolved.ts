import type { EventFacts } from './moment-foundation.js';

// How an alert's event says its state: "[FIRING:2]", "firing", "resolved", "cleared", "triggered".
const stateTag = /\[(?:firing|resolved)(?::\d+)?\]/gi;
const stateWord =
  /\b(?:firing|fired|fires|triggered|resolved|resolves|cleared|clears|recovered|went off|is ok|back to ok|closed|opened|started)\b/i;

/**
 * Which alert an event is about, read from its text as a stored or imported timeline says it: the words before its
 * state ("Alert HighLag (db-1) firing: lag over 5m" and "HighLag (db-1) resolved" are both "highlag (db-1)"),
 * without the word "alert" or a trailing note.
 */
export function alertNamed(summary: string): string {
  const text = summary.replace(stateTag, ' ');
  const state = stateWord.exec(text);
  // The words before the state name the alert; when the state comes first ("Resolved: HighLag"), those after it,
  // up to a note.
  const before = state ? text.slice(0, state.index) : (text.split(/:\s/)[0] ?? text);
  const after = state ? text.slice(state.index + state[0].length).replace(/^[\s:–—-]+/, '') : '';
  const name = before.trim() === '' ? (after.split(/:\s/)[0] ?? after) : before;
  return name
    .replace(/\balert(?:s)?\b/gi, ' ')
    .replace(/[^\p{L}\p{N}()\-_.\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether every alert that fired has a resolution of the same alert at or after its firing, so alerts resolving
 * can say the incident is over: one alert of two resolving says nothing of the other, and one that fired again
 * after resolving is still firing. `which` names the alert (by default from the event's text, `alertNamed`); a
 * resolution that names no alert or says "all" ("All alerts resolved") resolves every alert fired before it.
 */
export function everyAlertResolved<T extends EventFacts>(
  events: readonly T[],
  which: (event: T) => string = (event) => alertNamed(event.summary),
): boolean {
  const resolved = new Map<string, string[]>();
  let allClearAt: string | undefined;
  for (const e of events) {
    if (e.kind !== 'alert-resolved' || e.at === null) continue;
    const name = which(e);
    if (name === '' || /^all\b/.test(name)) {
      if (!allClearAt || e.at > allClearAt) allClearAt = e.at;
      continue;
    }
    resolved.set(name, [...(resolved.get(name) ?? []), e.at]);
  }
  const after = (fired: string | null) => (at: string) => fired === null || at >= fired;
  return events.every(
    (e) =>
      e.kind !== 'alert-fired' ||
      (allClearAt !== undefined && after(e.at)(allClearAt)) ||
      (resolved.get(which(e)) ?? []).some(after(e.at)),
  );
}
