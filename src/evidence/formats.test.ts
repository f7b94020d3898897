import { describe, expect, it } from 'vitest';
import { readEvidence } from './draft/read-evidence.js';
import type { EvidenceItem } from './evidence-item.js';
import { crashFormats, documentFormats, formatNames, lineFormats } from './formats.js';
import { batchesOf } from './test-support/batches-of.js';
import { testOptions } from './test-support/parse-all.js';

// The shared case suite: every format the registry lists is read through detection, as `debrief evidence` reads a
// file, from the very example `debrief evidence --formats` prints. A new format gets these cases by being listed.

async function readExample(example: string) {
  const items: EvidenceItem[] = [];
  const report = await readEvidence('example', batchesOf(example), (item) => items.push(item), testOptions);
  return { items, report };
}

const registered = [...lineFormats, ...documentFormats];
// Formats whose evidence says how long ago, not when: their items keep an unknown time rather than an invented one.
const untimed = new Set(['kubectl-events']);

describe('the format registry', () => {
  it('offers every registered format, and only those, to --format-override', () => {
    expect(formatNames()).toEqual(registered.map((format) => format.name));
  });
});

describe.each(registered.map((format) => [format.name, format] as const))(
  'the %s example',
  (name, format) => {
    it(`is detected as ${name}`, async () => {
      const { report } = await readExample(format.example);
      expect(report.format).toBe(name);
    });

    it('yields at least one item with a time (or, for an untimed format, none) and nothing unparsed', async () => {
      const { items, report } = await readExample(format.example);
      expect(report.samples).toEqual([]);
      expect(report.unparsed).toBe(0);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        if (untimed.has(name)) expect(item.at).toBeNull();
        else expect(item.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      }
    });
  },
);

// Crash reports are recognised inside any line format. Their examples carry no time of their own (a crash takes
// the time of the line before it), so they are checked for the crash only. The slack-export example names the
// files of an export folder rather than showing content; slack-export.test.ts reads one.
const crashes = crashFormats.filter((format) => format.name !== 'slack-export');

describe.each(crashes.map((format) => [format.name, format] as const))('the %s example', (_name, format) => {
  it('is read as one panic or crash with nothing unparsed', async () => {
    const { items, report } = await readExample(format.example);
    expect(report.unparsed).toBe(0);
    expect(items).toHaveLength(1);
    expect(['panic', 'crash']).toContain(items[0]?.kind);
  });
});
