import { describe, expect, it } from 'vitest';
import { actionInput, actionValues } from './action-form.js';

describe('the action form values', () => {
  it('a new action starts open, medium and prevent, and leaves blank fields out when stored', () => {
    const values = actionValues({ title: 'Cap retries' });
    expect(values).toMatchObject({
      status: 'open',
      priority: 'medium',
      type: 'prevent',
      owner: '',
      dueDate: '',
    });
    expect(actionInput(values)).toEqual({
      title: 'Cap retries',
      owner: '',
      priority: 'medium',
      type: 'prevent',
      status: 'open',
    });
  });

  it('sends a reason only for a dropped action', () => {
    const dropped = {
      ...actionValues({ title: 'Cap retries' }),
      status: 'dropped' as const,
      droppedReason: 'dup',
    };
    expect(actionInput(dropped).droppedReason).toBe('dup');
    expect(actionInput({ ...dropped, status: 'open' }).droppedReason).toBeUndefined();
  });
});
