import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EvidenceDraft } from '../draft/evidence-draft.js';
import type { EvidenceItem } from '../evidence-item.js';
import { batchesOf } from '../test-support/batches-of.js';
import { itemsOf, parseAll, testOptions } from '../test-support/parse-all.js';
import { plainText } from './plain-text.js';

// What Debian's log4j 2 (2.19) printed for one Flink-like task's bad minute, once per pattern layout, with the
// JVM's own stderr interleaved: captured by test/fixtures/real/log4j/capture.sh. Times change on every run, so
// messages, severities and kinds are checked, and only the order of the times.
const folder = new URL('../../../test/fixtures/real/captured/log4j/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, folder), 'utf8');

const subtask = 'Enrich (3/48)#0 (5d1e6c0a9b8f4e2d7c3b1a0f9e8d7c6b_0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d_2_0)';
const oom = 'java.lang.OutOfMemoryError: Java heap space';
const uncaught = `Exception in thread "worker-1" ${oom}`;

// Every entry of every capture, in order: the logged lines, the exceptions printed under them, and the uncaught one.
const expected: [severity: string, message: string][] = [
  ['info', `${subtask} switched from DEPLOYING to INITIALIZING.`],
  ['info', `${subtask} switched from INITIALIZING to RUNNING.`],
  ['info', 'Triggering checkpoint 88212 (type=CHECKPOINT) for job 4f1c0e8a2b7d4e6f9a0b1c2d3e4f5a6b.'],
  ['info', 'Completed checkpoint 88212 for job 4f1c0e8a2b7d4e6f9a0b1c2d3e4f5a6b (1843 bytes, 412 ms).'],
  ['warning', 'Connecting to taskmanager-7:6121 timed out, retrying (attempt 1 of 3).'],
  ['error', 'Enrich (3/48)#0 could not read its input partition:'],
  ['error', 'java.lang.IllegalStateException: Input gate of Enrich (3/48)#0 failed'],
  ['error', "java.io.IOException: Connecting to remote task manager 'taskmanager-7/10.0.4.17:6121' failed"],
  ['error', 'java.net.SocketTimeoutException: Read timed out after 10000 ms from taskmanager-7:6121'],
  ['error', 'java.io.IOException: Channel to taskmanager-7:6121 was already closed by the peer'],
  ['warning', `${subtask} switched from RUNNING to FAILED with failure cause:`],
  ['error', oom],
  ['warning', 'Checkpoint 88213 of job 4f1c0e8a2b7d4e6f9a0b1c2d3e4f5a6b expired before completing.'],
  ['critical', uncaught],
  ['error', 'Worker thread worker-1 of Enrich (3/48)#0 died; the task is being cancelled.'],
  ['info', 'Freeing task resources for Enrich (3/48)#0.'],
];

// A frame of a JVM stack as log4j 2 prints it (`\tat a.B.c(B.java:70) ~[flink-job.jar:1.0]`) or its elision.
const frameLine = /^\s+(?:at |\.\.\. \d+ more$)/;

function read(name: string) {
  const lines = text(name).split('\n');
  const result = parseAll(plainText, lines.join('\n'));
  return { lines, result, items: itemsOf(result) };
}

/** The logged (timestamped) entry an exception line belongs to: the nearest item before it that is not one. */
function loggedAbove(items: readonly EvidenceItem[], item: EvidenceItem, lines: readonly string[]) {
  const before = items.filter((other) => other.line < item.line);
  return before
    .reverse()
    .find((other) => /^(?:\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:)/.test(lines[other.line - 1] ?? ''));
}

describe('lines printed by the real log4j 2 (Debian 2.19) and the JVM under it', () => {
  const layouts = {
    'flink.log': "Flink's log4j.properties: %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n",
    'iso8601.log': '%d{ISO8601} [%t] %-5p %c - %m%n',
    'plain.log': '%d [%t] %p %c - %m%n',
    'default.log': "log4j 2's default: %d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n",
  };

  for (const [name, layout] of Object.entries(layouts)) {
    it(`reads every entry of ${name} (${layout}) with its level, and nothing as unreadable`, () => {
      const { lines, result, items } = read(name);
      expect(items.map((i) => [i.severity, i.message])).toEqual(expected);
      expect(items.every((i) => i.source === 'log4j')).toBe(true);
      expect(JSON.stringify(result)).not.toContain('unparsed');
      // What is neither an entry nor a blank line is a frame of a stack, and every frame is skipped.
      const skipped = lines.filter((_, i) => result[i] === null && (lines[i] ?? '').trim() !== '');
      expect(skipped.length).toBeGreaterThan(20);
      expect(skipped.every((line) => frameLine.test(line))).toBe(true);
      expect(lines.filter((line) => frameLine.test(line))).toEqual(skipped);
    });
  }

  for (const name of ['flink.log', 'iso8601.log', 'plain.log']) {
    it(`puts the exceptions of ${name} at the time of the line that logged them, times in order`, () => {
      const { lines, items } = read(name);
      const times = items.map((i) => i.at as string);
      expect(times.every((t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(t))).toBe(true);
      expect([...times].sort()).toEqual(times);
      const exceptions = items.filter((i) => /^(?:java\.|Exception in thread)/.test(i.message));
      expect(exceptions).toHaveLength(6);
      for (const exception of exceptions) {
        const above = loggedAbove(items, exception, lines);
        expect(above?.at).toBe(exception.at);
        // `Caused by:` and `Suppressed:` are how the JVM links them, not what happened.
        expect(lines[exception.line - 1]).toMatch(
          /^(?:Caused by: |\tSuppressed: |Exception in thread |java\.)/,
        );
      }
    });
  }

  it('reads the caught OutOfMemoryError as an error under the WARN line Flink logs a failed task at', () => {
    const { items } = read('flink.log');
    const index = items.findIndex((i) => i.message === oom);
    expect(items[index - 1]).toMatchObject({ severity: 'warning', message: expected[10]?.[1] });
    expect(items[index]).toMatchObject({ severity: 'error', approximate: false });
    expect(items[index]?.kind).toBeUndefined();
  });

  it("reads the JVM's uncaught OutOfMemoryError on stderr as a panic, at the time of the line before it, approximate", () => {
    const { items, lines } = read('flink.log');
    const panic = items.find((i) => i.message === uncaught);
    expect(panic).toMatchObject({ kind: 'panic', severity: 'critical', approximate: true });
    expect(lines[(panic?.line ?? 0) - 2]).toMatch(
      /WARN .* - Checkpoint 88213 .* expired before completing\.$/,
    );
    expect(panic?.at).toBe(items.find((i) => i.message.startsWith('Checkpoint 88213'))?.at);
  });

  it("reads log4j 2's default pattern, which writes the time of day only, without inventing a date", () => {
    const { items } = read('default.log');
    expect(items.map((i) => i.at)).toEqual(expected.map(() => null));
    expect(items.find((i) => i.message === uncaught)).toMatchObject({ kind: 'panic', approximate: false });
  });

  for (const name of Object.keys(layouts)) {
    it(`recognises ${name} as timestamped text when it is added as a file`, async () => {
      const draft = new EvidenceDraft(testOptions);
      const report = await draft.addFile(name, batchesOf(text(name), 16));
      expect(report).toMatchObject({ format: 'text', unparsed: 0 });
      const panic = draft.result().events.find((e) => e.kind === 'panic');
      expect(panic).toMatchObject({ severity: 'critical', summary: uncaught });
    });
  }
});
