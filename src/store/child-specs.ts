import {
  type ActionFields,
  actionFieldsSchema,
  type FactorFields,
  factorFieldsSchema,
  invalidInput,
  type ReviewFields,
  reviewFieldsSchema,
  settleClosedOn,
  type TimelineEventFields,
  timelineEventFieldsSchema,
} from '../domain/index.js';
import type { ChildSpec } from './child-rows.js';
import { checkDueDate } from './incident-rows.js';
import { deleteMeetingRows } from './meeting-rows.js';

/** Timeline events: listed by time, unknown times last. */
export const eventSpec: ChildSpec<TimelineEventFields> = {
  table: 'events',
  entity: 'event',
  idKind: 'event',
  label: 'timeline event',
  schema: timelineEventFieldsSchema,
  order: 'time',
  columns: (fields) => ({ at: fields.at }),
};

/** Contributing factors; one still addressed by an action cannot be deleted. */
export const factorSpec: ChildSpec<FactorFields> = {
  table: 'factors',
  entity: 'factor',
  idKind: 'factor',
  label: 'contributing factor',
  schema: factorFieldsSchema,
  order: 'seq',
  async beforeDelete(tx, id) {
    const users = await tx.selectFrom('actions').select('id').where('factor_id', '=', id).execute();
    if (users.length > 0) {
      throw invalidInput(
        `contributing factor ${id} is addressed by action ${users.map((u) => u.id).join(', ')}; change or delete those actions first`,
      );
    }
  },
};

/** Action items: due no earlier than the incident began, addressing a factor of the same incident. */
export const actionSpec: ChildSpec<ActionFields> = {
  table: 'actions',
  entity: 'action',
  idKind: 'action',
  label: 'action',
  schema: actionFieldsSchema,
  order: 'seq',
  settle: (before, fields, today) => settleClosedOn(before, fields, today),
  columns: (fields) => ({
    status: fields.status,
    owner: fields.owner,
    due_date: fields.dueDate ?? null,
    factor_id: fields.factorId ?? null,
  }),
  async check(tx, incident, incidentId, fields) {
    checkDueDate(incident, fields.dueDate);
    if (fields.factorId === undefined) return;
    const factor = await tx
      .selectFrom('factors')
      .select('incident_id')
      .where('id', '=', fields.factorId)
      .executeTakeFirst();
    if (factor?.incident_id !== incidentId) {
      throw invalidInput(
        `invalid action: factorId ${JSON.stringify(fields.factorId)} names no contributing factor of incident ${incidentId}`,
      );
    }
  },
};

/** Review meetings and follow-up reviews. */
export const reviewSpec: ChildSpec<ReviewFields> = {
  table: 'reviews',
  entity: 'review',
  idKind: 'review',
  label: 'review',
  schema: reviewFieldsSchema,
  order: 'seq',
  // Not a refusal: the meeting's state, cards, votes, points and live notes go with the review.
  beforeDelete: (tx, id) => deleteMeetingRows(tx, { reviewId: id }),
};
