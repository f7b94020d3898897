import { beforeEach, expect } from 'vitest';
import type { DebriefError } from '../../../domain/index.js';
import type { Store } from '../../store.js';
import { incidentInput } from '../factories.js';
import { runWorker } from '../run-worker.js';
import { type ContractUse, contractIt, ctx } from './contract-use.js';

/** Concurrent writers, in several processes and in several store instances: no update is lost. */
export function concurrencyCases(use: ContractUse): void {
  const it = contractIt(use);
  let store: Store;
  beforeEach(() => {
    store = use.store();
  });

  it('loses no update when several processes increment one counter at once', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const workers = 3;
    const times = 10;
    const runs = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        runWorker('counter-worker.ts', [use.url(), incident.id, String(times), `worker-${i}`]),
      ),
    );
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
    const final = await store.incidents.get(incident.id);
    expect(final.impact.usersAffected).toBe(workers * times);
    expect(final.version).toBe(1 + workers * times);
    const updates = await use.audit().list({ incidentId: incident.id });
    expect(updates.filter((e) => e.action === 'update')).toHaveLength(workers * times);
  }, 120_000);

  it('loses no update when several store instances in one process race', async () => {
    const incident = await store.incidents.create(incidentInput(), ctx);
    const others = await Promise.all([use.another(), use.another()]);
    const all = [store, ...others];
    try {
      await Promise.all(
        all.map(async (instance) => {
          for (let done = 0; done < 10; ) {
            const current = await instance.incidents.get(incident.id);
            const next = { ...current.impact, failedRequests: (current.impact.failedRequests ?? 0) + 1 };
            try {
              await instance.incidents.update(incident.id, current.version, { impact: next }, ctx);
              done++;
            } catch (error) {
              if ((error as DebriefError).code !== 'conflict') throw error;
            }
          }
        }),
      );
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
    expect((await store.incidents.get(incident.id)).impact.failedRequests).toBe(all.length * 10);
  });
}
