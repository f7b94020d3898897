import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrashCollector } from './draft/crash-collector.js';
import { readEvidence } from './draft/read-evidence.js';
import { documentFormats, lineFormats } from './formats.js';
import { FieldProbe } from './read/json-fields.js';
import { batchesOf } from './test-support/batches-of.js';
import { testOptions } from './test-support/parse-all.js';

const anyLine = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.json().map((json) => json.replace(/\n/g, ' ')),
  fc.constantFrom(
    '{',
    '{"msg":',
    'panic: ',
    "thread 'x' panicked at",
    'commit abc1234',
    '<13>1 - - - - - -',
    '"a,b',
  ),
);

describe('parsers under random input', () => {
  it('every line format returns an item, null or a reason, and never throws', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 20 }), (lines) => {
        for (const format of lineFormats) {
          const parser = format.start(testOptions);
          lines.forEach((line, i) => {
            const result = parser.parse(line, i + 1);
            expect(result === null || typeof result === 'object').toBe(true);
          });
          parser.finish?.();
          format.detect(lines[0] ?? '');
          format.score?.(lines);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every document format reads any JSON value it accepts without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const format of documentFormats) {
          if (format.detect(value)) format.read(value, testOptions);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the crash collector takes any sequence of lines without throwing', () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 30 }), (lines) => {
        const collector = new CrashCollector({ zone: 'UTC' });
        lines.forEach((line, i) => {
          collector.offer(line, i + 1, { at: null });
        });
        for (const crash of collector.finish()) expect(crash.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('reading a whole file of random lines accounts for every line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyLine, { minLength: 1, maxLength: 30 }), async (lines) => {
        const text = lines.join('\n');
        const report = await readEvidence('fuzz.log', batchesOf(text), () => {}, testOptions);
        expect(report.unparsed).toBeLessThanOrEqual(report.lines);
        expect(report.samples.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
  });
});

describe('FieldProbe', () => {
  it('reads the same flat fields as JSON.parse, or declines', () => {
    const flat = fc.dictionary(
      fc.constantFrom('time', 'level', 'msg', 'err', 'x', 'service'),
      fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()),
    );
    const probe = new FieldProbe(['time', 'level', 'msg', 'err', 'service']);
    fc.assert(
      fc.property(flat, (record) => {
        const line = JSON.stringify(record);
        const read = probe.read(line);
        if (read === undefined) return;
        const parsed = JSON.parse(line) as Record<string, unknown>;
        for (const key of ['time', 'level', 'msg', 'err', 'service']) expect(read[key]).toEqual(parsed[key]);
      }),
      { numRuns: 500 },
    );
  });

  it('steps over nested objects and arrays it does not want, strings with braces and quotes included', () => {
    const nested = fc.record({
      time: fc.string(),
      http: fc.jsonValue(),
      level: fc.constantFrom('INFO', 'ERROR'),
      tags: fc.array(fc.string()),
      msg: fc.string(),
    });
    const probe = new FieldProbe(['time', 'level', 'msg'], ['time', 'level', 'msg'], () => false);
    fc.assert(
      fc.property(nested, (record) => {
        const line = JSON.stringify(record);
        const read = probe.read(line);
        // Every field before and after the nested values is read: none of these lines is declined.
        expect(read).toEqual({ time: record.time, level: record.level, msg: record.msg });
      }),
      { numRuns: 500 },
    );
  });
});
