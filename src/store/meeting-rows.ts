import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Deletes what the review meetings kept (state, cards, votes, raised points, live notes) for one review or for every
 * review of an incident, inside the transaction that deletes the review or the incident. These tables name their
 * review and incident without a foreign key, so nothing else removes them.
 */
export async function deleteMeetingRows(
  tx: Kysely<Database>,
  scope: { reviewId: string } | { incidentId: string },
): Promise<void> {
  const reviewIds =
    'reviewId' in scope
      ? [scope.reviewId]
      : (
          await tx.selectFrom('reviews').select('id').where('incident_id', '=', scope.incidentId).execute()
        ).map((row) => row.id);
  if (reviewIds.length === 0) return;
  for (const table of [
    'meeting_rooms',
    'meeting_cards',
    'meeting_votes',
    'meeting_points',
    'meeting_note_updates',
    'meeting_notes',
  ] as const) {
    await tx.deleteFrom(table).where('review_id', 'in', reviewIds).execute();
  }
}
