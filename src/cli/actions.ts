import { type Command, Option } from 'commander';
import type { StoredAction } from '../store/index.js';
import { cliActor, withStore } from './context.js';
import { CliError } from './errors.js';
import { collect, defined, inFlagTerms, parseFlags } from './flags.js';
import { printJson, printTable } from './output.js';

interface AddOptions {
  title: string;
  owner?: string;
  due?: string;
  priority?: string;
  type?: string;
  factor?: string;
  tracker?: string;
  json?: boolean;
}

interface StatsOptions {
  owner?: string;
  target?: string[];
  json?: boolean;
}

interface ListOptions {
  status?: string[];
  owner?: string;
  overdue?: boolean;
  json?: boolean;
}

/** `debrief actions add|list|stats|done|drop`: owned action items, tracked to done. */
export function register(program: Command): void {
  const actions = program.command('actions').description('add, list and complete action items');
  actions
    .command('add')
    .description('add an action item to an incident')
    .argument('<incident>', 'incident id')
    .requiredOption('-t, --title <text>', 'the change to make')
    .option('-o, --owner <name>', 'who owns it')
    .option('-d, --due <date>', 'due date, YYYY-MM-DD')
    .addOption(
      new Option('-p, --priority <level>', 'priority').choices(['high', 'medium', 'low']).default('medium'),
    )
    .addOption(
      new Option('--type <type>', 'what it does')
        .choices(['prevent', 'detect', 'mitigate', 'process'])
        .default('prevent'),
    )
    .option('--factor <id>', 'the contributing factor it addresses')
    .option('--tracker <url>', 'link to the ticket in your tracker')
    .option('--json', 'print the stored action as JSON')
    .action(async (incidentId: string, options: AddOptions, command: Command) => {
      // Left out, -o leaves the action without an owner yet; given empty (an unset shell variable), it is a slip,
      // refused as an empty title is, not read as "no owner".
      if (options.owner?.trim() === '') {
        throw new CliError(
          `--owner: expected a name, got ${JSON.stringify(options.owner)}; leave out -o, --owner for an action with no owner yet`,
        );
      }
      const { actionFieldsSchema } = await import('../domain/index.js');
      const flags = { dueDate: '--due', factorId: '--factor', trackerUrl: '--tracker' };
      const fields = parseFlags(
        actionFieldsSchema,
        defined({
          title: options.title,
          owner: options.owner,
          dueDate: options.due,
          priority: options.priority,
          type: options.type,
          factorId: options.factor,
          trackerUrl: options.tracker,
        }),
        flags,
      );
      const { addAction } = await import('../app/records.js');
      const { incidentPeople, warnAboutBlame } = await import('./blame-hints.js');
      const { action, people } = await withStore(command, async (store) => {
        const added = await addAction(store, incidentId, fields, { actor: cliActor() });
        return { action: added, people: await incidentPeople(store, incidentId) };
      }).catch((error: unknown) => {
        // The operation names the field; the person typed a flag.
        throw inFlagTerms(error, flags);
      });
      await warnAboutBlame(action.title, people);
      if (options.json) return printJson(action);
      process.stdout.write(`added ${action.id} to ${incidentId}: ${action.title}\n`);
    });
  actions
    .command('list')
    .description('list action items, of one incident or across all, soonest due first')
    .argument('[incident]', 'incident id (all incidents when left out)')
    .option(
      '--status <status>',
      'only these statuses: open, in-progress, done, dropped (repeatable)',
      collect,
    )
    .option(
      '--owner <name>',
      'only actions whose owner contains this, in any case ("priya" finds "Priya Raghunathan")',
    )
    .option('--overdue', 'only open actions past their due date')
    .option('--json', 'print JSON')
    .action(async (incidentId: string | undefined, options: ListOptions, command: Command) => {
      const { z } = await import('zod');
      const { actionStatusInputSchema, isOverdue } = await import('../domain/index.js');
      const filter = parseFlags(z.object({ status: z.array(actionStatusInputSchema).optional() }), options);
      const today = new Date().toISOString().slice(0, 10);
      const found = await withStore(command, async (store) => {
        if (incidentId !== undefined) await store.incidents.get(incidentId);
        return store.actions.search(
          defined({
            incidentId,
            status: filter.status,
            owner: options.owner,
            overdueOn: options.overdue ? today : undefined,
          }),
        );
      });
      if (options.json) return printJson(found);
      printTable(
        ['ID', 'INCIDENT', 'ACTION', 'OWNER', 'DUE', 'PRIORITY', 'STATUS'],
        found.map((action: StoredAction) => [
          action.id,
          action.incidentId,
          action.title,
          action.owner,
          `${action.dueDate ?? ''}${isOverdue(action, today) ? ' (overdue)' : ''}`,
          action.priority,
          action.status,
        ]),
        'no actions',
      );
    });
  actions
    .command('stats')
    .description(
      'how well action items get closed: on time, late, open, dropped, days to close, targets missed',
    )
    .argument('[incident]', 'incident id (all incidents when left out)')
    .option('--owner <name>', 'only actions whose owner contains this, in any case')
    .option(
      '--target <SEV=DAYS>',
      `days a severity's actions may take to close, over "closureTargets" of debrief.config.json and the defaults SEV1=30 SEV2=60 SEV3=90 (repeatable; SEV3=none judges none)`,
      collect,
    )
    .option('--json', 'print JSON')
    .action(async (incidentId: string | undefined, options: StatsOptions, command: Command) => {
      const { parseClosureTargets } = await import('../domain/index.js');
      const { configuredClosureTargets } = await import('./project-targets.js');
      const configured = await configuredClosureTargets();
      const targets = parseTargets(() => parseClosureTargets(options.target ?? [], configured));
      const { actionClosure } = await import('../app/action-closure.js');
      const today = new Date().toISOString().slice(0, 10);
      const stats = await withStore(command, (store) =>
        actionClosure(store, { today, incidentId, owner: options.owner, targets }),
      );
      if (options.json) return printJson(stats);
      const { formatClosure } = await import('./action-stats.js');
      process.stdout.write(formatClosure(stats));
    });
  actions
    .command('done')
    .description('mark an action item done')
    .argument('<action>', 'action id')
    .option('--on <date>', 'the day it was done, YYYY-MM-DD (today when left out)')
    .option('--json', 'print the updated action as JSON')
    .action(async (actionId: string, options: { on?: string; json?: boolean }, command: Command) => {
      const action = await changeAction(command, actionId, { status: 'done' }, options.on);
      if (options.json) return printJson(action);
      process.stdout.write(`done: ${action.id} ${action.title}\n`);
    });
  actions
    .command('drop')
    .description('drop an action item, with the reason')
    .argument('<action>', 'action id')
    .requiredOption('-r, --reason <text>', 'why it is no longer worth doing')
    .option('--on <date>', 'the day it was dropped, YYYY-MM-DD (today when left out)')
    .option('--json', 'print the updated action as JSON')
    .action(
      async (
        actionId: string,
        options: { reason: string; on?: string; json?: boolean },
        command: Command,
      ) => {
        const close = { status: 'dropped' as const, reason: options.reason };
        const action = await changeAction(command, actionId, close, options.on);
        if (options.json) return printJson(action);
        process.stdout.write(`dropped: ${action.id} ${action.title}\n`);
      },
    );
}

/** Closes an action at the version just read (a concurrent change in between is a conflict). */
async function changeAction(
  command: Command,
  actionId: string,
  close: { status: 'done' } | { status: 'dropped'; reason: string },
  on: string | undefined,
): Promise<StoredAction> {
  const { z } = await import('zod');
  const { dateSchema } = await import('../domain/index.js');
  const closedOn = on === undefined ? undefined : parseFlags(z.object({ on: dateSchema }), { on }).on;
  const { closeAction } = await import('../app/records.js');
  const action = await withStore(command, (store) =>
    closeAction(store, actionId, { ...close, closedOn }, { actor: cliActor() }),
  );
  // A day before the action was written down is taken (a write-up typed later); said, so a mistyped year shows.
  const writtenOn = action.createdAt.slice(0, 10);
  if (action.closedOn !== undefined && action.closedOn < writtenOn)
    process.stderr.write(
      `debrief: note: ${action.id} is closed on ${action.closedOn}, before it was written down (${writtenOn}); its time to close counts as 0 days\n`,
    );
  return action;
}

/** Targets from `--target`, refused with the flag's name. */
function parseTargets<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new CliError(`--target: ${error instanceof Error ? error.message : String(error)}`);
  }
}
