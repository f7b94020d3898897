import { describe, expect, it } from 'vitest';
import { Chunker } from './chunker.js';

function chunksOf(text: string, size: number, piece = 7) {
  const chunker = new Chunker(size);
  const out = [];
  for (let i = 0; i < text.length; i += piece) out.push(...chunker.push(text.slice(i, i + piece)));
  out.push(...chunker.end());
  return out;
}

describe('Chunker', () => {
  it('cuts only after blank lines and keeps the text and line numbers exact', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} line one.\nline two.\n`).join('\n');
    const chunks = chunksOf(text, 100);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const chunk of chunks) {
      const before = text.slice(0, text.indexOf(chunk.text));
      expect(chunk.firstLine).toBe(before.split('\n').length);
      expect(chunk.text.startsWith('Paragraph')).toBe(true);
    }
  });

  it('never cuts inside a code fence or a disabled range', () => {
    const fence = `\`\`\`\n${'code\n\n'.repeat(40)}\`\`\`\n\n`;
    const disabled = `<!-- debrief-disable -->\n${'text\n\n'.repeat(40)}<!-- debrief-enable -->\n\n`;
    const chunks = chunksOf(`${fence}${disabled}tail\n`, 50);
    expect(chunks.some((c) => c.text === fence)).toBe(true);
    expect(chunks.some((c) => c.text === disabled)).toBe(true);
  });
});
