import { describe, expect, it } from 'vitest';
import { readSlackExport } from './slack-export.js';

describe('readSlackExport', () => {
  const users = {
    path: 'users.json',
    text: JSON.stringify([{ id: 'U1', name: 'dana', profile: { display_name: 'Dana' } }]),
  };
  const day = {
    path: 'incident-42/2026-03-04.json',
    text: JSON.stringify([
      { type: 'message', user: 'U1', text: 'rolling back, <@U2> please watch', ts: '1772633400.000100' },
      { type: 'message', user: 'U2', text: 'on it', ts: '1772633410.000200', thread_ts: '1772633400.000100' },
    ]),
  };

  it('turns messages into chat events with names resolved and thread replies marked', () => {
    const { items, unparsed } = readSlackExport([users, day]);
    expect(unparsed).toEqual([]);
    expect(items.map((i) => [i.at, i.message])).toEqual([
      ['2026-03-04T14:10:00.000Z', '#incident-42 Dana: rolling back, @U2 please watch'],
      ['2026-03-04T14:10:10.000Z', '#incident-42 U2 (in thread): on it'],
    ]);
  });

  it('reads the messages even without users.json and says so', () => {
    const { items, unparsed } = readSlackExport([day, { path: 'general/2026-03-04.json', text: '{oops' }]);
    expect(items).toHaveLength(2);
    expect(unparsed.map((u) => u.file)).toEqual(['users.json', 'general/2026-03-04.json']);
  });
});
