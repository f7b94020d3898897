// The generated post-mortem Markdown the language benchmarks analyse: sections, timelines, code, a table and
// meeting notes, filled with labelled corpus sentences. Shared by bench/language.ts and bench/language-archive.ts.
import type { LabelledSentence } from '../src/language/evaluate.js';

/** A small seeded PRNG so the generated documents are the same on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds a post-mortem-shaped Markdown document of at least `bytes` bytes from corpus sentences, a share
 * `blameShare` of them blameful (the rest from the neutral half of the corpus).
 */
export function buildDocument(
  sentences: readonly LabelledSentence[],
  bytes: number,
  blameShare: number,
  seed = 42,
): string {
  const next = random(seed);
  const blame = sentences.filter((s) => s.label !== 'neutral');
  const neutral = sentences.filter((s) => s.label === 'neutral');
  const pick = () => {
    const pool = next() < blameShare ? blame : neutral;
    return (pool[Math.floor(next() * pool.length)] as LabelledSentence).text;
  };
  const parts: string[] = [];
  let size = 0;
  let incident = 0;
  while (size < bytes) {
    incident++;
    const section = [
      `# Incident ${incident}: elevated latency on the checkout path`,
      '',
      '## Summary',
      '',
      Array.from({ length: 5 }, pick).join(' '),
      '',
      '## Timeline',
      '',
      ...Array.from({ length: 6 }, (_, i) => `- 14:${String(10 + i * 3).padStart(2, '0')} ${pick()}`),
      '',
      '```go',
      'if err := tx.Commit(ctx); err != nil { return fmt.Errorf("commit: %w", err) }',
      '```',
      '',
      '| time | note |',
      '| --- | --- |',
      `| 14:30 | ${pick()} |`,
      '',
      '## Contributing factors',
      '',
      Array.from({ length: 6 }, pick).join(' '),
      '',
      '## Meeting notes',
      '',
      ...Array.from({ length: 4 }, (_, i) => `[15:0${i}] Speaker${i}: ${pick()}`),
      '',
    ].join('\n');
    parts.push(section);
    size += Buffer.byteLength(section);
  }
  return parts.join('\n');
}
