import type { Command } from 'commander';
import { cliActor, withStore } from './context.js';
import { CliError } from './errors.js';

interface CreateOptions {
  user: string;
  name: string;
}

/** `debrief token create`: a personal API token for a user, written straight to the database. */
export function register(program: Command): void {
  const token = program.command('token').description('personal API tokens for the CLI and integrations');
  token
    .command('create')
    .description('create a personal API token (printed once; send it as Authorization: Bearer TOKEN)')
    .requiredOption('--user <username>', 'the user the token acts as')
    .option('--name <label>', 'a label to recognise the token by', 'cli')
    .action(async (options: CreateOptions, command: Command) => {
      await withStore(command, async (store) => {
        const { storeAccounts } = await import('../store/accounts/store-accounts.js');
        const accounts = storeAccounts(store);
        const user = await accounts.findUser(options.user);
        if (!user) {
          throw new CliError(
            `no user named ${JSON.stringify(options.user)}; create one in the web app or with \`debrief serve\` setup`,
          );
        }
        const created = await accounts.createApiToken(user.id, options.name, { actor: cliActor() });
        process.stdout.write(`${created.token}\n`);
        process.stderr.write(
          `token "${created.name}" for ${user.username} (${user.role}); it is not shown again\n`,
        );
      });
    });
}
