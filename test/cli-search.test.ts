import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

// `debrief search` as a user runs it, on SQLite (PostgreSQL is covered by the store's contract cases).
const dir = mkdtempSync(join(tmpdir(), 'debrief-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('debrief search', () => {
  const env = { DEBRIEF_DB: `sqlite:${join(dir, 'search.db')}` };
  const cli = (...args: string[]) => runCli(args, { env });
  let incident = '';
  beforeAll(async () => {
    const created = await cli(
      'new',
      '-t',
      'Checkout returned 502s after a connection-pool change',
      '-s',
      'SEV2',
      '--json',
    );
    incident = JSON.parse(created.stdout).id;
    await cli('actions', 'add', incident, '-t', 'Alert on connection-pool saturation', '-o', 'Dana Kim');
    await cli('new', '-t', 'Disk full on the build host', '-s', 'SEV4');
  });

  it('prints hits under their incident with the matched words marked, and JSON with the same hits', async () => {
    const text = await cli('search', 'pool', 'SATUR');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${incident}  SEV2  draft  Checkout returned 502s`));
    expect(text.stdout).toContain('connection-«pool» «saturation» Dana Kim');
    const json = JSON.parse((await cli('search', 'pool', '--json')).stdout);
    expect(json.hits.map((hit: { kind: string }) => hit.kind).sort()).toEqual(['action', 'incident']);
    expect((await cli('search', 'kubernetes')).stdout).toBe('nothing found\n');
  });

  it('takes any text as words, and names a bad flag or an unknown incident', async () => {
    const odd = await cli('search', 'pool:* & (', '"unclosed');
    expect(odd.code).toBe(0);
    const limit = await cli('search', 'pool', '--limit', '0');
    expect(limit.code).toBe(2);
    expect(limit.stderr).toBe('debrief: --limit: expected a whole number from 1 to 200, got "0"\n');
    const unknown = await cli('search', 'pool', '--incident', 'INC-NOPE');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('INC-NOPE');
  });

  it('prints insights as Markdown tables and as JSON, and refuses an unknown format', async () => {
    const md = await cli('insights');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Insights\n\n2 incidents from \d{4}-\d{2} to \d{4}-\d{2}/);
    expect(md.stdout).toContain('| Month | Incidents | SEV1 | SEV2 | SEV3 | SEV4 | Services |');
    expect(md.stdout).toContain('## Seen in more than one incident');
    const json = JSON.parse((await cli('insights', '--format', 'json')).stdout);
    expect(json.incidents).toBe(2);
    const bad = await cli('insights', '--format', 'pdf');
    expect(bad.code).toBe(2);
  });
});
