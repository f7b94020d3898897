import { type Kysely, sql } from 'kysely';
import { parseSearchText, type SearchTerm, snippetOf } from '../domain/index.js';
import { memberKey } from './incident-rows.js';
import { escapeLike } from './record-helpers.js';
import type { Database } from './schema.js';
import type { SearchHit, SearchOptions, SearchRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';

/**
 * How many of the newest matching records are ranked. A word found in a million log lines would otherwise rank
 * them all on every keystroke; among the newest few thousand, the best still come first, and a query with fewer
 * matches than this is ranked whole.
 */
export const rankedCandidates = 2_000;

/** A word of one letter or digit is found whole: as the start of words it would find nearly everything. */
function isPrefix(term: SearchTerm): boolean {
  return [...(term.words[0] ?? '')].length > 1;
}

/** The terms as FTS5 reads them: each word a prefix, phrases exact, all required (or any, for similar ones). */
function fts5Query(terms: readonly SearchTerm[], any: boolean): string {
  return terms
    .map((term) => (term.phrase || !isPrefix(term) ? `"${term.words.join(' ')}"` : `"${term.words[0]}"*`))
    .join(any ? ' OR ' : ' AND ');
}

/** The terms as PostgreSQL's to_tsquery reads them, the same way. */
function tsQuery(terms: readonly SearchTerm[], any: boolean): string {
  return terms
    .map((term) => (term.phrase || !isPrefix(term) ? `(${term.words.join(' <-> ')})` : `${term.words[0]}:*`))
    .join(any ? ' | ' : ' & ');
}

interface HitRow {
  kind: string;
  record_id: string;
  incident_id: string;
  body: string;
  title: string;
  severity: string;
  status: string;
}

/** Only incidents the people may see (as the incident list decides), when `visibleTo` is given. */
function visibility(visibleTo: readonly string[] | undefined) {
  if (visibleTo === undefined) return sql`1 = 1`;
  const members = visibleTo.map((name) => `%|${escapeLike(memberKey(name))}|%`);
  const likes = members.map((pattern) => sql`i.members_key like ${pattern} escape '\\'`);
  return sql`(i.restricted = 0${likes.length > 0 ? sql` or ${sql.join(likes, sql` or `)}` : sql``})`;
}

function scope(options: SearchOptions) {
  const parts = [visibility(options.visibleTo)];
  if (options.incidentId !== undefined) parts.push(sql`e.incident_id = ${options.incidentId}`);
  if (options.excludeIncidentId !== undefined) parts.push(sql`e.incident_id <> ${options.excludeIncidentId}`);
  return sql.join(parts, sql` and `);
}

async function searchSqlite(k: Kysely<Database>, terms: SearchTerm[], options: SearchOptions, limit: number) {
  const match = fts5Query(terms, options.any === true);
  const { rows } = await sql<HitRow>`
    select e.kind, e.record_id, e.incident_id, e.body, i.title, i.severity, i.status
    from (
      select search_fts.rowid as id, bm25(search_fts) as score
      from search_fts
      join search_entries e on e.id = search_fts.rowid
      join incidents i on i.id = e.incident_id
      where search_fts match ${match} and ${scope(options)}
      order by search_fts.rowid desc
      limit ${rankedCandidates}
    ) c
    join search_entries e on e.id = c.id
    join incidents i on i.id = e.incident_id
    order by c.score, i.updated_at desc, e.record_id
    limit ${limit}`.execute(k);
  return rows;
}

async function searchPostgres(
  k: Kysely<Database>,
  terms: SearchTerm[],
  options: SearchOptions,
  limit: number,
) {
  const query = tsQuery(terms, options.any === true);
  const { rows } = await sql<HitRow>`
    with q as (select to_tsquery('simple', ${query}) as query),
    candidates as (
      select e.id, ts_rank(e.words, q.query) as score
      from search_entries e
      join incidents i on i.id = e.incident_id, q
      where e.words @@ q.query and ${scope(options)}
      order by e.id desc
      limit ${rankedCandidates}
    )
    select e.kind, e.record_id, e.incident_id, e.body, i.title, i.severity, i.status
    from candidates c
    join search_entries e on e.id = c.id
    join incidents i on i.id = e.incident_id
    order by c.score desc, i.updated_at desc, e.record_id
    limit ${limit}`.execute(k);
  return rows;
}

/** Full-text search over what people wrote, ranked best first, with the matched words marked. */
export function searchRepository(db: StoreDatabase): SearchRepository {
  return {
    search(text, options = {}) {
      const terms = parseSearchText(text);
      if (terms.length === 0) return Promise.resolve([]);
      const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 50)), 200);
      return db.read(async (k) => {
        const rows =
          db.dialect === 'postgres'
            ? await searchPostgres(k, terms, options, limit)
            : await searchSqlite(k, terms, options, limit);
        return rows.map(
          (row): SearchHit => ({
            kind: row.kind as SearchHit['kind'],
            recordId: row.record_id,
            incidentId: row.incident_id,
            incidentTitle: row.title,
            severity: row.severity as SearchHit['severity'],
            status: row.status as SearchHit['status'],
            snippet: snippetOf(row.body, terms),
          }),
        );
      });
    },
  };
}
