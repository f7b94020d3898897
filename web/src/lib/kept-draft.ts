import { keptDraftIds } from './draft-store.js';

/** The first record of a kind with a draft kept in this tab's sessionStorage, to open its editor again. */
export function keptDraftId(incidentId: string, kind: string): string | undefined {
  try {
    return keptDraftIds(window.sessionStorage, incidentId, kind)[0];
  } catch {
    return undefined;
  }
}
