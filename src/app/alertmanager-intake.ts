import { z } from 'zod';
import { instantSchema, type TimelineEventInput } from '../domain/index.js';
import { alertmanagerWebhook, draftEventInput, EvidenceDraft } from '../evidence/index.js';
import type { DraftToAttach } from './attach-draft.js';
import { draftToAttach } from './draft-to-attach.js';

// Alertmanager writes this end time for alerts that are still firing.
const notEnded = '0001-01-01T00:00:00Z';

const alertStatusSchema = z.enum(['firing', 'resolved']);

const alertSchema = z
  .object({
    status: alertStatusSchema,
    labels: z.record(z.string(), z.string()),
    annotations: z.record(z.string(), z.string()).default({}),
    startsAt: instantSchema,
    endsAt: z.string().default(notEnded),
    fingerprint: z.string().trim().min(1).max(100).optional(),
  })
  .superRefine((alert, ctx) => {
    const ended = alert.endsAt !== notEnded && instantSchema.safeParse(alert.endsAt).success;
    if (alert.status === 'resolved' && !ended) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: `a resolved alert needs an ISO 8601 end time, got ${JSON.stringify(alert.endsAt)}`,
      });
    }
  });

/** The Alertmanager webhook payload (version 4), as far as debrief reads it; other fields are ignored. */
export const alertmanagerPayloadSchema = z.object({
  version: z.literal('4', { error: (issue) => `expected "4", got ${JSON.stringify(issue.input)}` }),
  status: alertStatusSchema,
  alerts: z.array(alertSchema).max(1_000),
  /** Alertmanager's key of the alert group; with `open=draft` its deliveries land on one incident. */
  groupKey: z.string().max(4_000).optional(),
  commonLabels: z.record(z.string(), z.string()).default({}),
  commonAnnotations: z.record(z.string(), z.string()).default({}),
});
export type AlertmanagerPayload = z.infer<typeof alertmanagerPayloadSchema>;

/**
 * The timeline events of a validated payload, drafted exactly as a saved webhook file is by `importEvidence`: one
 * per alert instance firing, one more when it resolved, with the same fingerprints, so a delivery, its repeats and
 * the same payload imported from a file add each event once. With them, the moments the evidence importer proposes
 * (the first alert firing as the detection, …), so a draft the intake opens, or an incident it adds to, gets its
 * key moments as an imported webhook file would.
 */
export function alertDraft(
  payload: AlertmanagerPayload,
  author: string,
): DraftToAttach & { events: Array<TimelineEventInput & { fingerprint: string }> } {
  const options = { time: { zone: 'UTC' }, reference: new Date() };
  const draft = new EvidenceDraft(options);
  for (const item of alertmanagerWebhook.read(payload, options).items) draft.addItem(item, 'alertmanager');
  const result = draft.result();
  const events = result.events.map((event) => ({ ...draftEventInput(event), origins: [{ author }] }));
  // While any alert of the group still fires, the incident is not resolved, though some alerts are: a moment once
  // set is not moved, so it waits for the notification that the whole group resolved.
  const proposed = draftToAttach(result).moments ?? {};
  const { resolved: _early, ...unresolved } = proposed;
  return { events, moments: payload.status === 'resolved' ? proposed : unresolved };
}
