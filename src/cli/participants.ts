import { type Command, Option } from 'commander';
import { cliActor, withStore } from './context.js';
import { defined, parseFlags } from './flags.js';
import { printJson, printTable } from './output.js';

interface AddOptions {
  name: string;
  role: string;
  email?: string;
  json?: boolean;
}

const roles = ['facilitator', 'incident-commander', 'scribe', 'responder', 'stakeholder'];

/** `debrief participants add|remove|list`: who took part in an incident, and in what role. */
export function register(program: Command): void {
  const participants = program
    .command('participants')
    .description('add, remove and list the people of an incident, with their roles');
  participants
    .command('add')
    .description('add a person to an incident')
    .argument('<incident>', 'incident id')
    .requiredOption(
      '-n, --name <name>',
      'their name as colleagues know it; on a restricted incident, their debrief username admits their account',
    )
    .addOption(
      new Option('-r, --role <role>', `their role in the incident: ${roles.join(', ')} (any case)`).default(
        'responder',
      ),
    )
    .option('-e, --email <address>', 'their e-mail address (calendar invitations)')
    .option('--json', 'print the incident as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ debrief participants add INC-7K3M9QX2 --name "Amara Okafor" --role incident-commander',
    )
    .action(async (incidentId: string, options: AddOptions, command: Command) => {
      const { participantSchema } = await import('../domain/index.js');
      const person = parseFlags(
        participantSchema,
        defined({ name: options.name, role: options.role.trim().toLowerCase(), email: options.email }),
      );
      const { addParticipant } = await import('../app/participants.js');
      const incident = await withStore(command, (store) =>
        addParticipant(store, incidentId, person, { actor: cliActor() }),
      );
      if (options.json) return printJson(incident);
      process.stdout.write(`added ${person.name} (${person.role}) to ${incidentId}\n`);
    });
  participants
    .command('remove')
    .description('remove a person from an incident')
    .argument('<incident>', 'incident id')
    .argument('<name>', 'their name or e-mail address')
    .option('--json', 'print the incident as JSON')
    .action(async (incidentId: string, name: string, options: { json?: boolean }, command: Command) => {
      const { removeParticipant } = await import('../app/participants.js');
      const { incident, removed } = await withStore(command, (store) =>
        removeParticipant(store, incidentId, name, { actor: cliActor() }),
      );
      if (options.json) return printJson(incident);
      process.stdout.write(`removed ${removed.name} from ${incidentId}\n`);
    });
  participants
    .command('list')
    .description("list an incident's people and roles")
    .argument('<incident>', 'incident id')
    .option('--json', 'print JSON')
    .action(async (incidentId: string, options: { json?: boolean }, command: Command) => {
      const incident = await withStore(command, (store) => store.incidents.get(incidentId));
      if (options.json) return printJson(incident.participants);
      printTable(
        ['NAME', 'ROLE', 'E-MAIL'],
        incident.participants.map((p) => [p.name, p.role, p.email ?? '']),
        'no participants',
      );
    });
}
