import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { timelineEventFieldsSchema } from '../domain/index.js';
import { draftToAttach } from './draft-to-attach.js';
import { checkZone, formatOverrides, importEvidence, zoneOverrides } from './import-evidence.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const log = [
  '{"time":"2026-03-04T14:00:00Z","level":"INFO","msg":"served /orders/1"}',
  '{"time":"2026-03-04T14:01:00Z","level":"ERROR","msg":"charge failed calling ledger:9090"}',
  'not json',
].join('\n');

describe('importEvidence', () => {
  it('walks folders, gunzips, counts what it cannot parse and lists what it cannot open', async () => {
    const folder = join(dir, 'logs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'app.log.gz'), gzipSync(`${log}\n`));
    writeFileSync(join(folder, '.hidden'), 'ignored');
    const { result, unreadable } = await importEvidence({ paths: [folder, join(dir, 'missing.log')] });
    expect(result.files.map((f) => f.file)).toEqual([join(folder, 'app.log.gz')]);
    expect(result.stats).toMatchObject({ files: 1, lines: 3, unparsed: 1 });
    expect(result.signatures.map((s) => s.template).join('\n')).toContain('charge failed calling');
    expect(unreadable).toEqual([`cannot read ${join(dir, 'missing.log')}: no such file or folder (ENOENT)`]);
  });

  it('reports uploaded files under their own names, never their temporary paths', async () => {
    const temp = join(dir, 'upload-0-abcd');
    writeFileSync(temp, `${log}\n`);
    const { result } = await importEvidence({ files: [{ name: 'app.log', path: temp }] });
    expect(result.files[0]?.file).toBe('app.log');
    expect(JSON.stringify(result)).not.toContain('upload-0-abcd');
  });

  it('reads timestamps without a zone in the zone given', async () => {
    const path = join(dir, 'plain.log');
    writeFileSync(path, '2026-03-04 15:00:00 ERROR payment declined for order 7\n');
    const { result } = await importEvidence({ paths: [path] }, { zone: 'Europe/Berlin' });
    expect(result.signatures[0]?.firstAt).toBe('2026-03-04T14:00:00.000Z');
  });

  it('refuses an unknown zone or format with the accepted ones named', async () => {
    await expect(importEvidence({ paths: [] }, { zone: 'Mars/Olympus' })).rejects.toThrow(/IANA name/);
    expect(() => formatOverrides(['app.log=yaml'])).toThrow(/unknown format "yaml"; expected one of .*json/);
    expect(formatOverrides(['json', 'x.log=logfmt'])('x.log')).toBe('logfmt');
    expect(formatOverrides(['json'])('y.log')).toBe('json');
    const byFolder = formatOverrides(['logs=logfmt', 'typo.log=json']);
    expect(byFolder('logs/a.log')).toBe('logfmt');
    expect(byFolder('other.log')).toBeUndefined();
    expect(byFolder.unused()).toEqual(['typo.log=json']);
    // Every name --formats lists is taken: a crash format reads the file as text, where crashes are found.
    expect(formatOverrides(['panic.txt=go-crash'])('panic.txt')).toBe('text');
    expect(formatOverrides(['rust-panic'])('x')).toBe('text');
    expect(() => formatOverrides(['slack-export'])).toThrow(
      /needs no override: pass the export folder or the zip/,
    );
  });

  it('takes a zone for every input, or for one file or folder, the longest path winning', () => {
    const { zone, zoneFor } = zoneOverrides([
      'Europe/Berlin',
      'logs/=Asia/Tokyo',
      './logs/nginx/error.log=America/New_York',
    ]);
    expect(zone).toBe('Europe/Berlin');
    expect(zoneFor('logs/app.log')).toBe('Asia/Tokyo');
    expect(zoneFor('logs/nginx/error.log')).toBe('America/New_York');
    expect(zoneFor('other/app.log')).toBeUndefined();
    expect(zoneOverrides([]).zone).toBe('UTC');
    expect(() => zoneOverrides(['app.log=Mars/Olympus'])).toThrow(/unknown time zone "Mars\/Olympus"/);
  });

  it('takes an offset or an abbreviation as a zone, and compares paths resolved', () => {
    expect(checkZone('+01:00')).toBe('UTC+1');
    expect(checkZone('-0530')).toBe('UTC-5:30');
    expect(checkZone('CET')).toBe('CET');
    expect(() => checkZone('+25:00')).toThrow(/unknown time zone "\+25:00"/);
    const { zoneFor, unused } = zoneOverrides([`${process.cwd()}/logs/app.log=CET`, 'logs/typo.log=UTC']);
    expect(zoneFor('./logs/app.log')).toBe('CET');
    expect(unused()).toEqual(['logs/typo.log=UTC']);
  });

  it('drafts events a store takes from a log line holding a NUL character', async () => {
    const path = join(dir, 'nul.log');
    writeFileSync(
      path,
      '{"time":"2026-03-04T14:01:00Z","level":"ERROR","msg":"bad byte \\u0000 in payload"}\n',
    );
    const { result } = await importEvidence({ paths: [path] });
    const { events } = draftToAttach(result);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => timelineEventFieldsSchema.safeParse(event).success)).toBe(true);
  });
});
