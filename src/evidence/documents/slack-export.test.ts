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
      ['2026-03-04T14:10:00.000Z', '#incident-42 Dana (U1): rolling back, @U2 please watch'],
      ['2026-03-04T14:10:10.000Z', '#incident-42 U2 (in thread): on it'],
    ]);
  });

  it('reads the messages even without users.json and says so', () => {
    const { items, unparsed } = readSlackExport([day, { path: 'general/2026-03-04.json', text: '{oops' }]);
    expect(items).toHaveLength(2);
    expect(unparsed.map((u) => u.file)).toEqual(['users.json', 'general/2026-03-04.json']);
  });

  it("reads bots' attachments and Slack's markup, and leaves joins out", () => {
    const channel = {
      path: 'incident-42/2026-03-04.json',
      text: JSON.stringify([
        {
          type: 'message',
          subtype: 'channel_join',
          user: 'U1',
          text: '<@U1> has joined the channel',
          ts: '1772633300.0',
        },
        {
          type: 'message',
          subtype: 'bot_message',
          bot_id: 'B1',
          username: 'PagerDuty',
          text: '',
          ts: '1772633340.000100',
          attachments: [
            {
              fallback: 'Triggered #1234: HighErrorRate',
              title: 'Triggered #1234: HighErrorRate',
              text: 'checkout-api 5xx &gt; 5% for 5 minutes',
              fields: [{ title: 'Urgency', value: 'high' }],
            },
          ],
        },
        {
          type: 'message',
          bot_id: 'B2',
          bot_profile: { name: 'alertmanager' },
          text: '',
          ts: '1772633350.000100',
          attachments: [{ fallback: '[FIRING:2] HighErrorRate checkout-api' }],
        },
        {
          type: 'message',
          user: 'U1',
          text: 'see <https://grafana.local/d/abc?var=1|the dashboard>, <#C9|deploys> &amp; <!here>',
          ts: '1772633400.000100',
        },
      ]),
    };
    const { items } = readSlackExport([users, channel]);
    expect(items.map((i) => i.message)).toEqual([
      '#incident-42 PagerDuty: Triggered #1234: HighErrorRate — checkout-api 5xx > 5% for 5 minutes — Urgency: high',
      '#incident-42 alertmanager: [FIRING:2] HighErrorRate checkout-api',
      '#incident-42 Dana (U1): see the dashboard, #deploys & @here',
    ]);
  });

  it('keeps every spelling of a person on their line: handle, display name, real name and user id', () => {
    const roster = {
      path: 'users.json',
      text: JSON.stringify([
        {
          id: 'U024BE7LH',
          name: 'priya',
          real_name: 'Priya Raghunathan',
          profile: { display_name: 'Priya R', real_name: 'Priya Raghunathan' },
        },
        { id: 'U0BOT', name: 'deploy-bot', is_bot: true, profile: { display_name: '' } },
      ]),
    };
    const channel = {
      path: 'inc-7/2026-03-04.json',
      text: JSON.stringify([
        { type: 'message', user: 'U024BE7LH', text: 'rolling back', ts: '1772633400.000100' },
        { type: 'message', user: 'U0BOT', text: 'deploy v2 done', ts: '1772633401.000100' },
        // Not in users.json (a guest): the message's own profile names them.
        {
          type: 'message',
          user: 'U9GUEST',
          text: 'thanks <@U024BE7LH>',
          ts: '1772633402.000100',
          user_profile: { name: 'kim', real_name: 'Kim Lee', display_name: '' },
        },
      ]),
    };
    const { items } = readSlackExport([roster, channel]);
    expect(items.map((i) => i.message)).toEqual([
      '#inc-7 Priya R (@priya, Priya Raghunathan, U024BE7LH): rolling back',
      '#inc-7 deploy-bot: deploy v2 done',
      '#inc-7 Kim Lee (@kim, U9GUEST): thanks @Priya R',
    ]);
  });

  it('keeps a profile name written in another script as one more spelling (trial 12d D-32)', () => {
    const roster = {
      path: 'users.json',
      text: JSON.stringify([
        {
          id: 'U09ANANYA',
          name: 'ananya',
          real_name: 'Ananya Iyer',
          profile: { display_name: 'Ananya', real_name: 'अनन्या अय्यर' },
        },
      ]),
    };
    const channel = {
      path: 'inc-7/2026-03-04.json',
      text: JSON.stringify([{ type: 'message', user: 'U09ANANYA', text: 'on it', ts: '1772633400.000100' }]),
    };
    expect(readSlackExport([roster, channel]).items.map((i) => i.message)).toEqual([
      '#inc-7 Ananya (Ananya Iyer, अनन्या अय्यर, U09ANANYA): on it',
    ]);
  });
});
