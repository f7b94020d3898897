import { type Action, isOverdue } from '../../../src/domain/index.js';

const statusWords = { open: 'open', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' } as const;

/**
 * The follow-up's outcome as the review keeps it: the count of actions by status, each overdue action with what got in
 * the way (or that nobody said), then what the room concluded.
 */
export function followUpOutcome(
  actions: readonly Pick<Action, 'id' | 'title' | 'status' | 'dueDate'>[],
  reasons: Readonly<Record<string, string>>,
  summary: string,
  today: string,
): string {
  const counts = (Object.keys(statusWords) as Array<keyof typeof statusWords>)
    .map((status) => [status, actions.filter((action) => action.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${statusWords[status]}`);
  const lines = [`Actions: ${counts.length > 0 ? counts.join(', ') : 'none'}.`];
  for (const action of actions.filter((a) => isOverdue(a, today))) {
    const reason = reasons[action.id]?.trim();
    lines.push(
      `- Overdue since ${action.dueDate}: ${action.title}. ${reason ? `In the way: ${reason}` : 'What got in the way was not discussed.'}`,
    );
  }
  if (summary.trim() !== '') lines.push('', summary.trim());
  return lines.join('\n');
}
