import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import { startTestServer, type TestServer } from '../../server/test-support/test-server.js';
import { openSqlStore } from '../../store/index.js';

interface ListedToken {
  id: string;
  name: string;
  username: string;
  createdAt: string;
  lastUsedAt: string | null;
}

// Every case runs the CLI as a subprocess; on a busy two-core machine each start takes seconds.
describe('debrief token on a database', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-token-'));
  const db = `sqlite:${join(dir, 'debrief.db')}`;
  const cli = (args: string[]) =>
    runCli(['--db', db, 'token', ...args], { env: { DEBRIEF_SERVER: undefined } });

  beforeAll(async () => {
    const database = await openSqlStore(db);
    await database.store.migrate();
    const accounts = database.accounts({ passwordCost: { N: 1024, r: 8, p: 1 } });
    await accounts.createUser({ username: 'ada', name: 'Ada', password: 'ada password', role: 'admin' });
    await accounts.createUser({ username: 'eli', name: 'Eli', password: 'eli password' });
    await database.store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates, lists (never the secret), revokes, and then no longer finds a token', async () => {
    const [ada, eli] = await Promise.all([
      cli(['create', '--user', 'ada', '--name', 'laptop', '--json']),
      cli(['create', '--user', 'eli', '--name', 'ci']),
    ]);
    expect(ada.code).toBe(0);
    const created = JSON.parse(ada.stdout) as ListedToken & { token: string };
    expect(created).toMatchObject({ name: 'laptop', username: 'ada', lastUsedAt: null });
    expect(created.token).toMatch(/^dbt_/);
    expect(eli.stdout.trim()).toMatch(/^dbt_[\w-]{20,}$/);

    const [all, onlyAda, table] = await Promise.all([
      cli(['list', '--json']),
      cli(['list', '--user', 'ADA', '--json']),
      cli(['list']),
    ]);
    const listed = JSON.parse(all.stdout) as ListedToken[];
    expect(listed.map((token) => `${token.username}:${token.name}`).sort()).toEqual(['ada:laptop', 'eli:ci']);
    expect(all.stdout).not.toContain(created.token);
    expect(all.stdout).not.toContain(eli.stdout.trim());
    expect((JSON.parse(onlyAda.stdout) as ListedToken[]).map((token) => token.id)).toEqual([created.id]);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+USER\s+CREATED\s+LAST USED/);
    expect(table.stdout).toContain(created.id);
    expect(table.stdout).toMatch(/laptop\s+ada\s+\d{4}-\d\d-\d\d \d\d:\d\dZ\s+never/);

    const revoked = await cli(['revoke', created.id, '--json']);
    expect(revoked.code).toBe(0);
    expect(JSON.parse(revoked.stdout)).toEqual({ id: created.id, revoked: true });
    const [after, again] = await Promise.all([cli(['list', '--user', 'ada']), cli(['revoke', created.id])]);
    expect(after.stdout.trim()).toBe('no API tokens');
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`debrief: no API token with id "${created.id}"\n`);
  });

  it('asks for --user when creating on a database, and names an unknown user', async () => {
    const [missing, unknown] = await Promise.all([cli(['create']), cli(['list', '--user', 'nobody'])]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^debrief: --user: expected the username/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/no user named "nobody"/);
  });
});

describe('debrief token against a server', { timeout: 120_000 }, () => {
  let t: TestServer;
  let url: string;
  const as = (token: string, args: string[]) =>
    runCli(['--server', url, '--token', token, 'token', ...args], {
      env: { DEBRIEF_SERVER: undefined, DEBRIEF_TOKEN: undefined, DEBRIEF_DB: undefined },
    });

  beforeAll(async () => {
    t = await startTestServer('sqlite', { cacheMs: 0 });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => t?.close());

  it('refuses to create a token with a token, in one line, and creates nothing', async () => {
    const vera = await t.accounts.findUser('vera');
    const tokenIds = async () =>
      (await t.accounts.listApiTokens(vera?.id as string)).map((token) => token.id);
    const before = await tokenIds();
    const refused = await as(t.viewer.token, ['create', '--name', 'script', '--json']);
    expect(refused).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'debrief: `debrief token create` needs direct database access: use --db\n',
    });
    expect(await tokenIds()).toEqual(before);
  });

  it('lists the caller’s own tokens, and a revoked token is then refused', async () => {
    const vera = await t.accounts.findUser('vera');
    const fresh = await t.accounts.createApiToken(vera?.id as string, 'script');

    const listed = await as(fresh.token, ['list', '--json']);
    expect(listed.code).toBe(0);
    const tokens = JSON.parse(listed.stdout) as ListedToken[];
    expect(tokens.map((token) => token.name)).toEqual(['tests', 'script']);
    expect(tokens.every((token) => token.username === 'vera')).toBe(true);
    expect(listed.stdout).not.toContain(fresh.token);

    const revoked = await as(t.viewer.token, ['revoke', fresh.id]);
    expect(revoked).toMatchObject({ code: 0, stdout: `revoked ${fresh.id}\n` });
    const refused = await as(fresh.token, ['list']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`the token was refused by ${url}`);
    expect(refused.stderr).not.toContain(fresh.token);
  });

  it('does not reach other users’ tokens, except an admin revoking one', async () => {
    const eli = await t.accounts.findUser('eli');
    const target = (await t.accounts.listApiTokens(eli?.id as string))[0]?.id as string;
    const [other, notMine] = await Promise.all([
      as(t.viewer.token, ['list', '--user', 'eli']),
      as(t.viewer.token, ['revoke', target]),
    ]);
    expect(other).toMatchObject({
      code: 2,
      stderr: 'debrief: `debrief token list` needs direct database access: use --db\n',
    });
    expect(notMine.code).toBe(2);
    expect(notMine.stderr).toMatch(/no API token with id .* among your tokens/);

    const admin = await t.accounts.findUser('ada');
    const { token: adminToken } = await t.accounts.createApiToken(admin?.id as string, 'admin cli');
    expect((await as(adminToken, ['revoke', target])).code).toBe(0);
    expect(await t.accounts.findApiTokenUser(t.editor.token)).toBeUndefined();
  });
});
