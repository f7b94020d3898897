import type { Command } from 'commander';
import { printJson, printTable } from '../output.js';
import { withTokens } from './backend.js';

interface CreateOptions {
  user?: string;
  name: string;
  json?: boolean;
}

interface ListOptions {
  user?: string;
  json?: boolean;
}

const minute = (iso: string | null) => (iso === null ? 'never' : `${iso.slice(0, 16).replace('T', ' ')}Z`);

/**
 * `debrief token create|list|revoke`: personal API tokens. With --db they are any user's (whoever can open the
 * database is in charge of it); with --server they are the token's own user's, listed or revoked (an admin may
 * revoke anyone's) but never created: a token must not mint tokens, so create them with --db or in the web app.
 */
export function register(program: Command): void {
  const token = program.command('token').description('personal API tokens for the CLI and integrations');
  token
    .command('create')
    .description(
      'create a personal API token with --db (printed once; send it as Authorization: Bearer TOKEN); without database access, create one on the web app’s People page',
    )
    .option('--user <username>', 'the user the token acts as')
    .option('--name <label>', 'a label to recognise the token by', 'cli')
    .option('--json', 'print JSON, the secret in "token"')
    .action(async (options: CreateOptions, command: Command) => {
      const created = await withTokens(command, (tokens) => tokens.create(options.user, options.name));
      if (options.json) return printJson(created);
      process.stdout.write(`${created.token}\n`);
      process.stderr.write(
        `token "${created.name}" (${created.id}) for ${created.username}; it is not shown again\n`,
      );
    });
  token
    .command('list')
    .description('list personal API tokens (never their secrets), oldest first')
    .option('--user <username>', 'only this user’s tokens (with --db; with --server you see your own)')
    .option('--json', 'print JSON')
    .action(async (options: ListOptions, command: Command) => {
      const rows = await withTokens(command, (tokens) => tokens.list(options.user));
      if (options.json) return printJson(rows);
      printTable(
        ['ID', 'NAME', 'USER', 'CREATED', 'LAST USED'],
        rows.map((row) => [row.id, row.name, row.username, minute(row.createdAt), minute(row.lastUsedAt)]),
        'no API tokens',
      );
    });
  token
    .command('revoke')
    .description(
      'revoke a personal API token by its id (from `debrief token list`); it stops working within a second',
    )
    .argument('<id>', 'the token id, TOK-…')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      await withTokens(command, (tokens) => tokens.revoke(id));
      if (options.json) return printJson({ id, revoked: true });
      process.stdout.write(`revoked ${id}\n`);
    });
}
