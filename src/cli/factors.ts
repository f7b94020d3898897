import type { Command } from 'commander';
import { cliActor, withStore } from './context.js';
import { CliError } from './errors.js';
import { defined, parseFlags } from './flags.js';
import { printJson, printTable } from './output.js';

interface FactorOptions {
  title?: string;
  category?: string;
  description?: string;
  json?: boolean;
}

// Written out rather than imported, so the verb loads no zod at start-up; factors.test.ts checks it against the
// domain's list.
export const categoriesHelp =
  'code-review, automated-testing, monitoring-alerting, deploy-release, configuration, capacity, dependencies, ' +
  'architecture-resilience, runbooks-documentation, on-call-escalation, communication, tooling, training';

/** `debrief factors add|edit|remove|list`: the systemic conditions that let the failure happen or grow. */
export function register(program: Command): void {
  const factors = program
    .command('factors')
    .description(
      'add, change, remove and list contributing factors (conditions in the system, never people)',
    );
  factors
    .command('add')
    .description('add a contributing factor to an incident')
    .argument('<incident>', 'incident id')
    .requiredOption('-t, --title <text>', 'the condition, in one line')
    .requiredOption('-c, --category <category>', categoriesHelp)
    .option('-d, --description <text>', 'what it is and how it let the failure happen or grow')
    .option('--json', 'print the stored factor as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ debrief factors add INC-7K3M9QX2 -t "Releases reach all traffic at once" -c deploy-release',
    )
    .action(async (incidentId: string, options: FactorOptions, command: Command) => {
      const { factorFieldsSchema } = await import('../domain/index.js');
      const fields = parseFlags(factorFieldsSchema, defined(values(options)));
      const { addRecord } = await import('../app/records.js');
      const { incidentPeople, warnAboutBlame } = await import('./blame-hints.js');
      const { factor, people } = await withStore(command, async (store) => {
        const added = await addRecord(store, 'factors', incidentId, fields, { actor: cliActor() });
        return { factor: added, people: await incidentPeople(store, incidentId) };
      });
      await warnAboutBlame([factor.title, factor.description].join('\n'), people);
      if (options.json) return printJson(factor);
      process.stdout.write(`added ${factor.id} to ${incidentId}: ${factor.title}\n`);
    });
  factors
    .command('edit')
    .description('change a contributing factor')
    .argument('<factor>', 'factor id')
    .option('-t, --title <text>', 'the condition, in one line')
    .option('-c, --category <category>', categoriesHelp)
    .option('-d, --description <text>', 'what it is and how it let the failure happen or grow')
    .option('--json', 'print the updated factor as JSON')
    .action(async (factorId: string, options: FactorOptions, command: Command) => {
      const patch = defined(values(options));
      if (Object.keys(patch).length === 0) {
        throw new CliError('nothing to change: pass --title, --category or --description');
      }
      const { factorFieldsSchema } = await import('../domain/index.js');
      parseFlags(factorFieldsSchema.partial(), patch);
      const { updateRecord } = await import('../app/records.js');
      const { incidentPeople, warnAboutBlame } = await import('./blame-hints.js');
      const { factor, people } = await withStore(command, async (store) => {
        const current = await store.factors.get(factorId);
        const changed = await updateRecord(store, 'factors', factorId, current.version, patch, {
          actor: cliActor(),
        });
        return { factor: changed, people: await incidentPeople(store, changed.incidentId) };
      });
      await warnAboutBlame([factor.title, factor.description].join('\n'), people);
      if (options.json) return printJson(factor);
      process.stdout.write(`changed ${factor.id}: ${factor.title}\n`);
    });
  factors
    .command('remove')
    .description('remove a contributing factor (actions that address it must point elsewhere first)')
    .argument('<factor>', 'factor id')
    .action(async (factorId: string, _options: unknown, command: Command) => {
      const { deleteRecord } = await import('../app/records.js');
      const removed = await withStore(command, async (store) => {
        const current = await store.factors.get(factorId);
        await deleteRecord(store, 'factors', factorId, current.version, { actor: cliActor() });
        return current;
      });
      process.stdout.write(`removed ${removed.id}: ${removed.title}\n`);
    });
  factors
    .command('list')
    .description("list an incident's contributing factors")
    .argument('<incident>', 'incident id')
    .option('--json', 'print JSON')
    .action(async (incidentId: string, options: { json?: boolean }, command: Command) => {
      const found = await withStore(command, async (store) => {
        await store.incidents.get(incidentId);
        return store.factors.list(incidentId);
      });
      if (options.json) return printJson(found);
      printTable(
        ['ID', 'CATEGORY', 'FACTOR'],
        found.map((f) => [f.id, f.category, f.title]),
        'no contributing factors',
      );
    });
}

function values(options: FactorOptions) {
  return { title: options.title, category: options.category, description: options.description };
}
