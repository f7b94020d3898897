import { describe, expect, it } from 'vitest';
import { followUpOutcome } from './follow-up-outcome.js';

describe('followUpOutcome', () => {
  it('counts the actions, gives each overdue one what got in the way, then the conclusion', () => {
    const actions = [
      { id: 'A1', title: 'Add a canary', status: 'done' as const, dueDate: '2026-03-01' },
      { id: 'A2', title: 'Page after 1 minute', status: 'open' as const, dueDate: '2026-03-10' },
      { id: 'A3', title: 'Lint timeouts', status: 'in-progress' as const, dueDate: '2026-03-12' },
    ];
    expect(
      followUpOutcome(
        actions,
        { A2: 'the alerting migration took the team' },
        'Close the incident in April.',
        '2026-03-11',
      ),
    ).toBe(
      [
        'Actions: 1 open, 1 in progress, 1 done.',
        '- Overdue since 2026-03-10: Page after 1 minute. In the way: the alerting migration took the team',
        '',
        'Close the incident in April.',
      ].join('\n'),
    );
    expect(followUpOutcome([], {}, '', '2026-03-11')).toBe('Actions: none.');
  });
});
