import type { Command } from 'commander';
import { cliActor, withStore } from './context.js';
import { CliError } from './errors.js';
import { collect, defined, parseFlags } from './flags.js';
import { printJson } from './output.js';

interface NewOptions {
  title?: string;
  severity?: string;
  service?: string[];
  status?: string;
  summary?: string;
  impact?: string;
  cost?: string;
  slaBreached?: boolean | string;
  sla?: string;
  usersAffected?: string;
  failedRequests?: string;
  ask?: string;
  impactStart?: string;
  detected?: string;
  restricted?: boolean;
  json?: boolean;
}

/** `debrief new`: creates an incident from flags, asking for missing ones only on an interactive terminal. */
export function register(program: Command): void {
  program
    .command('new')
    .description('create an incident (asks for missing fields when run in a terminal)')
    .option('-t, --title <text>', 'what happened, in one line')
    .option('-s, --severity <sev>', 'severity: SEV1 (highest) to SEV4, in any case')
    .option('--service <name>', 'an affected service (repeatable, or comma-separated)', collect)
    .option('--status <status>', 'draft, in-review, published or closed (default draft)')
    .option('--summary <text>', 'a short summary')
    .option('--impact <text>', 'the impact, in words')
    .option('--cost <text>', 'what it cost the business, in words ("about €42,000 in failed orders")')
    .option(
      '--sla-breached [answer]',
      'a service level promised to customers in a contract (SLA) was missed (yes/no/true/false; alone: yes)',
    )
    .option('--no-sla-breached', 'the service levels promised to customers (SLAs) were met')
    .option('--sla <text>', 'which SLA, and what follows ("credits owed to 3 customers")')
    .option('--users-affected <n>', 'how many users the incident affected ("38,400" or 38400)')
    .option('--failed-requests <n>', 'how many requests failed ("183,000" or 183000)')
    .option('--ask <text>', 'the decision or support asked of executives')
    .option('--impact-start <time>', 'when the impact began (ISO 8601 with a zone)')
    .option('--detected <time>', 'when the problem was detected (ISO 8601 with a zone)')
    .option('--restricted', 'visible to its participants only')
    .option('--json', 'print the created incident as JSON')
    .action(async (options: NewOptions, command: Command) => {
      const answers = await askForMissing(options);
      const { incidentFieldsSchema } = await import('../domain/index.js');
      const moments = defined({
        impactStart: answers.impactStart ? { at: answers.impactStart } : undefined,
        detected: answers.detected ? { at: answers.detected } : undefined,
      });
      const fields = parseFlags(
        incidentFieldsSchema,
        defined({
          title: answers.title,
          severity: answers.severity,
          services: answers.service,
          status: answers.status,
          summary: answers.summary,
          impact: impactFlags(answers),
          ask: answers.ask,
          restricted: answers.restricted,
          moments,
        }),
        {
          services: '--service',
          'impact.description': '--impact',
          'impact.cost': '--cost',
          'impact.sla': '--sla',
          'impact.slaBreached': '--sla-breached',
          'impact.usersAffected': '--users-affected',
          'impact.failedRequests': '--failed-requests',
          'moments.impactStart': '--impact-start',
          'moments.detected': '--detected',
        },
      );
      const incident = await withStore(command, (store) =>
        store.incidents.create(fields, { actor: cliActor() }),
      );
      if (options.json) printJson(incident);
      else
        process.stdout.write(
          `created ${incident.id}: ${incident.title} (${incident.severity}, ${incident.status})\n`,
        );
      // As everywhere text is written: a blameful title or summary is pointed out now, not when a report is refused.
      const { warnAboutBlame } = await import('./blame-hints.js');
      await warnAboutBlame(
        [incident.title, incident.bluf, incident.summary, incident.impact.description, incident.ask].join(
          '\n\n',
        ),
      );
    });
}

/** The impact the flags set, or undefined when none of them was given (so the schema's default applies). */
function impactFlags(options: NewOptions): Record<string, unknown> | undefined {
  const impact = defined({
    description: options.impact,
    cost: options.cost,
    slaBreached: yesOrNo(options.slaBreached, '--sla-breached'),
    sla: options.sla,
    usersAffected: countFlag(options.usersAffected, '--users-affected'),
    failedRequests: countFlag(options.failedRequests, '--failed-requests'),
  });
  return Object.keys(impact).length > 0 ? impact : undefined;
}

/** A count as people write it ("38,400", "38 400", "38400"): a whole number, or a clear error naming the flag. */
function countFlag(answer: string | undefined, flag: string): number | undefined {
  if (answer === undefined) return undefined;
  const digits = answer.trim().replace(/[,_\s]/g, '');
  if (!/^\d{1,15}$/.test(digits))
    throw new CliError(`${flag}: expected a whole number such as 38,400, got ${JSON.stringify(answer)}`);
  return Number(digits);
}

/** A yes/no flag's answer: alone it is yes; "yes", "no", "true" or "false" in any case; anything else is refused. */
export function yesOrNo(answer: boolean | string | undefined, flag: string): boolean | undefined {
  if (answer === undefined || typeof answer === 'boolean') return answer;
  const word = answer.trim().toLowerCase();
  if (word === 'yes' || word === 'true' || word === 'y') return true;
  if (word === 'no' || word === 'false' || word === 'n') return false;
  throw new CliError(`${flag}: expected yes, no, true or false, got ${JSON.stringify(answer)}`);
}

async function askForMissing(options: NewOptions): Promise<NewOptions> {
  // Given but empty is no missing flag (trial 24 read "missing --title" for `--title ""`).
  if (options.title !== undefined && options.title.trim() === '')
    throw new CliError('--title: expected a non-empty value');
  const missing = !options.title || !options.severity;
  if (!missing) return options;
  if (!process.stdin.isTTY) {
    throw new CliError(
      `missing ${!options.title ? '--title' : '--severity'} (required when not run in a terminal)`,
    );
  }
  const prompts = await import('@clack/prompts');
  const cancelled = (value: unknown) => {
    if (prompts.isCancel(value)) throw new CliError('cancelled; nothing was created');
  };
  prompts.intro('New incident');
  const title =
    options.title ??
    (await prompts.text({
      message: 'What happened, in one line?',
      validate: (value) => (value?.trim() ? undefined : 'a title is required'),
    }));
  cancelled(title);
  const severity =
    options.severity ??
    (await prompts.select({
      message: 'Severity',
      options: [
        { value: 'SEV1', label: 'SEV1', hint: 'critical, broad customer impact' },
        { value: 'SEV2', label: 'SEV2', hint: 'major' },
        { value: 'SEV3', label: 'SEV3', hint: 'minor' },
        { value: 'SEV4', label: 'SEV4', hint: 'low, little or no customer impact' },
      ],
    }));
  cancelled(severity);
  let service = options.service;
  if (!service) {
    const answer = await prompts.text({ message: 'Affected services (comma-separated, optional)' });
    cancelled(answer);
    service = collect(String(answer ?? ''));
  }
  prompts.outro('Saving');
  return { ...options, title: String(title), severity: String(severity), service };
}
