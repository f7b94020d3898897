import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { syncFolder } from '../app/index.js';
import { startTestServer, type TestServer } from '../server/test-support/test-server.js';

let t: TestServer;
let url: string;

beforeAll(async () => {
  t = await startTestServer('sqlite', { cacheMs: 0 });
  url = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t?.close());

// Each case runs the CLI as a subprocess; on a busy machine that takes seconds, hence few calls and a long timeout.
describe('the CLI with --server', { timeout: 120_000 }, () => {
  const cli = (args: string[], input = '') =>
    runCli(args, {
      env: { DEBRIEF_SERVER: url, DEBRIEF_TOKEN: t.editor.token, DEBRIEF_DB: undefined },
      input,
    });

  it('creates an incident, adds an event and an action, exports, re-imports and shows it', async () => {
    const created = await cli(['new', '--title', 'Payments timeouts', '--severity', 'SEV2', '--json']);
    expect(created.stderr).toBe('');
    const id = JSON.parse(created.stdout).id as string;
    const [event, action] = await Promise.all([
      cli(['timeline', 'add', id, '--at', '2026-03-04T14:02:00Z', '--summary', 'Gateway p99 above 2s']),
      cli(['actions', 'add', id, '--title', 'Set a client timeout budget', '--owner', 'payments']),
    ]);
    expect(event.stdout).toMatch(new RegExp(`^added \\S+ to ${id} at 2026-03-04T14:02:00.000Z`));
    expect(action.code).toBe(0);
    const exported = await cli(['export', id]);
    expect(exported.stdout).toContain('Set a client timeout budget');
    const imported = await cli(
      ['import', '-'],
      exported.stdout.replace('Payments timeouts', 'Payments gateway timeouts'),
    );
    expect(imported.stdout).toBe(
      `updated ${id}: Payments gateway timeouts (1 events, 0 factors, 1 actions)\n`,
    );
    const shown = await cli(['show', id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`${id}  Payments gateway timeouts`);
    expect(shown.stdout).toContain('Gateway p99 above 2s');
    expect(await t.store.timeline.list(id)).toHaveLength(1);
  });

  it('exits 2 with one line for an unknown id, a refused token, an unreachable server and database-only verbs', async () => {
    const [unknown, refused, unreachable, token, backup] = await Promise.all([
      cli(['show', 'inc_nowhere']),
      runCli(['--server', url, '--token', 'dbt_wrong', 'list'], { env: { DEBRIEF_TOKEN: undefined } }),
      runCli(['--server', 'http://127.0.0.1:9', '--token', 'dbt_wrong', 'list']),
      cli(['token', 'create', '--user', 'ada']),
      cli(['backup', '-']),
    ]);
    for (const result of [unknown, refused, unreachable, token, backup]) {
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toContain('dbt_wrong');
    }
    expect(unknown.stderr).toMatch(/no incident with id "inc_nowhere"/);
    expect(refused.stderr).toContain(`the token was refused by ${url}`);
    expect(unreachable.stderr).toContain('cannot reach the debrief server at http://127.0.0.1:9');
    expect(token.stderr).toBe('debrief: `debrief token create` needs direct database access: use --db\n');
    expect(backup.stderr).toBe('debrief: `debrief backup` needs direct database access: use --db\n');
  });

  it('searches text of any length through the server, reading its beginning', async () => {
    const long = await cli(['search', `timeouts ${'超时错误 '.repeat(6_000)}`]);
    expect(long.stderr).toBe('');
    expect(long.code).toBe(0);
  });

  it('syncs a folder as someone who may not see a restricted incident: its file is left alone, the rest syncs', async () => {
    const ctx = { actor: 'test' };
    const open = await t.store.incidents.create({ title: 'Search was slow', severity: 'SEV3' }, ctx);
    const secret = await t.store.incidents.create(
      {
        title: 'Card numbers in logs',
        severity: 'SEV1',
        restricted: true,
        participants: [{ name: 'Sam Someone', role: 'incident-commander' }],
      },
      ctx,
    );
    // Someone who sees everything synced the folder first (as the team's repository holds it).
    const folder = mkdtempSync(join(tmpdir(), 'debrief-sync-view-'));
    try {
      await syncFolder(t.store, folder, { actor: 'ada' });
      // Then the other incident is restricted too: its file still says it is not.
      const later = await t.store.incidents.update(
        open.id,
        open.version,
        { restricted: true, participants: [{ name: 'Sam Someone', role: 'incident-commander' }] },
        ctx,
      );
      const files = [secret.id, open.id].map((id) => join(folder, `${id}.md`));
      const before = files.map((file) => readFileSync(file, 'utf8'));
      for (const prefer of [[], ['--prefer', 'files'], ['--prefer', 'database']]) {
        const run = await cli(['sync', folder, ...prefer]);
        expect(run.code, `${prefer} ${run.stderr}`).toBe(0);
        expect(run.stdout).toContain(`${secret.id}.md`);
        expect(run.stdout).toContain(`${open.id}.md`);
        expect(run.stdout).toContain('you are not among');
        expect(run.stdout).not.toContain('Card numbers');
        expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
      }
      expect((await t.store.incidents.get(secret.id)).version).toBe(secret.version);
      expect((await t.store.incidents.get(open.id)).version).toBe(later.version);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
