import { type Command, Option } from 'commander';
import { eventKinds } from '../domain/index.js';
import { cliActor, withStore } from './context.js';
import { defined, parseFlags } from './flags.js';
import { formatEventSummary, formatEventTime, printJson, printTable } from './output.js';

interface AddOptions {
  at?: string;
  summary: string;
  kind?: string;
  severity?: string;
  source?: string;
  service?: string;
  approximate?: boolean;
  json?: boolean;
}

/** `debrief timeline add|list`: timeline events typed by hand (evidence import adds the rest). */
export function register(program: Command): void {
  const timeline = program.command('timeline').description('add or list timeline events');
  timeline
    .command('add')
    .description('add an event to an incident’s timeline')
    .argument('<incident>', 'incident id')
    .requiredOption('-m, --summary <text>', 'what happened')
    .option('--at <time>', 'when (ISO 8601 with a zone); leave out if unknown')
    .option(
      '--kind <kind>',
      // Every kind, so none is found only by trying (trial 18e looked for config-change in a shortened list).
      `what kind of event: ${eventKinds.join(', ')}`,
      'note',
    )
    .addOption(
      new Option('--severity <level>', 'event severity')
        .choices(['debug', 'info', 'warning', 'error', 'critical'])
        .default('info'),
    )
    .option('--source <source>', 'where it came from', 'manual')
    .option('--service <name>', 'the service it concerns')
    .option('--approximate', 'the time is approximate')
    .option('--json', 'print the stored event as JSON')
    .action(async (incidentId: string, options: AddOptions, command: Command) => {
      const { timelineEventFieldsSchema } = await import('../domain/index.js');
      const actor = cliActor();
      const fields = parseFlags(
        timelineEventFieldsSchema,
        defined({
          at: options.at ?? null,
          summary: options.summary,
          kind: options.kind,
          severity: options.severity,
          source: options.source,
          service: options.service,
          approximate: options.approximate,
          origins: [{ author: actor }],
        }),
      );
      const { addRecord } = await import('../app/records.js');
      const { failedAttemptLeavesUnset, momentLeftUnset } = await import('../domain/index.js');
      const { event, moment, attempt, unset } = await withStore(command, async (store) => {
        const before = (await store.incidents.get(incidentId)).moments;
        const event = await addRecord(store, 'events', incidentId, fields, { actor });
        const { moments } = await store.incidents.get(incidentId);
        const moment = Object.entries(moments).find(([, value]) => value?.eventId === event.id)?.[0];
        const attempt = failedAttemptLeavesUnset(before, event);
        return { event, moment, attempt, unset: moment ? undefined : momentLeftUnset(before, event) };
      });
      const { warnAboutBlame } = await import('./blame-hints.js');
      await warnAboutBlame(event.summary);
      if (options.json) return printJson(event);
      process.stdout.write(`added ${event.id} to ${incidentId} at ${event.at ?? 'an unknown time'}\n`);
      if (moment) process.stdout.write(`set the ${moment} moment from it (none was set)\n`);
      if (unset) process.stdout.write(`left the ${unset.name} moment unset: ${unset.problem.message}\n`);
      if (attempt)
        process.stdout.write(
          'left the mitigated moment unset: the event says the attempt changed nothing or not enough (a mitigation that works sets it)\n',
        );
    });
  timeline
    .command('list')
    .description('list an incident’s timeline')
    .argument('<incident>', 'incident id')
    .option('--json', 'print JSON')
    .action(async (incidentId: string, options: { json?: boolean }, command: Command) => {
      const events = await withStore(command, async (store) => {
        await store.incidents.get(incidentId);
        return store.timeline.list(incidentId);
      });
      if (options.json) return printJson(events);
      printTable(
        ['TIME (UTC)', 'KIND', 'SOURCE', 'EVENT', 'ID'],
        events.map((event) => [
          formatEventTime(event),
          event.kind,
          event.source,
          formatEventSummary(event),
          event.id,
        ]),
        'no events',
      );
    });
}
