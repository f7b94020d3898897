import { z } from 'zod';

/**
 * Where reminders go, as a team writes it under "reminders" in debrief.config.json. Every address is checked here,
 * when the configuration is read, so a mistyped e-mail address or webhook stops `serve` and `remind` at once with
 * the key named, instead of failing on the morning the digests go out.
 */

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

// An address as SMTP servers take it: a local part without spaces or brackets, and a host of dot-separated labels.
const addressPattern =
  /^[^\s@<>()[\]",;:\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Whether text is a plain e-mail address (`priya@example.com`). */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && addressPattern.test(text);
}

const emailAddress = z
  .string({ error: 'expected an e-mail address such as oncall@example.com' })
  .trim()
  .refine(isEmailAddress, {
    error: (issue) =>
      `expected an e-mail address such as oncall@example.com, got ${JSON.stringify(issue.input)}`,
  });

/** A sender as mail programs write it: `debrief@example.com` or `debrief <debrief@example.com>`. */
const mailbox = z
  .string({ error: 'expected a sender such as "debrief <debrief@example.com>"' })
  .trim()
  .refine((text) => isEmailAddress(senderAddress(text)), {
    error: (issue) =>
      `expected a sender such as "debrief <debrief@example.com>", got ${JSON.stringify(issue.input)}`,
  });

/** The address of a sender written `Name <address>` or as the address alone. */
export function senderAddress(text: string): string {
  const angled = /^[^<>]*<([^<>]+)>$/.exec(text.trim());
  return (angled?.[1] ?? text).trim();
}

function urlOf(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** An incoming webhook (Slack, Mattermost, Rocket.Chat): http(s), since a test or a relay may be plain http. */
const webhookUrl = z
  .string({ error: 'expected a webhook URL such as https://hooks.slack.com/services/…' })
  .trim()
  .refine((text) => /^https?:$/.test(urlOf(text)?.protocol ?? '') && urlOf(text)?.hostname !== '', {
    error: 'expected an http:// or https:// webhook URL such as https://hooks.slack.com/services/…',
  });

function decodes(part: string | undefined): boolean {
  try {
    decodeURIComponent(part ?? '');
    return true;
  } catch {
    return false;
  }
}

/** The mail server: smtp://[user:password@]host[:port] (STARTTLS when offered) or smtps:// (TLS from the start). */
const smtpUrl = z
  .string({ error: 'expected an SMTP URL such as smtp://mail.example.com:587' })
  .trim()
  .refine((text) => /^smtps?:$/.test(urlOf(text)?.protocol ?? '') && urlOf(text)?.hostname !== '', {
    error: `expected an SMTP URL such as smtp://user:password@mail.example.com:587 or smtps://…; in a user name or password typed in the file, write / # ? @ : % as %2F %23 %3F %40 %3A %25 (a \${NAME} there is encoded for you)`,
  })
  .refine((text) => decodes(urlOf(text)?.username) && decodes(urlOf(text)?.password), {
    error: 'the SMTP user name or password has a % that starts no escape; write a % in it as %25',
  });

const webUrl = z
  .string({ error: 'expected the URL people open debrief at, such as https://debrief.example.com' })
  .trim()
  .refine((text) => /^https?:$/.test(urlOf(text)?.protocol ?? ''), {
    error: 'expected the URL people open debrief at, such as https://debrief.example.com',
  });

const name = z.string().trim().min(1, { error: 'expected a name' }).max(200);

const personRoute = z.strictObject(
  { email: emailAddress.optional(), team: name.optional() },
  { error: 'expected {"email": "…", "team": "…"} (both optional)' },
);
const teamRoute = z.strictObject(
  { slack: webhookUrl.optional(), email: emailAddress.optional() },
  { error: 'expected {"slack": "https://hooks…", "email": "…"} (both optional)' },
);

const keys = 'sendAt, days, dueSoonDays, url, smtp, from, slack, email, people, teams';

export const remindersConfigSchema = z
  .strictObject(
    {
      /** The time of day (UTC, HH:MM) the day's digests go out. */
      sendAt: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a UTC time of day such as "09:00"' })
        .default('09:00'),
      /** The days digests go out; weekdays unless set. */
      days: z
        .array(z.enum(weekdays, { error: `expected days among ${weekdays.join(', ')}` }))
        .min(1, { error: 'expected at least one day' })
        .default(['mon', 'tue', 'wed', 'thu', 'fri']),
      /** An open action due within this many days is "due soon". */
      dueSoonDays: z
        .number({ error: 'expected a whole number of days from 0 to 90' })
        .int({ error: 'expected a whole number of days from 0 to 90' })
        .min(0, { error: 'expected a whole number of days from 0 to 90' })
        .max(90, { error: 'expected a whole number of days from 0 to 90' })
        .default(7),
      /** Where people open debrief; links in digests point there. */
      url: webUrl.optional(),
      smtp: smtpUrl.optional(),
      from: mailbox.optional(),
      /** A webhook for actions no person or team route reaches (no owner, or an owner nobody listed). */
      slack: webhookUrl.optional(),
      /** An address for the same actions. */
      email: emailAddress.optional(),
      /** Owners as they are written on actions, each with an address and a team. */
      people: z.record(name, personRoute).default({}),
      teams: z.record(name, teamRoute).default({}),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; accepted keys are ${keys}`
          : `expected an object with the keys ${keys}`,
    },
  )
  .superRefine((config, ctx) => {
    const mails =
      config.email !== undefined ||
      Object.values(config.people).some((person) => person.email !== undefined) ||
      Object.values(config.teams).some((team) => team.email !== undefined);
    if (mails && config.smtp === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['smtp'],
        message: 'e-mail addresses are set, so an SMTP URL is needed',
      });
    }
    if (mails && config.from === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'e-mail addresses are set, so a sender is needed',
      });
    }
    for (const [person, route] of Object.entries(config.people)) {
      if (route.team !== undefined && config.teams[route.team] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['people', person, 'team'],
          message: `team ${JSON.stringify(route.team)} is not among "teams"`,
        });
      }
    }
  });
export type RemindersConfig = z.infer<typeof remindersConfigSchema>;
export type RemindersConfigInput = z.input<typeof remindersConfigSchema>;
