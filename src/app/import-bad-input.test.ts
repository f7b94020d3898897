import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { maxDocumentChars, maxDocumentRecords } from '../evidence/index.js';
import { importEvidence } from './import-evidence.js';

// Bad input as users hand it over: each file gets a clear note naming it and what was done, and the others are
// still read.
const dir = mkdtempSync(join(tmpdir(), 'debrief-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const record = (i: number, level = 'INFO', msg = 'request completed') =>
  JSON.stringify({ time: new Date(Date.UTC(2026, 2, 4, 14, 0, 0) + i * 10).toISOString(), level, msg, n: i });
const good = write('good.log', `${record(0, 'ERROR', 'charge failed')}\n`);

async function notesOf(path: string) {
  const { result, unreadable } = await importEvidence({ paths: [path, good] });
  expect(unreadable).toEqual([]);
  // The good file is read whatever happened to the bad one.
  expect(result.signatures.map((s) => s.template)).toContain('charge failed');
  const file = result.files.find((f) => f.file === path);
  return { file, result };
}

describe('bad input', () => {
  it('a binary file is named as such and not read', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const { file, result } = await notesOf(write('core.bin', bytes));
    expect(file).toMatchObject({ format: 'binary', notRead: true });
    expect(result.stats).toMatchObject({ files: 1, notRead: 1 }); // good.log is read, core.bin is not
    expect(file?.samples[0]?.reason).toMatch(/^binary content .*not read$/);
  });

  it('a truncated gzip keeps the lines before the cut and says the rest is missing', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${record(i)} ${Math.random()}`);
    const zipped = gzipSync(lines.join('\n'));
    const { file } = await notesOf(write('cut.log.gz', zipped.subarray(0, zipped.length >> 1)));
    const stop = file?.samples.find((s) => s.reason.startsWith('stopped reading'));
    expect(stop?.reason).toMatch(
      /^stopped reading: the gzip data ends early \(a truncated \.gz\?\); the [\d,]+ line\(s\) before it were read, the rest is missing$/,
    );
    expect(file?.lines).toBeGreaterThan(10_000);
  });

  it('a line of 10 MB is cut to its head, with its number and length', async () => {
    const { file } = await notesOf(
      write('long.log', `${record(1)}\n${'x'.repeat(10_000_000)}\n${record(2)}\n`),
    );
    expect(file?.lines).toBe(3);
    expect(file?.samples.map((s) => s.reason)).toContain(
      '1 line(s) longer than 64 KiB were cut to their first 64 KiB, the rest skipped; the longest, line 2, has 10,000,000 characters',
    );
  });

  it('a JSON document on one line longer than 64 KiB is read whole, gzipped too', async () => {
    const alerts = Array.from({ length: 400 }, (_, i) => ({
      status: 'firing',
      labels: { alertname: 'HighErrorRate', pod: `checkout-${i}`, note: 'x'.repeat(200) },
      startsAt: '2026-03-04T14:04:00Z',
    }));
    const webhook = JSON.stringify({ receiver: 'pd', status: 'firing', alerts });
    expect(webhook.length).toBeGreaterThan(64 * 1024);
    for (const path of [write('webhook.json', webhook), write('webhook.json.gz', gzipSync(webhook))]) {
      const { file, result } = await notesOf(path);
      expect(file).toMatchObject({ format: 'alertmanager', unparsed: 0 });
      expect(result.events.filter((e) => e.kind === 'alert-fired')).toHaveLength(400);
    }
  });

  it('a JSON document over the limit is not read, with the reason and a way out', async () => {
    const items = Array.from({ length: 1_000 }, (_, i) => ({
      kind: 'Event',
      message: 'y'.repeat(40_000),
      i,
    }));
    const path = write('events.json', JSON.stringify({ items }, null, 1));
    const { file } = await notesOf(path);
    expect(file).toMatchObject({ format: 'json-document', notRead: true, unparsed: 1 });
    expect(file?.samples).toHaveLength(1);
    expect(file?.samples[0]?.reason).toMatch(
      /^a JSON document larger than 32 MiB, the most debrief reads whole; not read\. A list of records is read at any size as JSON lines/,
    );
  });

  it('a JSON array of records over the limit, one per line, is read as JSON lines', async () => {
    const count = Math.ceil(maxDocumentChars / 80) + 1_000;
    const body = Array.from({ length: count }, (_, i) => `  ${record(i)}`).join(',\n');
    const { file, result } = await notesOf(write('records.json', `[\n${body}\n]\n`));
    expect(file).toMatchObject({ format: 'json', unparsed: 0 });
    expect(result.signatures.find((s) => s.template === 'request completed')?.count).toBe(count);
  });

  const webhook = (count: number) =>
    JSON.stringify({
      version: '4',
      receiver: 'team',
      status: 'firing',
      alerts: Array.from({ length: count }, (_, i) => ({
        status: 'firing',
        labels: { alertname: `HighErrorRate${i % 50}`, pod: `api-${i}` },
        startsAt: new Date(Date.UTC(2026, 2, 4, 14, 0, i % 3600)).toISOString(),
      })),
    });

  it('a JSON document with more records than debrief reads from one is refused by their count, whatever its size', async () => {
    const path = write('many-alerts.json', webhook(maxDocumentRecords + 1));
    const { file, result } = await notesOf(path);
    expect(file).toMatchObject({ format: 'alertmanager', notRead: true, unparsed: 1 });
    expect(file?.samples[0]?.reason).toMatch(
      /^10,001 records \(Prometheus Alertmanager webhook payload .*\), more than the 10,000 debrief reads from one JSON document .*; not read\. .*split it into documents of at most 10,000 records/,
    );
    expect(result.events.filter((e) => e.kind === 'alert-fired')).toEqual([]);
  });

  it('a JSON document at the record limit is read whole', async () => {
    const { file, result } = await notesOf(write('alerts.json', webhook(maxDocumentRecords)));
    expect(file).toMatchObject({ format: 'alertmanager', unparsed: 0 });
    expect(result.events.filter((e) => e.kind === 'alert-fired')).toHaveLength(maxDocumentRecords);
  }, 60_000);
});
