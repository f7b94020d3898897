import { type Dispatch, type SetStateAction, useEffect, useRef } from 'react';
import {
  afterLiveClose,
  type LiveChange,
  liveChangeEvent,
  liveReadyEvent,
  liveUrl,
  parseLiveMessage,
  reconnectDelay,
  updatedBy,
} from './live-updates.js';

// Changes to what a part of the page reads on its own, not part of the incident bundle.
const ownStateEntities = new Set(['meeting', 'card', 'raised-point', 'notes']);

// A burst of changes (an import, a whole-document save) becomes one reload this long after its first change.
const reloadDelayMs = 300;
// "just now" stops being true; the notice clears after this long, unless something newer replaced it.
const noticeMs = 60_000;

/**
 * Keeps an incident page current: listens on the incident's live socket, reloads when someone else changes the
 * incident, and puts a line saying who did on the page's status line (`setStatus`). Reconnects with backoff when
 * the socket drops, and reloads once it is back, for changes made meanwhile. Forms keep their own state, so a
 * reload never loses what is typed. `incidentId` is undefined while the page shows no incident (loading, or not
 * found): a socket to an incident one may not see is only refused, so none is opened.
 */
export function useLiveUpdates(
  incidentId: string | undefined,
  me: string,
  reload: () => Promise<void>,
  setStatus: Dispatch<SetStateAction<string | undefined>>,
  gone?: () => void,
): void {
  const latest = useRef({ reload, setStatus, gone });
  useEffect(() => {
    latest.current = { reload, setStatus, gone };
  }, [reload, setStatus, gone]);

  useEffect(() => {
    if (incidentId === undefined) return;
    const address = liveUrl(window.location, incidentId);
    let socket: WebSocket | undefined;
    let stopped = false;
    let failures = 0;
    let connectedBefore = false;
    let actors: string[] = [];
    let retry: number | undefined;
    let pending: number | undefined;
    let fade: number | undefined;

    function reloadSoon(actor?: string) {
      if (actor !== undefined) actors.push(actor);
      if (pending !== undefined) return;
      pending = window.setTimeout(async () => {
        pending = undefined;
        const who = actors;
        actors = [];
        await latest.current.reload();
        if (stopped || who.length === 0) return;
        const notice = updatedBy(who);
        latest.current.setStatus(notice);
        window.clearTimeout(fade);
        fade = window.setTimeout(() => {
          // A newer line ("Saved.") stays; only this notice fades.
          latest.current.setStatus((shown) => (shown === notice ? undefined : shown));
        }, noticeMs);
      }, reloadDelayMs);
    }

    function connect() {
      const opened = new WebSocket(address);
      socket = opened;
      let open = false;
      opened.onopen = () => {
        open = true;
      };
      opened.onmessage = (event) => {
        const message = parseLiveMessage(event.data);
        if (message?.type === 'ready') {
          if (connectedBefore) reloadSoon();
          connectedBefore = true;
          failures = 0;
          window.dispatchEvent(new CustomEvent(liveReadyEvent, { detail: incidentId }));
        } else if (message?.type === 'changed') {
          // Parts of the page that keep their own state (the shared meeting) listen for their changes.
          window.dispatchEvent(new CustomEvent<LiveChange>(liveChangeEvent, { detail: message.change }));
          // The meeting's clock and phase are not the incident: no reload, no "updated by" line each phase.
          if (message.change.actor !== me && !ownStateEntities.has(message.change.entity)) {
            reloadSoon(message.change.actor);
          }
        }
      };
      opened.onclose = (event) => {
        if (socket === opened) socket = undefined;
        if (stopped) return;
        const step = afterLiveClose(event.code, open);
        // Reconnecting would only be refused: the page stops showing the incident, which ends this effect.
        if (step === 'gone') {
          latest.current.gone?.();
          return;
        }
        // A 404 from the reload takes the incident off the page, whose cleanup then cancels the retry below.
        if (step === 'recheck') latest.current.reload();
        failures++;
        retry = window.setTimeout(connect, reconnectDelay(failures));
      };
    }

    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      window.clearTimeout(pending);
      window.clearTimeout(fade);
      socket?.close();
    };
  }, [incidentId, me]);
}
