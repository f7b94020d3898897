import { type RemindersConfig, reminderAddress, reminderDue } from '../domain/index.js';
import type { ReminderMessage } from '../report/index.js';
import type { ReminderLog, ReminderSend, Store } from '../store/index.js';
import { type PlannedDigest, plannedSend, reminderPlan } from './reminder-plan.js';
import type { ReminderSender } from './reminder-senders.js';

/** How failed deliveries are tried again: after `baseMs`, doubling each time up to `capMs`, `maxAttempts` in all. */
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

/** A minute, then 2, 4, 8 … up to an hour: a webhook down for a morning still gets the day's digest. */
export const defaultRetry: RetryPolicy = { baseMs: 60_000, capMs: 3_600_000, maxAttempts: 8 };

export interface ReminderRun {
  store: Store;
  log: ReminderLog;
  config: RemindersConfig;
  sender: ReminderSender;
  /** Who sends: this process, unique among the servers sharing the database. */
  holder: string;
  /** Where links point when the configuration has no "url". */
  baseUrl?: string | undefined;
  retry?: RetryPolicy | undefined;
  now?: (() => Date) | undefined;
  /** Told of each failure, naming the recipient (never a webhook URL, which is a secret). */
  report?: ((line: string) => void) | undefined;
}

/** What one pass did: digests newly planned, and each one tried with its outcome. */
export interface PassResult {
  day: string;
  planned: number;
  tried: ReminderSend[];
}

/** When a delivery that failed on its `attempts`th try is tried again, or undefined to give up. */
export function retryAt(now: Date, attempts: number, retry: RetryPolicy): string | undefined {
  if (attempts >= retry.maxAttempts) return undefined;
  const wait = Math.min(retry.capMs, retry.baseMs * 2 ** (attempts - 1));
  return new Date(now.getTime() + wait).toISOString();
}

/** The digests of a day as the store has them now, by recipient; planned once per day asked for. */
function currentDigests(run: ReminderRun): (day: string) => Promise<Map<string, PlannedDigest>> {
  const days = new Map<string, Promise<Map<string, PlannedDigest>>>();
  return (day) => {
    let digests = days.get(day);
    if (digests === undefined) {
      digests = reminderPlan(run.store, run.config, day, run.baseUrl).then(
        (list) => new Map(list.map((digest) => [digest.recipient, digest])),
      );
      days.set(day, digests);
    }
    return digests;
  };
}

/** A delivery taken but never settled for this long is taken as lost by a stopped server. */
const lostAfterMs = 10 * 60_000;

/**
 * One pass: plans the day's digests (when `plan`), then sends every digest that is due, settling each as sent, to
 * be tried again with backoff, or failed. Digests are taken from the log one claim at a time, so two servers or a
 * server and `debrief remind` never send the same one.
 */
export async function reminderPass(run: ReminderRun, plan: boolean): Promise<PassResult> {
  const clock = run.now ?? (() => new Date());
  const start = clock();
  const now = start.toISOString();
  const day = now.slice(0, 10);
  await run.log.abandon(new Date(start.getTime() - lostAfterMs).toISOString());
  let planned = 0;
  if (plan) {
    const digests = await reminderPlan(run.store, run.config, day, run.baseUrl);
    planned = await run.log.plan(day, digests.map(plannedSend), now);
  }
  const tried: ReminderSend[] = [];
  const current = currentDigests(run);
  for (const claimed of await run.log.claim(run.holder, now)) {
    let send = claimed;
    try {
      // A retry, perhaps hours later, says what is still open and due now, not what was when the day was planned.
      if (send.attempts > 1) {
        const digest = (await current(send.day)).get(send.recipient);
        if (digest === undefined) {
          const reason = 'nothing left to remind of: every action in it was closed or changed since';
          await run.log.settle(send, run.holder, { status: 'skipped', reason });
          tried.push({ ...send, status: 'skipped', lastError: reason });
          continue;
        }
        send = { ...send, ...plannedSend(digest), address: send.address };
      }
      const address = reminderAddress(send.recipient, run.config);
      if (address === undefined) throw new Error('its route is no longer in the configuration');
      await run.sender.send(send.channel, address, JSON.parse(send.message) as ReminderMessage);
      const at = clock().toISOString();
      const words = send === claimed ? {} : { message: send.message, items: send.items };
      await run.log.settle(send, run.holder, { status: 'sent', at, ...words });
      tried.push({ ...send, status: 'sent', sentAt: at, lastError: undefined });
    } catch (error) {
      const message = (error as Error).message;
      const next = retryAt(clock(), send.attempts, run.retry ?? defaultRetry);
      const outcome = next
        ? ({ status: 'pending', error: message, retryAt: next } as const)
        : ({ status: 'failed', error: message } as const);
      await run.log.settle(send, run.holder, outcome);
      run.report?.(
        `reminder for ${send.audience} (${send.recipient}) not delivered on attempt ${send.attempts}: ${message}; ${
          next ? `trying again at ${next}` : 'giving up'
        }`,
      );
      tried.push({
        ...send,
        status: outcome.status,
        lastError: message,
        nextAttemptAt: next ?? send.nextAttemptAt,
      });
    }
  }
  return { day, planned, tried };
}

