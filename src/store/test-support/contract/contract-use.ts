import type { DebriefError } from '../../../domain/index.js';
import type { AuditLog } from '../../audit-log.js';
import type { Store } from '../../store.js';

/** What the records port's contract cases get from the suite that runs them against one adapter. */
export interface ContractUse {
  /** The adapter under test, open and migrated (valid inside tests). */
  store(): Store;
  /** The audit log of the database behind it, where the cases check what the adapter's writes recorded. */
  audit(): AuditLog;
  /** Another instance of the adapter on the same database, as a second process would have; the case closes it. */
  another(): Promise<Store>;
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
