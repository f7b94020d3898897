import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('keeps a plain ASCII name as it is', () => {
    expect(contentDisposition('attachment', 'INC-1-engineering.md')).toBe(
      'attachment; filename="INC-1-engineering.md"',
    );
  });

  it('gives a name in any script an ASCII fallback and the exact name encoded', () => {
    expect(contentDisposition('inline', 'INC-事故-exec.pdf')).toBe(
      `inline; filename="INC-__-exec.pdf"; filename*=UTF-8''INC-%E4%BA%8B%E6%95%85-exec.pdf`,
    );
  });

  it('cannot be broken out of by quotes, backslashes or line breaks', () => {
    const header = contentDisposition('attachment', 'a"b\\c\r\nSet-Cookie: x=1');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="abc__Set-Cookie: x=1";')).toBe(true);
  });
});
