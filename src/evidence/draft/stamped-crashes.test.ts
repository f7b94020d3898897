import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../test-support/batches-of.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

// Real program output whose every line carries a time prefix (kubectl logs --timestamps, docker logs -t, a local
// `date` prefix, rsyslog); see test/fixtures/real/captured/trial11/README.md.
const folder = new URL('../../../test/fixtures/real/captured/trial11/', import.meta.url);

async function draftOf(name: string, zone = 'UTC') {
  const draft = new EvidenceDraft({ ...testOptions, time: { zone } });
  await draft.addFile(name, batchesOf(readFileSync(new URL(name, folder), 'utf8'), 4));
  return draft.result();
}

describe('crashes in lines that each start with a timestamp', () => {
  it('finds a Rust panic behind kubectl --timestamps prefixes, at the prefix time', async () => {
    const { events } = await draftOf('rs-unwrap-kubectl-ts.log');
    const crashes = events.filter((event) => event.kind === 'panic');
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({
      source: 'rust-panic',
      approximate: false,
      at: '2026-12-02T16:17:32.697Z',
      summary: "Rust panic in thread 'main' at crash.rs:9:48: called `Option::unwrap()` on a `None` value",
    });
  });

  it('finds a Rust panic behind a local time prefix, read in the zone given', async () => {
    const { events } = await draftOf('rs-thread-stamped.log', 'Europe/Berlin');
    const crashes = events.filter((event) => event.kind === 'panic');
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({
      at: '2026-12-02T16:12:58.000Z',
      summary:
        "Rust panic in thread '<unnamed>' at crash.rs:14:118: index out of bounds: the len is 0 but the index is 0",
    });
  });

  it('finds a Go panic and its own frame behind kubectl --timestamps prefixes', async () => {
    const { events, signatures } = await draftOf('go-goroutine-kubectl-ts.log');
    const crashes = events.filter((event) => event.kind === 'panic');
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({
      source: 'go-crash',
      at: '2026-12-02T16:17:32.644Z',
      approximate: false,
    });
    expect(crashes[0]?.summary).toContain(
      'Go panic: runtime error: invalid memory address or nil pointer dereference in main.(*store).put',
    );
    expect(crashes[0]?.summary).toContain('main.go:17');
    expect(signatures.map((s) => s.template).join('\n')).not.toMatch(/goroutine|main\.go|SIGSEGV/);
  });

  it('finds a Go panic that went through rsyslog, whose tabs are written #011', async () => {
    const { events, signatures } = await draftOf('rsyslog-go-panic.log');
    const crashes = events.filter((event) => event.kind === 'panic');
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toMatchObject({
      source: 'go-crash',
      service: 'ledger',
      at: '2026-12-02T16:17:20.931Z',
      summary:
        'Go panic: assignment to entry in nil map in main.(*store).put (/tmp/trial11-scratch/go/src/crashy/main.go:17)',
    });
    expect(signatures.map((s) => s.template).join('\n')).not.toMatch(/#|goroutine|panic/);
  });
});
