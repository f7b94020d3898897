import { type ActionStatus, actionStatuses, isOverdue } from '../../../src/domain/index.js';

export interface BoardCard<A> {
  action: A;
  overdue: boolean;
}

const priorityRank = { high: 0, medium: 1, low: 2 } as const;

/**
 * Sorts actions into one column per status; within a column, overdue first, then soonest due (undated last),
 * then highest priority. `today` is YYYY-MM-DD in UTC.
 */
export function boardColumns<
  A extends { status: ActionStatus; dueDate?: string | undefined; priority: keyof typeof priorityRank },
>(actions: readonly A[], today: string): Array<{ status: ActionStatus; cards: Array<BoardCard<A>> }> {
  return actionStatuses.map((status) => {
    const cards = actions
      .filter((action) => action.status === status)
      .map((action) => ({ action, overdue: isOverdue(action, today) }))
      .sort((a, b) => {
        if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
        const dueA = a.action.dueDate ?? '9999-99-99';
        const dueB = b.action.dueDate ?? '9999-99-99';
        if (dueA !== dueB) return dueA < dueB ? -1 : 1;
        return priorityRank[a.action.priority] - priorityRank[b.action.priority];
      });
    return { status, cards };
  });
}

/** How many of the actions are overdue on `today`. */
export function overdueCount(
  actions: ReadonlyArray<{ status: ActionStatus; dueDate?: string | undefined }>,
  today: string,
): number {
  return actions.filter((action) => isOverdue(action, today)).length;
}
