import { describe, expect, it } from 'vitest';
import type { Digest } from '../domain/index.js';
import { reminderMessage } from './reminder-message.js';

const digest: Digest = {
  recipient: 'slack:team:payments',
  channel: 'slack',
  address: 'https://hooks.slack.com/services/T/B/X',
  audience: 'team <payments> & co',
  items: [
    {
      incidentId: 'INC-1',
      incidentTitle: 'Checkout <script>alert(1)</script> & 503s',
      actionId: 'ACT-1',
      actionTitle: 'Add a *canary* <stage>',
      owner: 'Priya',
      dueDate: '2026-03-06',
      state: 'overdue',
      days: 4,
    },
    {
      incidentId: 'INC-2',
      incidentTitle: undefined,
      actionId: 'ACT-9',
      actionTitle: undefined,
      owner: '',
      dueDate: '2026-03-10',
      state: 'due-soon',
      days: 0,
    },
  ],
};

describe('reminderMessage', () => {
  const message = reminderMessage(digest, '2026-03-10', 'https://debrief.example.com/');

  it('names what the catch-all holds, not a person it is for (trial 12g G-28)', () => {
    const shared = reminderMessage(
      { ...digest, audience: 'the shared channel', unreached: true },
      '2026-03-10',
      undefined,
    );
    expect(shared.subject).toBe(
      'debrief reminder of action items with no owner or team to remind: 1 overdue, 1 due soon',
    );
    expect(shared.text).toMatch(/^Action items with no owner or team to remind, on 2026-03-10\./);
    expect(shared.slack.text).toMatch(/^\*Action items with no owner or team to remind, on 2026-03-10:\*/);
  });

  it('says what is late and by how much, with a link to each incident', () => {
    expect(message.subject).toBe('debrief reminder for team <payments> & co: 1 overdue, 1 due soon');
    expect(message.text).toContain(
      'Overdue\n- ACT-1 Add a *canary* <stage> (owner Priya): due 2026-03-06, 4 days late',
    );
    expect(message.text).toContain(
      '  INC-1 Checkout <script>alert(1)</script> & 503s https://debrief.example.com/incidents/INC-1',
    );
    expect(message.text).toContain(
      'Due soon\n- ACT-9 an action in a restricted incident (no owner yet): due today (2026-03-10)\n  INC-2 https://debrief.example.com/incidents/INC-2',
    );
  });

  it('escapes what people typed for HTML and for Slack', () => {
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('Checkout &lt;script&gt;alert(1)&lt;/script&gt; &amp; 503s</a>');
    expect(message.html).toContain('<a href="https://debrief.example.com/incidents/INC-1">');
    expect(message.slack.text).toContain(
      '*Action items for team &lt;payments&gt; &amp; co on 2026-03-10:* 1 overdue, 1 due soon',
    );
    expect(message.slack.text).toContain(
      '<https://debrief.example.com/incidents/INC-1|INC-1 Checkout &lt;script&gt;',
    );
    expect(message.slack.text).not.toContain('<stage>');
  });

  it('names incidents by id alone when no base URL is known', () => {
    const bare = reminderMessage(digest, '2026-03-10', undefined);
    expect(bare.text).not.toContain('http');
    expect(bare.slack.text).toContain('· INC-2');
  });
});
