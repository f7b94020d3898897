import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { alertDraft, alertGroupIncident, alertmanagerPayloadSchema, attachDraft } from '../../app/index.js';
import { intakeResultSchema } from '../../domain/api/index.js';
import {
  DebriefError,
  type Incident,
  invalidInput,
  requiredLine,
  severityInputSchema,
} from '../../domain/index.js';
import type { IntakeGroups, Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const querySchema = z.object({
  incident: requiredLine(64).optional().meta({ description: 'the incident the alerts belong to' }),
  open: z.enum(['draft'], { error: 'expected "draft"' }).optional().meta({
    description: 'instead of incident: each alert group (groupKey) opens a draft incident of its own',
  }),
  severity: severityInputSchema
    .optional()
    .meta({ description: "with open=draft: the new incident's severity (SEV3 unless set)" }),
});

const alertmanagerContract = routeContract({
  method: 'POST',
  url: '/api/intake/alertmanager',
  summary:
    'Alertmanager webhook: alerts become timeline events on ?incident=ID, or on a draft incident per alert group with ?open=draft; a re-delivery adds nothing',
  tags: ['intake'],
  access: 'editor',
  query: querySchema,
  body: { schema: alertmanagerPayloadSchema, what: 'Alertmanager payload' },
  responses: { 200: { description: 'how many events were added and skipped', schema: intakeResultSchema } },
});

/**
 * POST /api/intake/alertmanager?incident=ID: an Alertmanager webhook receiver. Each alert becomes an
 * alert-fired event (and alert-resolved once it ends) on the incident; Alertmanager re-sends the same alerts on
 * every group interval, so events carry a fingerprint and a re-delivery adds nothing.
 */
export function intakeRoutes(app: FastifyInstance, store: Store, groups: IntakeGroups | undefined): void {
  addRoute(app, alertmanagerContract, async function alertmanagerIntake(request) {
    const user = userOf(request);
    const query = alertmanagerContract.parseQuery(request);
    if ((query.incident === undefined) === (query.open === undefined)) {
      throw invalidInput(
        'expected ?incident=ID (the incident the alerts belong to) or ?open=draft, not both',
      );
    }
    const payload = alertmanagerContract.parseBody(request);
    let target: { incident: Incident; opened: boolean };
    if (query.incident !== undefined) {
      target = { incident: await visibleIncident(store, user, query.incident), opened: false };
    } else {
      if (!groups) throw invalidInput('open=draft needs a server on a SQLite or PostgreSQL database');
      // Nothing fired: no incident is opened for an empty notification.
      if (payload.alerts.length === 0) return { added: 0, skipped: 0, incidentId: null, opened: false };
      const options = { severity: query.severity ?? 'SEV3', actor: user.username } as const;
      target = await alertGroupIncident(store, groups, payload, options);
      // An incident an earlier delivery opened may since have been restricted to others: refused without its id,
      // which the sender never gave.
      if (!target.opened) {
        const id = target.incident.id;
        await visibleIncident(store, user, id).catch((error: unknown) => {
          if (error instanceof DebriefError && error.code === 'not_found') {
            throw new DebriefError(
              'forbidden',
              'the incident this alert group opened is restricted to its participants; one of them or an admin can add the sender, or deliver to ?incident=ID',
            );
          }
          throw error;
        });
      }
    }
    const draft = alertDraft(payload, `alertmanager via ${user.username}`);
    const { added, skipped } = await attachDraft(store, target.incident.id, draft, { actor: user.username });
    return { added: added.length, skipped, incidentId: target.incident.id, opened: target.opened };
  });
}
