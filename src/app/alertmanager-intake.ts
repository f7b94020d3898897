import { z } from 'zod';
import { instantSchema, type TimelineEventInput } from '../domain/index.js';
import { alertmanagerWebhook, signatureId } from '../evidence/index.js';

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
});

type Alert = z.infer<typeof alertSchema>;

/** The same alert firing (or resolving) from the same start always gets the same fingerprint. */
function alertFingerprint(alert: Alert, kind: string): string {
  const labels = Object.entries(alert.labels).sort(([a], [b]) => a.localeCompare(b));
  const id = alert.fingerprint ?? signatureId(JSON.stringify(labels));
  return `alertmanager:${id}:${alert.startsAt}:${kind}`;
}

/** The timeline events of a validated payload: one per firing alert, and one more when it has resolved. */
export function alertEvents(
  payload: z.infer<typeof alertmanagerPayloadSchema>,
  author: string,
): Array<TimelineEventInput & { fingerprint: string }> {
  const read = alertmanagerWebhook.read(payload, { time: { zone: 'UTC' }, reference: new Date() });
  return read.items.flatMap((item) => {
    const alert = payload.alerts[item.line - 1];
    if (!alert || item.kind === undefined) return [];
    return [
      {
        at: item.at,
        approximate: item.approximate,
        kind: item.kind,
        severity: item.severity,
        summary: item.message.slice(0, 10_000),
        source: item.source,
        ...(item.service ? { service: item.service.slice(0, 100) } : {}),
        origins: [{ author }],
        fingerprint: alertFingerprint(alert, item.kind),
      },
    ];
  });
}
