import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftToAttach, type EvidenceResult, importEvidence } from '../../app/index.js';
import type { ActionInput, FactorInput, MomentName, Moments, ReviewInput } from '../../domain/index.js';
import { workdayFrom } from '../../playbook/index.js';
import type { AccountStore, Store } from '../../store/index.js';
import { demoEvidence, demoScript, type EvidenceFiles } from './demo-evidence.js';

/** The demo incident's fixed id, so seeding twice does not add a second copy. */
export const demoIncidentId = 'INC-DEMOG0PA';
export const demoUsername = 'demo';

export interface DemoResult {
  incidentId: string;
  /** Whether this run created the incident (false when it was already there). */
  created: boolean;
  username: string;
  /** The demo account's password, newly set by this run. */
  password: string;
}

const day = 24 * 60 * 60 * 1000;
const hour = 60 * 60 * 1000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// Written to disk and read by the evidence importer, the way evidence reaches debrief from an engineer's laptop.
async function importDemoEvidence(files: EvidenceFiles): Promise<EvidenceResult> {
  const dir = await mkdtemp(join(tmpdir(), 'debrief-demo-'));
  try {
    const onDisk = [];
    for (const [name, text] of Object.entries(files)) {
      await writeFile(join(dir, name), text);
      onDisk.push({ name, path: join(dir, name) });
    }
    return (await importEvidence({ files: onDisk })).result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Seeds a realistic Go service outage (evidence → timeline, moments, factors, actions, a review) and a demo admin
 * account. Safe to run on every start: existing demo data is left alone.
 */
export async function seedDemo(
  store: Store,
  accounts: AccountStore,
  now: Date = new Date(),
): Promise<DemoResult> {
  // A fresh password on every demo start, so the one printed always works.
  const password = randomBytes(9).toString('base64url');
  const existing = await accounts.findUser(demoUsername);
  if (existing) await accounts.setPassword(existing.id, password, { actor: 'demo' });
  else
    await accounts.createUser(
      { username: demoUsername, name: 'Demo Admin', password, role: 'admin' },
      { actor: 'demo' },
    );
  const result = { incidentId: demoIncidentId, username: demoUsername, password };
  if (await store.incidents.find(demoIncidentId)) return { ...result, created: false };

  const ctx = { actor: 'demo' };
  // The outage happened two days ago at 14:00 UTC, so the follow-up dates lie ahead.
  // Two days ago at 14:00 UTC, on the working day before when that was a weekend: seeded on a Monday, the overdue
  // action's Friday would otherwise fall before a Saturday incident, and the demo refused to start.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = Date.parse(`${workdayFrom(dateOf(today - 2 * day), 'back')}T00:00:00Z`) + 14 * hour;
  const draft = await importDemoEvidence(demoEvidence(start));
  const drafted = draftToAttach(draft).events;

  const incident = await store.incidents.create(
    {
      title: 'Checkout failures after payments client timeout change',
      severity: 'SEV2',
      status: 'in-review',
      services: ['checkout-api', 'payments-gateway'],
      impact: {
        description:
          'For 21 minutes about 40% of checkout attempts failed with HTTP 502; customers saw "payment could not be processed".',
        usersAffected: 18_400,
        failedRequests: 52_300,
        errorBudgetBurn: 0.34,
      },
      bluf: 'A release lowered the payments client timeout below the gateway’s normal latency, so 40% of checkouts failed for 21 minutes until a rollback. We are adding a canary stage and a timeout budget check.',
      summary:
        'checkout-api v2.14.0 moved the payments client onto a shared http.Client with an 800 ms timeout. The gateway’s p95 is about 900 ms, so many calls timed out, and a nil response on the timeout path panicked a goroutine. The high-error-rate alert fired about four minutes after impact began; the on-call engineer rolled back to v2.13.4 and errors returned to baseline.',
      participants: [
        { name: 'Dana Kim', role: 'facilitator' },
        { name: 'Priya Raman', role: 'incident-commander' },
        { name: 'Luis Ortega', role: 'responder' },
        { name: 'Sam Chen', role: 'scribe' },
        { name: 'Morgan Lee', role: 'stakeholder' },
      ],
      wentWell: ['The rollback through Argo CD took under two minutes once decided.'],
      gotLucky: ['The incident started outside the evening traffic peak.'],
    },
    ctx,
    demoIncidentId,
  );

  const { added } = await store.timeline.addMany(incident.id, drafted, ctx);
  const manual = [
    {
      at: new Date(start + demoScript.acknowledged).toISOString(),
      kind: 'acknowledged' as const,
      summary: 'Priya Raman acknowledged the page and opened #inc-checkout',
      source: 'manual',
      origins: [{ author: 'Priya Raman' }],
    },
    {
      at: new Date(start + demoScript.rollback - 3 * 60_000).toISOString(),
      kind: 'decision' as const,
      summary: 'Decided to roll back v2.14.0: the deploy matched the start of the errors',
      source: 'manual',
      origins: [{ author: 'Luis Ortega' }],
    },
  ];
  const typed = [];
  for (const event of manual) typed.push(await store.timeline.add(incident.id, event, ctx));

  const moments: Moments = {};
  for (const [name, proposed] of Object.entries(draft.moments)) {
    const fingerprint = proposed.event === undefined ? undefined : drafted[proposed.event]?.fingerprint;
    const stored = added.find(
      (record) => record.fingerprint !== undefined && record.fingerprint === fingerprint,
    );
    moments[name as MomentName] = {
      at: proposed.at,
      reason: proposed.reason.slice(0, 500),
      ...(stored ? { eventId: stored.id } : {}),
    };
  }
  const ack = typed[0];
  if (ack?.at) moments.acknowledged = { at: ack.at, eventId: ack.id };
  // Adding events bumps the incident's version, so update the incident as it is now.
  const current = await store.incidents.get(incident.id);
  await store.incidents.update(incident.id, current.version, { moments }, ctx);

  // Dates a team would pick: on working days (a review or due date on a Sunday reads as a slip of the demo).
  // An overdue one stays overdue: its weekend day moves back to the Friday before (never before the incident, which
  // began on a working day too, above).
  const dueIn = (days: number) =>
    workdayFrom(dateOf(now.getTime() + days * day), days < 0 ? 'back' : 'forward');
  // Each contributing factor with the action that answers it, so an action's factorId cannot point at the wrong one.
  const plan: Array<{ factor: FactorInput; action: Omit<ActionInput, 'factorId'> }> = [
    {
      factor: {
        title: 'Releases reach all traffic at once, with no canary stage',
        category: 'deploy-release',
        description:
          'v2.14.0 went to 100% of pods in one step, so a latency regression reached every customer.',
      },
      action: {
        title: 'Add a 5% canary stage with automatic rollback on error ratio',
        owner: 'Luis Ortega',
        dueDate: dueIn(14),
        priority: 'high',
        type: 'prevent',
      },
    },
    {
      factor: {
        title: 'The client timeout was not checked against the dependency’s latency',
        category: 'dependencies',
        description: 'Nothing compares a client timeout with the p95/p99 latency of the service it calls.',
      },
      action: {
        title: 'Lint client timeouts against the dependency’s published p99',
        owner: 'Priya Raman',
        dueDate: dueIn(30),
        priority: 'medium',
        type: 'prevent',
      },
    },
    {
      factor: {
        title: 'The timeout path of the payments client had no test',
        category: 'automated-testing',
        description:
          'A timeout returns a nil response that the caller dereferenced; no test exercised that path.',
      },
      action: {
        title: 'Test the payments client timeout path and return an error instead of nil',
        owner: 'Sam Chen',
        dueDate: dueIn(7),
        priority: 'high',
        type: 'prevent',
        status: 'in-progress',
      },
    },
    {
      factor: {
        title: 'The error-rate alert waits five minutes before firing',
        category: 'monitoring-alerting',
        description: 'The alert’s `for: 5m` delayed detection while 40% of checkouts were failing.',
      },
      action: {
        title: 'Fire the checkout error-rate alert after 1 minute above 10%',
        owner: 'Dana Kim',
        dueDate: dueIn(-1),
        priority: 'medium',
        type: 'detect',
      },
    },
  ];
  for (const { factor, action } of plan) {
    const stored = await store.factors.add(incident.id, factor, ctx);
    await store.actions.add(incident.id, { ...action, factorId: stored.id }, ctx);
  }

  const review: ReviewInput = {
    scheduledAt: `${workdayFrom(dateOf(start + 3 * day))}${new Date(start + 3 * day + hour).toISOString().slice(10)}`,
    durationMinutes: 60,
    location: 'Video call, #inc-checkout',
    attendees: ['Dana Kim', 'Priya Raman', 'Luis Ortega', 'Sam Chen', 'Morgan Lee'],
    agenda: [
      { title: 'Opening and ground rules', minutes: 5 },
      { title: 'Timeline walk-through', minutes: 20 },
      { title: 'Contributing factors', minutes: 20 },
      { title: 'Actions and owners', minutes: 10 },
      { title: 'Closing', minutes: 5 },
    ],
  };
  await store.reviews.add(incident.id, review, ctx);
  return { ...result, created: true };
}
