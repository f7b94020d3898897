import type { Command } from 'commander';
import type { PassResult, PlannedDigest } from '../app/index.js';
import type { ReminderSend } from '../store/index.js';
import { withDatabase } from './context.js';
import { CliError } from './errors.js';
import { printJson } from './output.js';

/** Where a digest goes, in words; a webhook URL is a secret, so it is named by whose it is. */
function destination(digest: { channel: string; address: string; audience: string }): string {
  return digest.channel === 'slack'
    ? `the Slack webhook for ${digest.audience}`
    : `${digest.address} by e-mail (${digest.audience})`;
}

/** A digest or send for JSON output: a webhook URL is a secret, so it is left out. */
function withoutSecret<T extends { channel: string; address: string }>(item: T): T {
  return item.channel === 'slack' ? { ...item, address: '(webhook URL hidden)' } : item;
}

function sentNote(send: ReminderSend | undefined): string {
  if (!send) return '';
  if (send.status === 'sent')
    return ` (already sent today at ${send.sentAt?.slice(11, 16)} UTC; not sent again)`;
  if (send.status === 'pending') return ` (not delivered yet: ${send.lastError ?? 'waiting'})`;
  return ` (${send.status} today${send.lastError ? `: ${send.lastError}` : ''})`;
}

function dryRunText(day: string, digests: PlannedDigest[], sends: ReminderSend[]): string {
  if (digests.length === 0) return `No reminders today (${day}): no open action is overdue or due soon.\n`;
  const byRecipient = new Map(sends.map((send) => [send.recipient, send]));
  const lines = [
    `${digests.length === 1 ? '1 reminder' : `${digests.length} reminders`} for today (${day}):`,
  ];
  for (const digest of digests) {
    lines.push('', `To ${destination(digest)}${sentNote(byRecipient.get(digest.recipient))}`);
    lines.push(`Subject: ${digest.message.subject}`, '');
    lines.push(
      ...digest.message.text
        .trimEnd()
        .split('\n')
        .map((line) => (line === '' ? '' : `    ${line}`)),
    );
  }
  return `${lines.join('\n')}\n`;
}

function sendText(results: PassResult[]): { text: string; failed: boolean } {
  const last = new Map<string, ReminderSend>();
  for (const result of results) for (const send of result.tried) last.set(send.recipient, send);
  const sends = [...last.values()];
  if (sends.length === 0)
    return { text: 'No reminders to send: none due, or all already sent today.\n', failed: false };
  const lines = sends.map((send) =>
    send.status === 'sent'
      ? `sent to ${destination(send)}: ${send.items === 1 ? '1 action' : `${send.items} actions`}`
      : send.status === 'skipped'
        ? `not sent to ${destination(send)}: ${send.lastError}`
        : `NOT delivered to ${destination(send)}: ${send.lastError}`,
  );
  const failed = sends.some((send) => send.status !== 'sent' && send.status !== 'skipped');
  return { text: `${lines.join('\n')}\n`, failed };
}

/** `debrief remind`: the day's due-soon and overdue digests per owner and team, sent now or shown. */
export function register(program: Command): void {
  program
    .command('remind')
    .description('send today\'s reminders of overdue and due-soon actions (as "debrief serve" does each day)')
    .option('--dry-run', 'print what would go out, to whom, and what was already sent today; send nothing')
    .option('--json', 'print JSON')
    .action(async (options: { dryRun?: boolean; json?: boolean }, command: Command) => {
      const { configuredReminders } = await import('./project-reminders.js');
      const config = await configuredReminders();
      if (!config) {
        throw new CliError(
          'no reminders configured: add "reminders" to debrief.config.json (see "Reminders" in the README)',
        );
      }
      const app = await import('../app/index.js');
      await withDatabase(command, async ({ store, reminders }) => {
        const day = new Date().toISOString().slice(0, 10);
        if (options.dryRun) {
          const digests = await app.reminderPlan(store, config, day, undefined);
          const sends = await reminders.ofDay(day);
          if (options.json)
            return printJson({
              day,
              digests: digests.map(withoutSecret),
              sends: sends.map(({ message: _, ...send }) => withoutSecret(send)),
            });
          process.stdout.write(dryRunText(day, digests, sends));
          return;
        }
        const sender = await app.reminderSender(config);
        const run = {
          store,
          log: reminders,
          config,
          sender,
          holder: `cli-${process.pid}-${Date.now()}`,
        };
        try {
          const results = await app.sendRemindersNow(run);
          const { text, failed } = sendText(results);
          if (options.json) {
            printJson(
              results.map((result) => ({
                ...result,
                tried: result.tried.map(({ message: _, ...send }) => withoutSecret(send)),
              })),
            );
          } else process.stdout.write(text);
          if (failed) process.exitCode = 1;
        } finally {
          sender.close();
        }
      });
    });
}
