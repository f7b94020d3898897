import type { Command } from 'commander';
import { type MomentName, type Moments, momentOrderProblems } from '../domain/index.js';
import type { EvidenceResult } from '../evidence/index.js';
import { draftEventInput } from '../evidence/index.js';
import { cliActor, withStore } from './context.js';

/**
 * Adds the drafted events to an incident (a second import of the same evidence adds nothing: each event has a
 * stable fingerprint) and sets the proposed moments the incident does not have yet.
 */
export async function attachToIncident(
  command: Command,
  incidentId: string,
  result: EvidenceResult,
): Promise<{ added: number; skipped: number; moments: MomentName[] }> {
  const ctx = { actor: cliActor() };
  return withStore(command, async (store) => {
    const incident = await store.incidents.get(incidentId);
    const current: Moments = { ...incident.moments };
    const set: MomentName[] = [];
    for (const [name, proposed] of Object.entries(result.moments) as Array<
      [MomentName, { at: string; reason: string }]
    >) {
      if (current[name]) continue;
      current[name] = { at: proposed.at, reason: proposed.reason.slice(0, 500) };
      set.push(name);
    }
    if (set.length > 0) {
      // Proposed moments that clash with moments typed by hand are left out rather than refused as a whole.
      for (const problem of momentOrderProblems(current)) {
        if (set.includes(problem.later)) {
          delete current[problem.later];
          set.splice(set.indexOf(problem.later), 1);
        } else if (set.includes(problem.earlier)) {
          delete current[problem.earlier];
          set.splice(set.indexOf(problem.earlier), 1);
        }
      }
      // Moments first: adding events moves the incident's version on.
      if (set.length > 0)
        await store.incidents.update(incidentId, incident.version, { moments: current }, ctx);
    }
    const { added, skipped } = await store.timeline.addMany(
      incidentId,
      result.events.map(draftEventInput),
      ctx,
    );
    return { added: added.length, skipped, moments: set };
  });
}
