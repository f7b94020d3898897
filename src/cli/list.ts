import type { Command } from 'commander';
import { withStore } from './context.js';
import { collect, parseFlags } from './flags.js';
import { printJson, printTable } from './output.js';

interface ListOptions {
  status?: string[];
  severity?: string[];
  service?: string;
  search?: string;
  limit?: string;
  json?: boolean;
}

/** `debrief list`: incidents, newest first, filtered by status, severity, service or words. */
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
      const incidents = await withStore(command, (store) => store.incidents.list(filter));
      if (options.json) return printJson(incidents);
      printTable(
        ['ID', 'SEV', 'STATUS', 'TITLE', 'SERVICES', 'UPDATED'],
        incidents.map((incident) => [
          incident.id,
          incident.severity,
          incident.status,
          incident.title,
          incident.services.join(', '),
          incident.updatedAt.slice(0, 16).replace('T', ' '),
        ]),
        'no incidents',
      );
    });
}
