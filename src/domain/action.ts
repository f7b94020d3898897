import { z } from 'zod';
import { invalidInput } from './errors.js';
import { limits } from './limits.js';
import { lineText, requiredLine } from './text.js';
import { dateSchema } from './time.js';

export const actionPriorities = ['high', 'medium', 'low'] as const;
export const actionPrioritySchema = z.enum(actionPriorities, {
  error: (issue) => `expected one of ${actionPriorities.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type ActionPriority = z.infer<typeof actionPrioritySchema>;

/** prevent: make a repeat less likely; detect: notice sooner; mitigate: hurt less; process: how we work. */
export const actionTypes = ['prevent', 'detect', 'mitigate', 'process'] as const;
export const actionTypeSchema = z.enum(actionTypes, {
  error: (issue) => `expected one of ${actionTypes.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type ActionType = z.infer<typeof actionTypeSchema>;

export const actionStatuses = ['open', 'in-progress', 'done', 'dropped'] as const;
export const actionStatusSchema = z.enum(actionStatuses, {
  error: (issue) => `expected one of ${actionStatuses.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type ActionStatus = z.infer<typeof actionStatusSchema>;
/** A status as people type it ("Done", "IN-PROGRESS"): any case, stored in lower case. */
export const actionStatusInputSchema = z
  .string({ error: `expected one of ${actionStatuses.join(', ')}` })
  .trim()
  .toLowerCase()
  .pipe(actionStatusSchema)
  .meta({ enum: [...actionStatuses], description: 'any case is accepted' });

const actionShape = z.object({
  title: requiredLine(limits.actionTitle),
  owner: lineText(limits.name).default(''),
  dueDate: dateSchema.optional(),
  priority: actionPrioritySchema.default('medium'),
  type: actionTypeSchema.default('prevent'),
  status: actionStatusSchema.default('open'),
  droppedReason: lineText(1_000).optional(),
  /** The day it was done or dropped (UTC); the store sets it when the status closes and clears it on reopening. */
  closedOn: dateSchema.optional(),
  factorId: lineText(64).optional(),
  trackerUrl: lineText(2_000)
    .refine(isWebUrl, {
      error: (issue) => `expected an http:// or https:// URL, got ${JSON.stringify(issue.input)}`,
    })
    .optional(),
});

/** Whether a link is an absolute http(s) URL: a tracker link opens in a browser, so nothing else is taken. */
function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

function droppedNeedsReason(action: { status: ActionStatus; droppedReason?: string | undefined }): boolean {
  return action.status !== 'dropped' || (action.droppedReason ?? '') !== '';
}
const droppedReasonRule = { path: ['droppedReason'], error: 'expected a reason when an action is dropped' };

export const actionFieldsSchema = actionShape.refine(droppedNeedsReason, droppedReasonRule);
export type ActionFields = z.infer<typeof actionFieldsSchema>;
export type ActionInput = z.input<typeof actionFieldsSchema>;

/** An action item as part of an incident. */
export const actionSchema = actionShape
  .extend({ id: requiredLine(64) })
  .refine(droppedNeedsReason, droppedReasonRule);
export type Action = z.infer<typeof actionSchema>;

/** Whether an action still needs work. */
export function isOpenAction(action: Pick<ActionFields, 'status'>): boolean {
  return action.status === 'open' || action.status === 'in-progress';
}

/** Whether an open action is past its due date on the given day (YYYY-MM-DD, UTC). */
export function isOverdue(action: Pick<ActionFields, 'status' | 'dueDate'>, today: string): boolean {
  return isOpenAction(action) && action.dueDate !== undefined && action.dueDate < today;
}

/** Why an incident cannot be closed yet (its open actions), or undefined when every action is done or dropped. */
export function closingProblem(
  actions: ReadonlyArray<Pick<ActionFields, 'status'> & { id: string }>,
): string | undefined {
  const open = actions.filter(isOpenAction).map((action) => action.id);
  if (open.length === 0) return undefined;
  return `status closed needs every action done or dropped; still open: ${open.join(', ')}`;
}

/**
 * The action as it should be stored after a change from `before` (undefined when new), on `today` (YYYY-MM-DD, UTC):
 * a closed action keeps the day it was closed (given, or kept from before, or today), an open one has none. A day
 * given after today is refused (nothing is done tomorrow). A day before the action was written down is taken: a
 * write-up typed days after the work was done must be able to say when it was done, or an action done on time reads
 * as late (trial 25 F13); its time to close counts as none (closure.ts).
 */
export function settleClosedOn<A extends Pick<ActionFields, 'status' | 'closedOn'>>(
  before: Pick<ActionFields, 'status' | 'closedOn'> | undefined,
  after: A,
  today: string,
): A {
  if (isOpenAction(after)) {
    if (after.closedOn === undefined) return after;
    const { closedOn: _dropped, ...rest } = after;
    return rest as A;
  }
  if (after.closedOn !== undefined && after.closedOn !== before?.closedOn && after.closedOn > today) {
    throw invalidInput(
      `closedOn: ${after.closedOn} is after today (${today}); expected the day it was closed`,
    );
  }
  const wasClosed = before !== undefined && !isOpenAction(before);
  const closedOn = after.closedOn ?? (wasClosed ? before.closedOn : undefined) ?? today;
  return closedOn === after.closedOn ? after : { ...after, closedOn };
}
