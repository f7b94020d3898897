import { describe, expect, it } from 'vitest';
import { downloadName } from './download-name.js';

describe('downloadName', () => {
  it('reads the quoted file name the server sends', () => {
    expect(downloadName('attachment; filename="INC-7-exec.md"', 'report')).toBe('INC-7-exec.md');
  });

  it('prefers the exact UTF-8 name over its ASCII stand-in', () => {
    const header = `attachment; filename="INC-_-public.pdf"; filename*=UTF-8''INC-%C3%A9-public.pdf`;
    expect(downloadName(header, 'report')).toBe('INC-é-public.pdf');
  });

  it('reads an unquoted file name', () => {
    expect(downloadName('attachment; filename=INC-7.ics', 'report')).toBe('INC-7.ics');
  });

  it('falls back when there is no header, no name or a malformed escape with no plain name', () => {
    expect(downloadName(null, 'report.md')).toBe('report.md');
    expect(downloadName('attachment', 'report.md')).toBe('report.md');
    expect(downloadName(`attachment; filename*=UTF-8''%E0%A4%A`, 'report.md')).toBe('report.md');
  });

  it('replaces path separators so the name cannot point into a folder', () => {
    expect(downloadName('attachment; filename="../../etc/passwd"', 'report')).toBe('.._.._etc_passwd');
  });
});
