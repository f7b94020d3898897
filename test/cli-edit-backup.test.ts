import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/store/test-support/postgres.js';
import { runCli } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-edit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const sqlite = () => `sqlite:${join(dir, `db-${++counter}.db`)}`;
const mainTs = resolve(import.meta.dirname, '../src/cli/main.ts');

function editorScript(body: string): string {
  const path = join(dir, `editor-${++counter}.sh`);
  writeFileSync(path, `#!/bin/sh\nset -e\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function newIncident(url: string): Promise<string> {
  const created = await runCli(['new', '-t', 'Queue backlog', '-s', 'SEV3', '--json'], {
    env: { DEBRIEF_DB: url },
  });
  return JSON.parse(created.stdout).id as string;
}

/** A temporary folder of the test's own for the CLI (TMPDIR), to see what an edit leaves behind. */
function ownTmp(): string {
  const path = join(dir, `tmp-${++counter}`);
  mkdirSync(path);
  return path;
}

/** What an edit left in a temporary folder (tsx, which runs the CLI from source, keeps its cache there too). */
function editFolders(tmp: string): string[] {
  return readdirSync(tmp).filter((name) => name.startsWith('debrief-edit-'));
}

describe('debrief edit', () => {
  it('saves what the editor changed, and leaves no copy of the incident behind', async () => {
    const url = sqlite();
    const id = await newIncident(url);
    const editor = editorScript(`sed -i 's/^# Queue backlog$/# Queue backlog in billing/' "$1"`);
    const tmp = ownTmp();
    const result = await runCli(['edit', id], {
      env: { DEBRIEF_DB: url, EDITOR: editor, VISUAL: '', TMPDIR: tmp },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`saved ${id}`);
    expect(editFolders(tmp)).toEqual([]);
    const shown = await runCli(['show', id, '--json'], { env: { DEBRIEF_DB: url } });
    expect(JSON.parse(shown.stdout).incident.title).toBe('Queue backlog in billing');
  });

  it('refuses to save when the incident changed meanwhile, and keeps the edited file', async () => {
    const url = sqlite();
    const id = await newIncident(url);
    const editor = editorScript(
      `DEBRIEF_DB='${url}' '${process.execPath}' --import tsx '${mainTs}' timeline add ${id} -m 'Paged the on-call'\n` +
        `sed -i 's/^# Queue backlog$/# Edited title/' "$1"`,
    );
    const tmp = ownTmp();
    const result = await runCli(['edit', id], {
      env: { DEBRIEF_DB: url, EDITOR: editor, VISUAL: '', TMPDIR: tmp },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('changed by someone else');
    const kept = /kept in (\S+\.md)/.exec(result.stderr)?.[1] ?? '';
    expect(kept.startsWith(tmp)).toBe(true);
    expect(readFileSync(kept, 'utf8')).toContain('# Edited title');
    // The kept copy holds the whole incident, names included: only its owner may read it.
    expect(statSync(kept).mode & 0o077).toBe(0);
    expect(statSync(dirname(kept)).mode & 0o077).toBe(0);
    const shown = await runCli(['show', id, '--json'], { env: { DEBRIEF_DB: url } });
    expect(JSON.parse(shown.stdout).incident.title).toBe('Queue backlog');
  });

  it('says so when nothing changed', async () => {
    const url = sqlite();
    const id = await newIncident(url);
    const tmp = ownTmp();
    const result = await runCli(['edit', id], {
      env: { DEBRIEF_DB: url, EDITOR: 'true', VISUAL: '', TMPDIR: tmp },
    });
    expect(result.stdout).toBe(`no changes to ${id}\n`);
    expect(editFolders(tmp)).toEqual([]);
  });
});

describe('debrief backup and restore', () => {
  it('moves a database from SQLite to PostgreSQL without losing a field', async () => {
    const from = sqlite();
    const id = await newIncident(from);
    await runCli(['timeline', 'add', id, '--at', '2026-05-01T10:00:00+02:00', '-m', 'Consumer lag alert'], {
      env: { DEBRIEF_DB: from },
    });
    await runCli(['actions', 'add', id, '-t', 'Autoscale consumers', '-o', 'Platform team'], {
      env: { DEBRIEF_DB: from },
    });
    const bundle = join(dir, 'bundle.json');
    const backup = await runCli(['backup', bundle], { env: { DEBRIEF_DB: from } });
    expect(backup.code).toBe(0);
    expect(readdirSync(dir)).toContain('bundle.json');

    const pg = await createTestDatabase('debrief_restore');
    try {
      const restored = await runCli(['restore', bundle], { env: { DEBRIEF_DB: pg.url } });
      expect(restored.stderr).toBe('');
      expect(restored.stdout).toContain('restored 1 incidents');
      const a = await runCli(['export', id, '--format', 'json'], { env: { DEBRIEF_DB: from } });
      const b = await runCli(['export', id, '--format', 'json'], { env: { DEBRIEF_DB: pg.url } });
      expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));

      const again = await runCli(['restore', bundle], { env: { DEBRIEF_DB: pg.url } });
      expect(again.code).toBe(2);
      expect(again.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await pg.drop();
    }
  });

  it('rejects a file that is not a bundle', async () => {
    const file = join(dir, 'not-a-bundle.json');
    writeFileSync(file, '{"hello": 1}');
    const result = await runCli(['restore', file], { env: { DEBRIEF_DB: sqlite() } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^debrief: .+\n$/);
  });
});
