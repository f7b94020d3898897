import { describe, expect, it } from 'vitest';
import { eventInput, eventValues } from './event-form.js';

describe('the event form values', () => {
  it('shows the time as a UTC date-time input and stores it back as an instant', () => {
    const event = {
      at: '2026-03-04T09:12:05.000Z',
      kind: 'alert-fired' as const,
      severity: 'critical' as const,
      summary: 'Latency alert fired',
      approximate: false,
    };
    expect(eventValues(event).at).toBe('2026-03-04T09:12:05');
    expect(eventInput(eventValues(event))).toEqual(event);
  });

  it('stores a blank time as unknown', () => {
    const values = eventValues({ at: null, kind: 'note', severity: 'info', summary: 'x', approximate: true });
    expect(eventInput(values).at).toBeNull();
  });
});
