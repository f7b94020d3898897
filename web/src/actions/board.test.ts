import { describe, expect, it } from 'vitest';
import { boardColumns, overdueCount } from './board.js';

type A = {
  id: string;
  status: 'open' | 'in-progress' | 'done' | 'dropped';
  dueDate?: string;
  priority: 'high' | 'medium' | 'low';
};
const action = (id: string, fields: Partial<A> = {}): A => ({
  id,
  status: 'open',
  priority: 'medium',
  ...fields,
});

describe('the actions board', () => {
  const today = '2026-03-10';

  it('has one column per status, in workflow order', () => {
    expect(boardColumns([], today).map((column) => column.status)).toEqual([
      'open',
      'in-progress',
      'done',
      'dropped',
    ]);
  });

  it('puts overdue first, then soonest due, undated last', () => {
    const actions = [
      action('undated'),
      action('later', { dueDate: '2026-04-01' }),
      action('overdue', { dueDate: '2026-03-01' }),
      action('soon', { dueDate: '2026-03-12' }),
    ];
    const open = boardColumns(actions, today)[0]!;
    expect(open.cards.map((card) => card.action.id)).toEqual(['overdue', 'soon', 'later', 'undated']);
    expect(open.cards.map((card) => card.overdue)).toEqual([true, false, false, false]);
  });

  it('a done action past its due date is not overdue', () => {
    const done = boardColumns([action('d', { status: 'done', dueDate: '2026-01-01' })], today)[2]!;
    expect(done.cards[0]?.overdue).toBe(false);
    expect(overdueCount([action('d', { status: 'done', dueDate: '2026-01-01' })], today)).toBe(0);
  });

  it('among equal due dates the higher priority comes first', () => {
    const actions = [action('low', { priority: 'low' }), action('high', { priority: 'high' })];
    expect(boardColumns(actions, today)[0]!.cards.map((card) => card.action.id)).toEqual(['high', 'low']);
  });
});
