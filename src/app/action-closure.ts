import {
  type ClosureStats,
  closureStats,
  defaultClosureTargets,
  type Incident,
  type Severity,
} from '../domain/index.js';
import type { Store } from '../store/index.js';

export interface ClosureQuery {
  /** The day closure is judged on (YYYY-MM-DD, UTC). */
  today: string;
  /** Only this incident's actions. */
  incidentId?: string | undefined;
  /** Only actions whose owner contains this, in any case. */
  owner?: string | undefined;
  targets?: Readonly<Partial<Record<Severity, number>>> | undefined;
  /** Whether the reader may see an incident; its actions are left out otherwise. Everything when left out. */
  canSee?: ((incident: Incident) => boolean) | undefined;
}

/** How well action items get closed: the CLI's `actions stats` and the Actions board's figures. */
export async function actionClosure(store: Store, query: ClosureQuery): Promise<ClosureStats> {
  if (query.incidentId !== undefined) await store.incidents.get(query.incidentId);
  const actions = await store.actions.search({ incidentId: query.incidentId, owner: query.owner });
  const incidents: Incident[] = [];
  for (const id of new Set(actions.map((action) => action.incidentId))) {
    const incident = await store.incidents.find(id);
    if (incident && (query.canSee?.(incident) ?? true)) incidents.push(incident);
  }
  // Most severe first, then newest, so the per-incident list reads in the order people look for.
  incidents.sort((a, b) => a.severity.localeCompare(b.severity) || b.createdAt.localeCompare(a.createdAt));
  return closureStats(actions, incidents, query.today, query.targets ?? defaultClosureTargets);
}
