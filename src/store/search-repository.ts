import { type Kysely, sql } from 'kysely';
import { parseSearchText, rankByWords, type SearchTerm, snippetOf } from '../domain/index.js';
import type { Database } from './schema.js';
import type { SearchHit, SearchOptions, SearchRepository } from './store.js';
import type { StoreDatabase } from './store-database.js';
import { visibility } from './visibility-sql.js';

/**
 * How many of the newest matching records are ranked. A word found in a million log lines would otherwise rank
 * them all on every keystroke; among the newest few thousand, the best still come first, and a query with fewer
 * matches than this is ranked whole.
 */
export const rankedCandidates = 2_000;

/** How much of a record's text is read to rank it and cut its snippet. */
const bodyLimit = 20_000;

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

function scope(options: SearchOptions) {
  const parts = [visibility(options.visibleTo)];
  if (options.incidentId !== undefined) parts.push(sql`e.incident_id = ${options.incidentId}`);
  if (options.excludeIncidentId !== undefined) parts.push(sql`e.incident_id <> ${options.excludeIncidentId}`);
  return sql.join(parts, sql` and `);
}

/** The newest matching records the reader may see, at most `rankedCandidates`; ranked afterwards. */
async function candidatesSqlite(k: Kysely<Database>, terms: SearchTerm[], options: SearchOptions) {
  const match = fts5Query(terms, options.any === true);
  const { rows } = await sql<HitRow>`
    select e.kind, e.record_id, e.incident_id, substr(e.body, 1, ${bodyLimit}) as body, i.title, i.severity, i.status
    from search_fts
    join search_entries e on e.id = search_fts.rowid
    join incidents i on i.id = e.incident_id
    where search_fts match ${match} and ${scope(options)}
    order by search_fts.rowid desc
    limit ${rankedCandidates}`.execute(k);
  return rows;
}

/**
 * PostgreSQL reads the matches of a word from its GIN index in no particular order, so a word in tens of thousands
 * of records would fetch them all to keep the newest. The newest records are tried first, in widening slices of
 * ids, until a slice holds enough matches: the same newest matches as one query over everything, fetched from a
 * slice, which keeps a mid-frequency word as quick as a rare or a common one.
 */
export const postgresSlices: readonly number[] = [32_768, 262_144];

async function candidatesPostgres(
  k: Kysely<Database>,
  terms: SearchTerm[],
  options: SearchOptions,
  slices: readonly number[],
) {
  const query = tsQuery(terms, options.any === true);
  const newestFirst = (from: number | undefined) =>
    sql<HitRow>`
      select e.kind, e.record_id, e.incident_id, substr(e.body, 1, ${bodyLimit}) as body, i.title, i.severity, i.status
      from search_entries e
      join incidents i on i.id = e.incident_id
      where e.words @@ to_tsquery('simple', ${query}) and ${scope(options)}
        ${from === undefined ? sql`` : sql`and e.id > ${from}`}
      order by e.id desc
      limit ${rankedCandidates}`.execute(k);
  // Only a single word can match so many records that fetching them costs more than reading the index again per
  // slice; two words, a phrase or any-of-several are read in one go.
  const single = terms.length === 1 && terms[0]?.words.length === 1 && options.any !== true;
  if (single) {
    const newest = await sql<{
      id: string | number | null;
    }>`select max(id) as id from search_entries`.execute(k);
    const top = Number(newest.rows[0]?.id ?? 0);
    for (const slice of slices) {
      if (top - slice <= 0) break;
      const { rows } = await newestFirst(top - slice);
      if (rows.length >= rankedCandidates) return rows;
    }
  }
  return (await newestFirst(undefined)).rows;
}

/**
 * Full-text search over what people wrote, ranked best first, with the matched words marked. `slices`: the id
 * slices PostgreSQL tries for a single word, newest first, before all records (tests use small ones).
 */
export function searchRepository(db: StoreDatabase, slices = postgresSlices): SearchRepository {
  return {
    search(text, options = {}) {
      const terms = parseSearchText(text);
      if (terms.length === 0) return Promise.resolve([]);
      const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 50)), 200);
      return db.read(async (k) => {
        const candidates =
          db.dialect === 'postgres'
            ? await candidatesPostgres(k, terms, options, slices)
            : await candidatesSqlite(k, terms, options);
        const rows = rankByWords(candidates, (row) => row.body, terms).slice(0, limit);
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
