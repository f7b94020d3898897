import { type RawBuilder, sql } from 'kysely';
import { memberKey } from './incident-rows.js';
import { escapeLike } from './record-helpers.js';

/**
 * Only incidents the people may see (as the incident list decides), when `visibleTo` is given: a condition on the
 * incidents table joined as `i`, for queries that read other tables by incident.
 */
export function visibility(visibleTo: readonly string[] | undefined): RawBuilder<unknown> {
  if (visibleTo === undefined) return sql`1 = 1`;
  const members = visibleTo.map((name) => `%|${escapeLike(memberKey(name))}|%`);
  const likes = members.map((pattern) => sql`i.members_key like ${pattern} escape '\\'`);
  return sql`(i.restricted = 0${likes.length > 0 ? sql` or ${sql.join(likes, sql` or `)}` : sql``})`;
}
