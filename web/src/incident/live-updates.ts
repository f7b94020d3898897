/** A change announced on an incident's live socket (see src/server/routes/live.ts). */
export interface LiveChange {
  incidentId: string;
  entity: string;
  entityId: string;
  action: string;
  actor: string;
  at: string;
}

/** The window event each change on the live socket is also sent as (`detail`: the `LiveChange`). */
export const liveChangeEvent = 'debrief:live-change';
/** The window event sent when the live socket is (again) listening (`detail`: the incident id). */
export const liveReadyEvent = 'debrief:live-ready';

/** The live socket's address for an incident, on the page's own host (`wss:` under https). */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>, incidentId: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/incidents/${encodeURIComponent(incidentId)}/live`;
}

/** Tries a second apart before backing off: a server restarted within about half a minute is found at once. */
export const quickRetries = 30;

/**
 * How long to wait before reconnecting after `failures` drops in a row: about a second for the first
 * `quickRetries` (a restarted server is back within a second, and a meeting's next move with it), then doubling
 * to 30 s, with jitter so a room of browsers does not knock at once.
 */
export function reconnectDelay(failures: number, random: () => number = Math.random): number {
  const beyond = Math.max(0, failures - quickRetries);
  const base = Math.min(1_000 * 2 ** beyond, 30_000);
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * What to do when the live socket closes. `gone`: taken off a restricted incident (4403), so stop and say so.
 * `recheck`: it closed before it ever opened, so the upgrade was refused (the incident is not found, the session
 * ended) or the server is unreachable; a browser does not say which, so read the incident again, which stops
 * the page's listening when it is gone, and retry. `retry`: an open socket dropped; reconnect.
 */
export function afterLiveClose(code: number, opened: boolean): 'gone' | 'recheck' | 'retry' {
  if (code === 4403) return 'gone';
  return opened ? 'retry' : 'recheck';
}

/** A message of the live socket: `ready`, a change, or undefined for anything unexpected. */
export function parseLiveMessage(
  data: unknown,
): { type: 'ready' } | { type: 'changed'; change: LiveChange } | undefined {
  if (typeof data !== 'string') return undefined;
  let message: Record<string, unknown>;
  try {
    message = JSON.parse(data) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (message?.type === 'ready') return { type: 'ready' };
  if (
    message?.type !== 'changed' ||
    typeof message.actor !== 'string' ||
    typeof message.incidentId !== 'string'
  ) {
    return undefined;
  }
  const { type: _type, ...change } = message;
  return { type: 'changed', change: change as unknown as LiveChange };
}

/** The status line after others' changes: "Updated by eli just now", "Updated by eli and ada just now". */
export function updatedBy(actors: readonly string[]): string {
  const names = [...new Set(actors)];
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Updated by ${list} just now`;
}
