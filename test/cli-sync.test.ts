import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/store/test-support/postgres.js';
import { runCli } from './support/cli.js';

// Post-mortems as code: `debrief sync DIR` as a team runs it, on SQLite and PostgreSQL: export, edits on either
// side, a conflict left alone, a side preferred, a hand-written file, a removed file, a file that does not parse.

const dir = mkdtempSync(join(tmpdir(), 'debrief-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const targets = [
  { name: 'SQLite', make: async () => ({ url: `sqlite:${join(dir, 'sync.db')}`, drop: async () => {} }) },
  { name: 'PostgreSQL', make: () => createTestDatabase('debrief_sync') },
];

describe.each(targets)('debrief sync on $name', (target) => {
  let env: Record<string, string>;
  let folder: string;
  const cli = (...args: string[]) => runCli(args, { env });
  const sync = (...args: string[]) => cli('sync', folder, ...args);
  const titleOf = async (id: string) => JSON.parse((await cli('show', id, '--json')).stdout).incident.title;
  const file = (id: string) => join(folder, `${id}.md`);
  const retitle = (id: string, from: string, to: string) =>
    writeFileSync(file(id), readFileSync(file(id), 'utf8').replace(`# ${from}\n`, `# ${to}\n`));

  beforeAll(async () => {
    const db = await target.make();
    env = { DEBRIEF_DB: db.url };
    folder = join(dir, `folder-${target.name}`);
    mkdirSync(folder);
    return db.drop;
  });

  it('keeps the folder and the database in step both ways, and reports conflicts without overwriting', async () => {
    const created = async (title: string) =>
      JSON.parse((await cli('new', '-t', title, '-s', 'SEV2', '--json')).stdout).id as string;
    const a = await created('Checkout returned 503s');
    const b = await created('Search was slow');

    const first = await sync();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`exported: wrote ${a} to ${a}.md (new in the database)`);
    expect(first.stdout).toContain('2 written to files');
    expect(readFileSync(file(a), 'utf8')).toContain('# Checkout returned 503s\n');
    const state = JSON.parse(readFileSync(join(folder, '.debrief-sync.json'), 'utf8'));
    expect(Object.keys(state.incidents).sort()).toEqual([a, b].sort());
    expect((await sync()).stdout).toBe('2 unchanged\n');

    // An edit in a file (a pull request merged) goes to the database; a change in the database goes to the file.
    retitle(a, 'Checkout returned 503s', 'Checkout returned 503s for 40 minutes');
    const edited = await sync();
    expect(edited.stdout).toContain(`imported: saved ${a}.md as ${a} (changed in the file)`);
    expect(await titleOf(a)).toBe('Checkout returned 503s for 40 minutes');
    const elsewhere = join(dir, `copy-${target.name}.md`);
    writeFileSync(
      elsewhere,
      readFileSync(file(b), 'utf8').replace('# Search was slow\n', '# Search took 9 s\n'),
    );
    await cli('import', elsewhere);
    expect((await sync()).stdout).toContain(`exported: wrote ${b} to ${b}.md (changed in the database)`);
    expect(readFileSync(file(b), 'utf8')).toContain('# Search took 9 s\n');

    // Changed on both sides: reported, exit 1, neither side touched. --dry-run writes nothing either way.
    retitle(a, 'Checkout returned 503s for 40 minutes', 'Checkout 503s (file)');
    await cli('actions', 'add', a, '-t', 'Add a canary stage');
    const conflict = await sync();
    expect(conflict.code).toBe(1);
    expect(conflict.stdout).toContain(
      `CONFLICT: ${a} changed in ${a}.md and in the database since the last sync; neither was overwritten`,
    );
    expect(await titleOf(a)).toBe('Checkout returned 503s for 40 minutes');
    expect(readFileSync(file(a), 'utf8')).toContain('# Checkout 503s (file)\n');
    const dry = await sync('--prefer', 'database', '--dry-run');
    expect(dry.stdout).toContain('(dry run)');
    expect(readFileSync(file(a), 'utf8')).toContain('# Checkout 503s (file)\n');
    const preferred = await sync('--prefer', 'database');
    expect(preferred.code).toBe(0);
    expect(readFileSync(file(a), 'utf8')).toContain('# Checkout returned 503s for 40 minutes\n');
    expect(readFileSync(file(a), 'utf8')).toContain('Add a canary stage');

    // A post-mortem written by hand, without an id: saved as a new incident, its id written into the file.
    writeFileSync(
      join(folder, 'cache-outage.md'),
      '---\nseverity: SEV3\n---\n\n# Cache evictions\n\n## Summary\n\nHit rate fell.\n',
    );
    // A dry run cannot know the id the file will get: it says a new one.
    expect((await sync('--dry-run')).stdout).toContain(
      'created: would save cache-outage.md as a new incident (a new file; its id is written into it)',
    );
    const added = await sync();
    expect(added.stdout).toMatch(
      /created: saved cache-outage\.md as (INC-\S+) \(a new file; its id is written into it\)/,
    );
    const newId = /as (INC-\S+)/.exec(added.stdout)?.[1] as string;
    expect(readFileSync(join(folder, 'cache-outage.md'), 'utf8')).toContain(`id: ${newId}`);
    expect(await titleOf(newId)).toBe('Cache evictions');
    expect((await sync()).stdout).toBe('3 unchanged\n');

    // A row added by hand without an id gets the id it was saved with, so the next edit does not add it again.
    const withRow = readFileSync(file(a), 'utf8').replace(
      /(\| Id \| Action \| Owner \|[^\n]*\n\|[^\n]*\n)/,
      '$1|  | Write the runbook for Aroha Ngata | Aroha Ngata | 2026-12-20 | low | process | open |  |  |  |  |\n',
    );
    expect(withRow).toContain('Write the runbook');
    writeFileSync(file(a), withRow);
    expect((await sync()).stdout).toContain(`imported: saved ${a}.md as ${a} (changed in the file)`);
    const actionIds = async () =>
      JSON.parse((await cli('show', a, '--json')).stdout).actions.map((action: { id: string }) => action.id);
    const ids = await actionIds();
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(readFileSync(file(a), 'utf8')).toContain(id);
    retitle(a, 'Checkout returned 503s for 40 minutes', 'Checkout returned 503s for 41 minutes');
    await sync();
    expect(await actionIds()).toEqual(ids);

    // A renamed file is the same post-mortem.
    const { renameSync } = await import('node:fs');
    renameSync(file(a), join(folder, 'checkout-503s.md'));
    expect((await sync()).stdout).toBe('3 unchanged\n');
    renameSync(join(folder, 'checkout-503s.md'), file(a));
    expect((await sync()).stdout).toBe('3 unchanged\n');

    // A removed file is not a deleted incident unless asked; a file that does not parse is left alone.
    unlinkSync(file(b));
    writeFileSync(join(folder, 'broken.md'), '---\nseverity: SEV9\n---\n\n# Broken\n');
    // A file the database refuses (an id that differs only in case from another's) is left alone the same way.
    writeFileSync(join(folder, 'twin.md'), `---\nid: ${b.toLowerCase()}\nseverity: SEV3\n---\n\n# Twin\n`);
    const removed = await sync();
    expect(removed.stdout).toContain(
      `UNREADABLE: twin.md not saved: id: "${b.toLowerCase()}" differs only in letter case`,
    );
    unlinkSync(join(folder, 'twin.md'));
    expect(removed.code).toBe(1);
    expect(removed.stdout).toContain(
      `REMOVED: ${b}.md was removed but ${b} is still in the database; nothing deleted`,
    );
    expect(removed.stdout).toContain('UNREADABLE: broken.md:2: front matter: severity: expected one of SEV1');
    expect(await titleOf(b)).toBe('Search took 9 s');
    await sync('--prefer', 'database');
    expect(existsSync(file(b))).toBe(true);
    unlinkSync(join(folder, 'broken.md'));
    expect((await sync()).code).toBe(0);

    const notFolder = await cli('sync', join(folder, 'nope'));
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain('not a folder');
  }, 300_000); // a dozen CLI processes, each a second or more on a busy two-core machine
});
