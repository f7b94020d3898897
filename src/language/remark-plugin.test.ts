import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkBlameless } from './remark-plugin.js';

describe('remarkBlameless', () => {
  it('turns findings into vfile messages in a remark pipeline', async () => {
    const file = new VFile({
      path: 'notes.md',
      value: '# Review\n\nRoot cause: human error.\n\nThe pods restarted.\n',
    });
    const processor = unified()
      .use(remarkParse)
      .use(remarkBlameless, { people: ['Zed'] });
    await processor.run(processor.parse(file), file);
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message).toMatchObject({
      ruleId: 'human_error_label/human-error',
      source: 'debrief',
      actual: 'human error',
      fatal: true,
      place: { start: { line: 3, column: 13 }, end: { line: 3, column: 24 } },
    });
    expect(message?.expected?.length).toBeGreaterThan(0);
    expect(message?.note).toMatch(/\?$/);
  });

  it('adds nothing for a blameless file', async () => {
    const file = new VFile({ value: 'The sidecar failed to reload the certificates.\n' });
    const processor = unified().use(remarkParse).use(remarkBlameless);
    await processor.run(processor.parse(file), file);
    expect(file.messages).toEqual([]);
  });
});
