import type { RemindersConfig } from '../domain/index.js';
import type { ReminderMessage } from '../report/index.js';

/** Sends one digest to one address; throws when it did not arrive. */
export interface ReminderSender {
  send(channel: string, address: string, message: ReminderMessage): Promise<void>;
  close(): void;
}

/** How long one delivery may take before it counts as failed (a webhook that hangs never holds the server). */
export const sendTimeoutMs = 15_000;

/** Posts a digest to a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat take `{"text": …}`). */
async function postWebhook(address: string, message: ReminderMessage, timeoutMs: number): Promise<void> {
  let response: Response;
  try {
    response = await fetch(address, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message.slack),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    const name = (error as Error).name;
    // The webhook URL is a secret: errors say what happened, never where.
    throw new Error(
      name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'could not be reached',
    );
  }
  await response.body?.cancel();
  if (!response.ok) throw new Error(`answered ${response.status} ${response.statusText}`.trim());
}

/** The mail server's connection settings from an smtp:// or smtps:// URL. */
function smtpOptions(url: string, timeoutMs: number) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port === '' ? (secure ? 465 : 587) : Number(parsed.port),
    secure,
    auth:
      parsed.username === ''
        ? undefined
        : { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}

/**
 * Sends digests by webhook and, when the configuration names a mail server, by e-mail through nodemailer (which
 * upgrades to TLS when the server offers it).
 */
export async function reminderSender(
  config: Pick<RemindersConfig, 'smtp' | 'from'>,
  timeoutMs = sendTimeoutMs,
): Promise<ReminderSender> {
  const mail = config.smtp
    ? (await import('nodemailer')).default.createTransport(smtpOptions(config.smtp, timeoutMs))
    : undefined;
  return {
    async send(channel, address, message) {
      if (channel === 'slack') return postWebhook(address, message, timeoutMs);
      if (!mail || !config.from) throw new Error('no mail server is configured ("smtp" and "from")');
      try {
        await mail.sendMail({
          from: config.from,
          to: address,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
      } catch (error) {
        // Never the password: nodemailer's messages name the server's answer, not the credentials.
        throw new Error(`the mail server refused or could not be reached: ${(error as Error).message}`);
      }
    },
    close() {
      mail?.close();
    },
  };
}