/** In a terminal, a failed delivery is tried twice more within a few seconds; `debrief serve` keeps trying for hours. */
export const promptRetry: RetryPolicy = { baseMs: 1_000, capMs: 4_000, maxAttempts: 3 };

/**
 * `debrief remind`: the day's digests sent now, whatever the time of day. Digests that failed today are tried
 * again (someone asked, the cause perhaps mended), and a delivery that fails is retried a few times at once,
 * waiting for each retry's time, rather than left to the server's hourly backoff. Answers every pass.
 */
export async function sendRemindersNow(run: ReminderRun): Promise<PassResult[]> {
  const now = () => (run.now ?? (() => new Date()))();
  const prompt = { ...run, retry: run.retry ?? promptRetry };
  await run.log.retryFailed(now().toISOString().slice(0, 10), now().toISOString());
  const results = [await reminderPass(prompt, true)];
  for (let attempt = 1; attempt < prompt.retry.maxAttempts; attempt++) {
    const waiting = results.at(-1)?.tried.filter((send) => send.status === 'pending') ?? [];
    if (waiting.length === 0) break;
    const next = Math.min(...waiting.map((send) => Date.parse(send.nextAttemptAt)));
    // A timer may fire a millisecond before the wall clock reaches its time; a pass then would find nothing due.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - now().getTime()) + 20));
    results.push(await reminderPass(prompt, false));
  }
  return results;
}

export interface ReminderScheduler {
  /** Runs one tick now (what the timer does), for tests and for a prompt first pass. */
  tick(): Promise<void>;
  /** Stops the timer, waits for a tick under way and hands the lease on. */
  stop(): Promise<void>;
}

const leaseName = 'reminders';

/**
 * The sender inside `debrief serve`: every `tickMs` it takes or renews the lease (so one server of several sends),
 * plans the day's digests once the configured time has come on a configured day, and sends what is due. Ticks never
 * overlap, never throw and never hold a request: a database or network problem is reported and tried next tick.
 */
export function startReminderScheduler(run: ReminderRun, tickMs = 60_000): ReminderScheduler {
  const clock = run.now ?? (() => new Date());
  let plannedDay: string | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;

  // A retry is tried at its time, not at the first tick after it (a tick may land just before it, and then the retry
  // would wait a whole tick more than the time printed).
  function wakeForRetry(result: PassResult): void {
    const waiting = result.tried.filter((send) => send.status === 'pending');
    if (stopped || waiting.length === 0) return;
    const next = Math.min(...waiting.map((send) => Date.parse(send.nextAttemptAt)));
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void tick(), Math.max(0, next - clock().getTime()) + 20);
    retryTimer.unref();
  }

  async function once(): Promise<void> {
    const now = clock().toISOString();
    if (!(await run.log.lease(leaseName, run.holder, now, tickMs * 3))) return;
    const due = reminderDue(run.config, now) && plannedDay !== now.slice(0, 10);
    const result = await reminderPass(run, due);
    if (due) plannedDay = result.day;
    wakeForRetry(result);
  }

  function tick(): Promise<void> {
    if (stopped) return Promise.resolve();
    running ??= once()
      .catch((error: unknown) =>
        run.report?.(`reminders: ${(error as Error).message}; trying again next tick`),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  const first = setTimeout(() => void tick(), 0);
  first.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      clearTimeout(retryTimer);
      await running;
      await run.log.release(leaseName, run.holder).catch(() => undefined);
      run.sender.close();
    },
  };
}
