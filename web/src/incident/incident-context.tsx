import { createContext, useContext } from 'react';
import type { IncidentView } from '../api/types.js';

export interface IncidentContextValue {
  bundle: IncidentView;
  editable: boolean;
  /**
   * Runs a write, then reloads the incident. A 409 reloads too and says that the record changed; other errors
   * are shown. Resolves true when the write succeeded.
   */
  /** Runs a write and reloads; `done` is the status to show, or made from what the write answered. */
  save: <T>(write: () => Promise<T>, done?: string | ((result: T) => string)) => Promise<boolean>;
  reload: () => Promise<void>;
}

export const IncidentContext = createContext<IncidentContextValue | undefined>(undefined);

/** The incident being shown, for the sections of its page. */
export function useIncident(): IncidentContextValue {
  const value = useContext(IncidentContext);
  if (!value) throw new Error('useIncident is used outside an incident page');
  return value;
}
