import type { DebriefError } from '../../../domain/index.js';
import type { Store } from '../../store.js';

/** What the contract cases get from the suite that runs them against one database. */
export interface ContractUse {
  /** The open, migrated store (valid inside tests). */
  store(): Store;
  /** The URL of the database, for child processes. */
  url(): string;
}

/** The actor of every write the cases make. */
export const ctx = { actor: 'tester' };

/** The error a promise rejects with, for assertions on code and message. */
export async function failure(promise: Promise<unknown>): Promise<DebriefError> {
  try {
    await promise;
  } catch (error) {
    return error as DebriefError;
  }
  throw new Error('expected the promise to reject');
}
