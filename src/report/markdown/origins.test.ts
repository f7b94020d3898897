import { describe, expect, it } from 'vitest';
import { formatOrigins, parseOrigins } from './origins.js';

describe('the Origin column', () => {
  it('writes file, line and author the way people read them', () => {
    expect(formatOrigins([{ file: 'logs/api.log', line: 1204, author: 'dana' }, { author: 'sam' }])).toBe(
      'logs/api.log:1204 @dana; @sam',
    );
  });

  it('reads what a person typed', () => {
    expect(parseOrigins('alerts.json:3;  @dana ; deploy.log')).toEqual([
      { file: 'alerts.json', line: 3 },
      { author: 'dana' },
      { file: 'deploy.log' },
    ]);
  });

  it('escapes separators inside names so any file or author survives', () => {
    const origins = [
      { file: 'C:\\logs\\a;b @x.log:12' },
      { file: 'user@host.log', line: 7, author: '@ops; night' },
      { file: 'x:', line: 2 },
    ];
    const text = formatOrigins(origins);
    expect(text).toBe('C:\\\\logs\\\\a\\;b \\@x.log\\:12; user\\@host.log:7 @@ops\\; night; x::2');
    expect(parseOrigins(text)).toEqual(origins);
  });
});
