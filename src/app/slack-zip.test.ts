import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importEvidence } from './import-evidence.js';
import { readSlackZip } from './slack-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-slack-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const users = JSON.stringify([{ id: 'U1', name: 'dana', profile: { display_name: 'Dana' } }]);
const day = JSON.stringify([
  { type: 'message', user: 'U1', text: 'rolling back v2.14', ts: '1772633400.000100' },
]);

function zipFile(name: string, files: Record<string, string>): string {
  const path = join(dir, name);
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
  return path;
}

describe('a Slack export as a zip', () => {
  it('is read like the export folder, under the name it was uploaded with', async () => {
    const path = zipFile('upload-1', {
      'users.json': users,
      'channels.json': '[]',
      'incident-42/2026-03-04.json': day,
      'incident-42/notes.txt': 'not read',
    });
    const { result, unreadable } = await importEvidence({ files: [{ name: 'slack.zip', path }] });
    expect(unreadable).toEqual([]);
    expect(result.files).toEqual([
      expect.objectContaining({ file: 'slack.zip', format: 'slack-export', lines: 1 }),
    ]);
    expect(result.events.map((e) => e.summary)).toContain('#incident-42 Dana (U1): rolling back v2.14');
    expect(result.events[0]?.origin.file).toBe('slack.zip/incident-42/2026-03-04.json');
  });

  it('takes off a folder wrapped around the export', async () => {
    const path = zipFile('wrapped.zip', {
      'Acme Slack export/users.json': users,
      'Acme Slack export/incident-42/2026-03-04.json': day,
    });
    expect((await readSlackZip(path, 'wrapped.zip')).map((f) => f.path)).toEqual([
      'incident-42/2026-03-04.json',
      'users.json',
    ]);
  });

  it('refuses a zip that is not a Slack export, naming it, and still reads the other files', async () => {
    const path = zipFile('logs.zip', { 'app.log.json': '{}' });
    const log = join(dir, 'app.log');
    writeFileSync(log, '{"time":"2026-03-04T14:01:00Z","level":"ERROR","msg":"charge failed"}\n');
    const { result, unreadable } = await importEvidence({ paths: [path, log] });
    expect(unreadable).toEqual([
      expect.stringMatching(/logs\.zip: a zip archive without users\.json.*unzip it/),
    ]);
    expect(result.stats.files).toBe(1);
  });

  it('refuses a damaged zip with a clear line', async () => {
    const path = join(dir, 'broken.zip');
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
    const { unreadable } = await importEvidence({ paths: [path] });
    expect(unreadable).toEqual([expect.stringMatching(/broken\.zip: /)]);
  });

  it('stops before inflating a zip whose files declare more than the limit (a zip bomb)', async () => {
    const archive = Buffer.from(zipSync({ 'users.json': strToU8(users) }));
    // The central directory's uncompressed size (offset 24 of its entry) is what the limit is checked against.
    const central = archive.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
    archive.writeUInt32LE(0xfffffff0, central + 24);
    const path = join(dir, 'bomb.zip');
    writeFileSync(path, archive);
    await expect(readSlackZip(path, 'bomb.zip')).rejects.toThrow(
      /bomb\.zip: its JSON files inflate to over 512 MiB/,
    );
  });
});
