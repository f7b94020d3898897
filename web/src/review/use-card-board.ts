import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardBoard, MeetingRole } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import { type LiveChange, liveChangeEvent, liveReadyEvent } from '../incident/live-updates.js';

export interface CardBoardView extends CardBoard {
  role: MeetingRole;
  you: string;
}

/** The meeting's cards and raised points, read again whenever the live socket says they changed. */
export function useCardBoard(incidentId: string, reviewId: string) {
  const [board, setBoard] = useState<CardBoardView>();
  const [error, setError] = useState<string>();
  const base = `/api/incidents/${encodeURIComponent(incidentId)}/reviews/${encodeURIComponent(reviewId)}`;
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    try {
      const next = await api<CardBoardView>('GET', `${base}/cards`);
      if (request === latest.current) setBoard(next);
    } catch (problem) {
      setError((problem as Error).message);
    }
  }, [base]);

  useEffect(() => {
    void load();
    const onChange = (event: Event) => {
      const change = (event as CustomEvent<LiveChange>).detail;
      if ((change.entity === 'card' || change.entity === 'raised-point') && change.entityId === reviewId)
        void load();
    };
    const onReady = () => void load();
    window.addEventListener(liveChangeEvent, onChange);
    window.addEventListener(liveReadyEvent, onReady);
    return () => {
      window.removeEventListener(liveChangeEvent, onChange);
      window.removeEventListener(liveReadyEvent, onReady);
    };
  }, [load, reviewId]);

  /** Sends a write, then reads the board again; a refusal is shown, never thrown. */
  const send = useCallback(
    async <T>(method: string, path: string, body?: unknown): Promise<T | undefined> => {
      try {
        const answer = await api<T>(method, `${base}${path}`, body);
        setError(undefined);
        await load();
        return answer;
      } catch (problem) {
        setError((problem as Error).message);
        return undefined;
      }
    },
    [base, load],
  );

  return { board, error, send };
}

/** The cards this browser wrote, kept here only: the server does not know who wrote a card. */
export interface OwnCard {
  id: string;
  prompt: string;
  text: string;
}

const ownKey = (reviewId: string) => `debrief.my-cards.${reviewId}`;

export function readOwnCards(reviewId: string): OwnCard[] {
  try {
    const saved = JSON.parse(window.localStorage.getItem(ownKey(reviewId)) ?? '[]') as unknown;
    return Array.isArray(saved) ? (saved as OwnCard[]) : [];
  } catch {
    return [];
  }
}

export function writeOwnCards(reviewId: string, cards: readonly OwnCard[]): void {
  try {
    window.localStorage.setItem(ownKey(reviewId), JSON.stringify(cards));
  } catch {
    // Storage off: the writer cannot delete their hidden cards later, nothing else is lost.
  }
}
