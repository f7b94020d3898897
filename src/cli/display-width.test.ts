import { describe, expect, it } from 'vitest';
import { cutToWidth, displayWidth, padToWidth } from './display-width.js';
import { formatTable } from './output.js';

describe('displayWidth', () => {
  it('counts Han, kana and Hangul as two columns and combining marks as none', () => {
    expect(displayWidth('Ana')).toBe(3);
    expect(displayWidth('张伟')).toBe(4);
    expect(displayWidth('田中ゆき')).toBe(8);
    expect(displayWidth('김민준')).toBe(6);
    expect(displayWidth('Siobha\u0301n')).toBe(7);
  });

  it('pads and cuts by columns', () => {
    expect(padToWidth('张伟', 6)).toBe('张伟  ');
    expect(cutToWidth('张伟张伟张伟', 7)).toBe('张伟张…');
    expect(cutToWidth('short', 7)).toBe('short');
  });
});

describe('formatTable with wide names', () => {
  it('lines the next column up under its header whatever script the names are in', () => {
    const table = formatTable(
      ['Name', 'Role'],
      [
        ['张伟', 'incident commander'],
        ['Priya Raghunathan', 'scribe'],
        ['김민준', 'responder'],
      ],
    );
    const lines = table.split('\n');
    const roleColumn = displayWidth(lines[0]?.slice(0, lines[0].indexOf('Role')) ?? '');
    for (const line of lines.slice(2)) {
      const name = line.split(/ {2,}/)[0] ?? '';
      const role = line.slice(name.length).trimStart();
      expect(displayWidth(line) - displayWidth(role)).toBe(roleColumn);
    }
  });
});

describe('formatTable with what a record should not hold', () => {
  it('prints no escape sequence, bell or reordering mark to the terminal', () => {
    const table = formatTable(['Title'], [['ESC\u001b]0;pwned\u0007\u001b[2J RED\u202eevil']]);
    for (const mark of ['\u001b', '\u0007', '\u202e']) expect(table).not.toContain(mark);
    expect(table).toContain('ESC\ufffd]0;pwned\ufffd\ufffd[2J RED\ufffdevil');
  });
});
