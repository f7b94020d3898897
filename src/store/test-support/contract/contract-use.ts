import { it } from 'vitest';
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
  /** Where a child process opens the same store (see ../worker-store.ts). */
  url(): string;
  /** The adapter's skip list: why it cannot run the named case, or undefined to run it. */
  skipReason?(name: string): string | undefined;
  /** Who the audit log records for a write that names `actor` (by default that actor). */
  recordedActor?(actor: string): string;
}

/** Who the audit log should show for a write through the adapter that names `actor`. */
export function auditedAs(use: ContractUse, actor: string): string {
  return use.recordedActor?.(actor) ?? actor;
}

/** `it` for the contract cases: a case on the adapter's skip list is reported as skipped, with its reason. */
export function contractIt(use: Pick<ContractUse, 'skipReason'>) {
  return function contractCase(name: string, test: () => Promise<void>, timeout?: number): void {
    const reason = use.skipReason?.(name);
    if (reason === undefined) it(name, test, timeout);
    else it.skip(`${name} (skipped: ${reason})`, test, timeout);
  };
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
