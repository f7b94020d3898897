import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { IncidentView, PeopleList } from '../api/types.js';
import { ownerChoices } from './owner-choices.js';

// The accounts change rarely: read once per page load, by every form that offers owners.
let accounts: Promise<string[]> | undefined;

function accountNames(): Promise<string[]> {
  accounts ??= api<PeopleList>('GET', '/api/people').then(
    (list) => list.people.map((person) => person.name),
    () => {
      // Offline or refused: offer the incident's names alone, and ask again next time.
      accounts = undefined;
      return [];
    },
  );
  return accounts;
}

/** The owners to offer in an incident's action forms (see ownerChoices). */
export function useOwnerChoices(bundle: Pick<IncidentView, 'incident' | 'actions'>): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    accountNames().then((found) => live && setNames(found));
    return () => {
      live = false;
    };
  }, []);
  return ownerChoices(
    bundle.incident.participants.map((person) => person.name),
    bundle.actions.map((action) => action.owner),
    names,
  );
}
