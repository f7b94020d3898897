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
