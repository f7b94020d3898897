import { Gauge, type Registry } from 'prom-client';
import { incidentStatuses } from '../domain/index.js';
import type { Store } from '../store/index.js';
import { utcDay } from './routes/actions.js';

/** Gauges read from the store at each scrape: incidents by status, and open and overdue action items. */
export function registerStoreMetrics(registry: Registry, store: Store, now: () => Date): void {
  const registers = [registry];
  new Gauge({
    name: 'debrief_incidents',
    help: 'Incidents by status.',
    labelNames: ['status'],
    registers,
    async collect() {
      const counts = await Promise.all(
        incidentStatuses.map((status) => store.incidents.count({ status: [status] })),
      );
      incidentStatuses.forEach((status, i) => {
        this.set({ status }, counts[i] ?? 0);
      });
    },
  });
  new Gauge({
    name: 'debrief_actions_open',
    help: 'Action items open or in progress.',
    registers,
    async collect() {
      this.set(await store.actions.count({ status: ['open', 'in-progress'] }));
    },
  });
  new Gauge({
    name: 'debrief_actions_overdue',
    help: 'Open action items past their due date.',
    registers,
    async collect() {
      this.set(await store.actions.count({ overdueOn: utcDay(now()) }));
    },
  });
}
