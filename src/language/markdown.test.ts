import { describe, expect, it } from 'vitest';
import { scanDocument } from './markdown.js';

const blocks = (text: string) => {
  const doc = scanDocument(text);
  return doc.blocks.map((b) => doc.masked.slice(b.start, b.end).replace(/\s+/g, ' ').trim());
};

describe('scanDocument', () => {
  it('keeps the masked text exactly as long as the source', () => {
    const text = '---\na: b\n---\n# T\r\n\n- `x` and [y](http://z)\n\n```\ncode\n```\n';
    expect(scanDocument(text).masked.length).toBe(text.length);
  });

  it('splits list items, headings and table cells into their own blocks', () => {
    expect(blocks('# Title\n\n- one\n- two\n  continued\n\n| a | b |\n|---|---|\n| c | d |\n')).toEqual([
      'Title',
      'one',
      'two continued',
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('records speakers of meeting notes but not labels such as "Action:"', () => {
    const doc = scanDocument(
      '[09:14] Kenji Sato: ack\nLena: rolling back\nAction: add a check\nRoot cause: a race\n',
    );
    expect(doc.speakers).toEqual(['Kenji Sato', 'Lena']);
    expect(blocks('[09:14] Kenji: ack\nAction: add a check\n')).toEqual(['ack', 'Action: add a check']);
  });

  it('takes no name from code or product before a colon for a speaker, but keeps Mc and De names', () => {
    const doc = scanDocument(
      'Task JoinError: a task panicked\nTokio: the runtime\nHighErrorRate: fired\nRonald McDonald: ack\nDeShawn: here\n',
    );
    expect(doc.speakers).toEqual(['Ronald McDonald', 'DeShawn']);
  });

  it('masks a timeline time with a date, seconds, a zone, "About" and any dash as a prefix', () => {
    expect(blocks('- 2026-03-04 14:05 UTC — It was careless.\n')).toEqual(['It was careless.']);
    expect(blocks('- 14:05:10 UTC — This was reckless.\n')).toEqual(['This was reckless.']);
    expect(blocks('- About 14:05 UTC — checkout errors rose\n')).toEqual(['checkout errors rose']);
    expect(blocks('2026-03-04T14:05:10Z – Ana rolled back\n')).toEqual(['Ana rolled back']);
    expect(blocks('- 2026-03-04 — Ana rolled back\n')).toEqual(['Ana rolled back']);
    expect(blocks('~14:05 (UTC+2) - the queue drained\n')).toEqual(['the queue drained']);
    expect(blocks('14:05 CEST — the queue drained\n')).toEqual(['the queue drained']);
  });

  it('keeps a date that is part of the sentence, a speaker after a zoned time, and a short label', () => {
    expect(blocks('2026-03-04 is the day we shipped it.\n')).toEqual([
      '2026-03-04 is the day we shipped it.',
    ]);
    expect(scanDocument('14:05 UTC Ana Souza: rolling back\n').speakers).toEqual(['Ana Souza']);
    // Decided: a short label before a dash stays text (it may be the subject: "Ana — should have rolled back").
    expect(blocks('A — It was careless.\n')).toEqual(['A — It was careless.']);
  });

  it("unquotes a speaker's own words, which are said rather than mentioned", () => {
    expect(blocks('Lena: "Paolo should have spotted it"\n')).toEqual(['Paolo should have spotted it']);
    expect(blocks('Lena said "Paolo should have spotted it".\n')).toEqual([
      'Lena said "Paolo should have spotted it".',
    ]);
  });

  it('reads control comments, also across lines', () => {
    const doc = scanDocument(
      '<!-- debrief-disable counterfactual, judgmental -->\ntext\n<!--\ndebrief-enable\n-->\n',
    );
    expect(doc.directives).toEqual([
      { kind: 'disable', line: 1, rules: ['counterfactual', 'judgmental'] },
      { kind: 'enable', line: 5, rules: [] },
    ]);
  });
});
