import { describe, expect, it } from 'vitest';
import { parseLintArgs } from './args.js';

describe('parseLintArgs', () => {
  it('reads files, standard input and the text default', () => {
    expect(parseLintArgs(['lint', 'notes.md', '-', 'docs'])).toEqual({
      files: ['notes.md', '-', 'docs'],
      options: { format: 'text' },
    });
  });

  it('reads the format and the configuration file in either spelling, the last one winning', () => {
    expect(parseLintArgs(['lint', '-f', 'json', 'a.md', '--config', 'c.json'])).toEqual({
      files: ['a.md'],
      options: { format: 'json', config: 'c.json' },
    });
    expect(parseLintArgs(['lint', '--format=sarif', '--format', 'github', '--config=x.json'])).toEqual({
      files: [],
      options: { format: 'github', config: 'x.json' },
    });
  });

  it('leaves every other command line to commander', () => {
    for (const args of [
      ['list'],
      ['--db', 'sqlite:x.db', 'lint', 'a.md'],
      ['lint', '--help'],
      ['lint', '-h'],
      ['lint', 'a.md', '--db', 'sqlite:x.db'],
      ['lint', '-f', 'yaml', 'a.md'],
      ['lint', '--format=', 'a.md'],
      ['lint', '-f'],
      ['lint', '-f', '--config', 'c.json'],
      ['lint', '-fjson', 'a.md'],
      ['lint', '--', 'a.md'],
    ]) {
      expect(parseLintArgs(args), args.join(' ')).toBeUndefined();
    }
  });
});
