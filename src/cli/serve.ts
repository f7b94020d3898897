import type { Command } from 'commander';
import type { RemindersConfig } from '../domain/index.js';
import type { SqlStore } from '../store/index.js';
import { databaseOptions, databaseUrl } from './context.js';
import { CliError } from './errors.js';

interface ServeOptions {
  port: string;
  host: string;
  demo?: boolean;
  publicUrl?: string;
  trustProxy?: boolean | string;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliError(
      `--port ${JSON.stringify(text)} is not a port; expected a whole number from 0 to 65535`,
    );
  }
  return port;
}

/** The public URL checked, or a usage error naming the flag. */
async function publicUrlOf(text: string | undefined): Promise<string | undefined> {
  if (text === undefined) return undefined;
  const { parsePublicUrl } = await import('../server/public-url.js');
  try {
    return parsePublicUrl(text);
  } catch (error) {
    throw new CliError(`--public-url: ${(error as Error).message}`);
  }
}

/**
 * The reminder sender of this server: it competes with any other server on the database for the lease, so one
 * sends; failures are printed on stderr naming the recipient, never a webhook URL.
 */
async function startReminders(database: SqlStore, config: RemindersConfig, baseUrl: string) {
  const { reminderSender, startReminderScheduler } = await import('../app/index.js');
  const { hostname } = await import('node:os');
  const { randomUUID } = await import('node:crypto');
  return startReminderScheduler({
    store: database.store,
    log: database.reminders,
    config,
    sender: await reminderSender(config),
    holder: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    baseUrl,
    report: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
  });
}

/** `debrief serve`: the web app and REST API on the database named by --db. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('start the web app and REST API (prints a one-time setup link on first start)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '4000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--demo', 'seed a demo incident (a Go service outage) and a demo admin account')
    .option(
      '--public-url <url>',
      'where people reach this server (https://debrief.example.com): links in reports use it; https turns on Secure cookies and HSTS',
    )
    .option(
      '--trust-proxy [addresses]',
      "behind a reverse proxy: read the client's address from X-Forwarded-For (only from these proxy addresses, comma-separated, when given)",
    )
    .action(async (options: ServeOptions, command: Command) => {
      const port = parsePort(options.port);
      const publicUrl = await publicUrlOf(options.publicUrl);
      // A wrong address in the configuration stops the server before it opens anything.
      const { configuredReminders } = await import('./project-reminders.js');
      const remindersConfig = await configuredReminders();
      const { openSqlStore } = await import('../store/index.js');
      const { buildServer } = await import('../server/build-server.js');
      const database = await openSqlStore(databaseUrl(command), databaseOptions(command));
      const { store, audit, changes } = database;
      await store.migrate();
      const accounts = database.accounts();
      const demo = options.demo
        ? await (await import('../server/demo/seed-demo.js')).seedDemo(store, accounts)
        : undefined;
      const { configuredPeople } = await import('./project-people.js');
      const people = await configuredPeople();
      const { configuredClosureTargets } = await import('./project-targets.js');
      const closureTargets = await configuredClosureTargets();
      const app = await buildServer({
        store,
        audit,
        changes,
        accounts,
        meetingRooms: database.meetingRooms,
        meetingCards: database.meetingCards,
        meetingNotes: database.meetingNotes,
        intakeGroups: database.intakeGroups,
        people,
        closureTargets,
        publicUrl,
        trustProxy: options.trustProxy ?? false,
        logger: { level: 'warn' },
      });
      try {
        await app.listen({ port, host: options.host });
      } catch (error) {
        await store.close();
        const reason = (error as { code?: string }).code === 'EADDRINUSE' ? 'is in use' : 'cannot be opened';
        throw new CliError(`${options.host}:${port} ${reason}; pick another with --port or --host`);
      }
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      const local = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${actualPort}`;
      // Links people follow go to the public URL; the line about listening says where this process is.
      const base = publicUrl ?? local;
      const out = [`debrief is listening on ${local} (database: ${store.dialect})`];
      if (publicUrl) out.push(`Public URL: ${publicUrl}`);
      if (demo) {
        out.push(`Demo incident: ${base}/incidents/${demo.incidentId}`);
        out.push(`Sign in as "${demo.username}" with password "${demo.password}"`);
      } else if ((await accounts.countUsers()) === 0) {
        const token = await accounts.createSetupToken();
        out.push(`First start: create the admin account at ${base}/setup?token=${token}`);
        out.push('(the link works once and expires in 24 hours; restart for a new one)');
      }
      const reminders = remindersConfig ? await startReminders(database, remindersConfig, base) : undefined;
      if (remindersConfig) {
        out.push(
          `Reminders: digests of overdue and due-soon actions at ${remindersConfig.sendAt} UTC on ${remindersConfig.days.join(', ')}`,
        );
      }
      process.stdout.write(`${out.join('\n')}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void (reminders?.stop() ?? Promise.resolve())
            .then(() => app.close())
            .then(() => store.close())
            .finally(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
