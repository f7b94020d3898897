import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

// Structured loggers as real programs print them (test/fixtures/real/loggers/capture.sh: Debian's go1.19 with zap,
// zerolog and logrus; rustc 1.95 with tracing-subscriber and env_logger), and log/slog's two handlers written from
// its documentation (Go 1.19 has no slog). Every program tells the same incident and then panics.
const real = new URL('../../../test/fixtures/real/', import.meta.url);

/** The templates of the story when fields are separate from the message (every structured logger). */
const structured = {
  started: 'server started',
  completed: 'request completed',
  saturated: 'database pool saturated',
  charge: 'charge failed: context deadline exceeded',
};

/**
 * What a user expects from each file: the format, the panic's summary, how to read the first line's time, and
 * the templates when they are not `structured`'s.
 */
const files: Record<
  string,
  { format: string; panic: string; firstTime: (line: string) => string; templates?: typeof structured }
> = {
  'captured/loggers/go-zap-production.log': {
    format: 'json',
    panic:
      'Go panic: charge handler: nil payment method for order 1053 in main.main (./zap_production.go:22)',
    firstTime: (line) => new Date(Number(/"ts":([\d.]+)/.exec(line)?.[1]) * 1000).toISOString(),
  },
  'captured/loggers/go-zap-development.log': {
    format: 'text',
    panic:
      'Go panic: charge handler: nil payment method for order 1053 in main.main (./zap_development.go:23)',
    firstTime: (line) => iso(line.split('\t')[0]?.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')),
  },
  'captured/loggers/go-zerolog.log': {
    format: 'json',
    panic: 'Go panic: charge handler: nil payment method for order 1053 in main.main (./zerolog.go:32)',
    firstTime: (line) => iso(/"time":"([^"]+)"/.exec(line)?.[1]),
  },
  'captured/loggers/go-logrus-text.log': {
    format: 'logfmt',
    panic: 'Go panic: charge handler: nil payment method for order 1053 in main.main (./logrus_text.go:34)',
    firstTime: (line) => iso(/time="([^"]+)"/.exec(line)?.[1]),
  },
  'captured/loggers/go-logrus-json.log': {
    format: 'json',
    panic: 'Go panic: charge handler: nil payment method for order 1053 in main.main (./logrus_json.go:33)',
    firstTime: (line) => iso(/"time":"([^"]+)"/.exec(line)?.[1]),
  },
  'captured/loggers/rust-tracing.log': {
    format: 'text',
    panic:
      "Rust panic in thread 'main' at src/bin/checkout_tracing.rs:30:39: charge handler: nil payment method for order 1053",
    // Colour codes around the time, as tracing-subscriber writes them by default.
    firstTime: (line) => iso(/(\d{4}-[\d-]+T[\d:.]+Z)/.exec(line)?.[1]),
  },
  'captured/loggers/rust-tracing-json.log': {
    format: 'json',
    panic:
      "Rust panic in thread 'main' at src/bin/checkout_tracing_json.rs:30:39: charge handler: nil payment method for order 1053",
    firstTime: (line) => iso(/"timestamp":"([^"]+)"/.exec(line)?.[1]),
  },
  'captured/loggers/rust-env-logger.log': {
    format: 'text',
    panic:
      "Rust panic in thread 'main' at src/bin/checkout_env_logger.rs:29:39: charge handler: nil payment method for order 1053",
    firstTime: (line) => iso(/^\[(\S+)/.exec(line)?.[1]),
    // env_logger has no fields: the program wrote them into the message, and their values are the variables.
    templates: {
      started: 'server started addr=:<*> version=<*>',
      completed: 'request completed method=<*> path=<*> status=<*> duration_ms=<*> request_id=<*>',
      saturated: 'database pool saturated in_use=<*> max=<*> waiting=<*>',
      charge: 'charge failed order_id=<*> provider=<*> attempt=<*>: context deadline exceeded',
    },
  },
  'written/go-slog-json.log': {
    format: 'json',
    panic:
      'Go panic: charge handler: nil payment method for order 1053 in main.(*server).charge (/src/checkout/server.go:91)',
    firstTime: (line) => iso(/"time":"([^"]+)"/.exec(line)?.[1]),
  },
  'written/go-slog-text.log': {
    format: 'logfmt',
    panic:
      'Go panic: charge handler: nil payment method for order 1053 in main.(*server).charge (/src/checkout/server.go:91)',
    firstTime: (line) => iso(/^time=(\S+)/.exec(line)?.[1]),
  },
};

function iso(text: string | undefined): string {
  return new Date(text ?? 'missing').toISOString();
}

async function draftOf(path: string) {
  const draft = new EvidenceDraft(testOptions);
  await draft.addFile(path, batchesOf(readFileSync(new URL(path, real), 'utf8'), 7));
  return draft.result();
}

describe.each(Object.entries(files))('the real logger output %s', (path, expected) => {
  it('is read whole, in its format, with nothing left unparsed (stack traces belong to their entry)', async () => {
    const [file] = (await draftOf(path)).files;
    expect(file).toMatchObject({ format: expected.format, unparsed: 0 });
  });

  it('gives each message its template, without the fields, and the levels it was logged at', async () => {
    const { signatures } = await draftOf(path);
    const byTemplate = Object.fromEntries(signatures.map((s) => [s.template, s.levels]));
    const t = expected.templates ?? structured;
    // Fields (request ids, paths, durations) are not part of a message's template; an error is.
    expect(byTemplate).toMatchObject({
      [t.started]: { info: 1 },
      [t.completed]: { info: 4, error: 3 },
      [t.saturated]: { warning: 1 },
      [t.charge]: { error: 3 },
    });
  });

  it('makes the panic a crash event with its message and location', async () => {
    const { events } = await draftOf(path);
    const panics = events.filter((e) => e.kind === 'panic');
    expect(panics.map((e) => e.summary)).toEqual([expected.panic]);
    expect(panics[0]?.at).not.toBeNull();
  });

  it('reads every time in UTC, zone offsets included, and starts the impact at the first error', async () => {
    const text = readFileSync(new URL(path, real), 'utf8');
    const lines = text.split('\n');
    const { signatures, moments } = await draftOf(path);
    const t = expected.templates ?? structured;
    const started = signatures.find((s) => s.template === t.started);
    expect(started?.firstAt).toBe(expected.firstTime(lines[0] as string));
    const charge = signatures.find((s) => s.template === t.charge);
    // Loggers that write whole seconds tie several first errors; the time is what must be right.
    expect(moments.impactStart?.at).toBe(charge?.firstAt);
    expect(moments.impactStart?.reason).not.toMatch(/panic/);
  });
});
