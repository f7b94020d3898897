import type { Command } from 'commander';
import { withStore } from './context.js';
import { collect, parseFlags } from './flags.js';
import { listRowCells, listRowHeaders } from './list-row.js';
import { printJson, printTable } from './output.js';

interface ListOptions {
  status?: string[];
  severity?: string[];
  service?: string;
  search?: string;
  limit?: string;
  json?: boolean;
}

/**
 * `debrief list`: incidents, newest first, filtered by status, severity, service or words; each with the facts the
 * web's list shows (when it began, its owner, the next review, open actions), read by the same application call.
 */
export function register(program: Command): void {
  program
    .command('list')
    .description('list incidents, newest first')
    .option('--status <status>', 'only these statuses (repeatable or comma-separated)', collect)
    .option('--severity <sev>', 'only these severities, in any case (repeatable or comma-separated)', collect)
    .option('--service <name>', 'only incidents affecting this service')
    .option('--search <words>', 'only incidents whose text contains all these words')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print JSON')
    .action(async (options: ListOptions, command: Command) => {
      const { z } = await import('zod');
      const { incidentStatusInputSchema, severityInputSchema } = await import('../domain/index.js');
      const filter = parseFlags(
        z.object({
          status: z.array(incidentStatusInputSchema).optional(),
          severity: z.array(severityInputSchema).optional(),
          service: z.string().optional(),
          search: z.string().optional(),
          limit: z.coerce.number().int().positive({ error: 'expected a positive whole number' }),
        }),
        options,
      );
      const { incidentListItems } = await import('../app/index.js');
      const items = await withStore(command, async (store) =>
        incidentListItems(store, await store.incidents.list(filter)),
      );
      if (options.json) return printJson(items);
      const now = new Date();
      printTable(
        ['ID', 'SEV', 'STATUS', 'TITLE', 'SERVICES', ...listRowHeaders],
        items.map((item) => [
          item.id,
          item.severity,
          item.status,
          item.title,
          item.services.join(', '),
          ...listRowCells(item, now),
        ]),
        'no incidents',
      );
    });
}
