import { type Kysely, sql } from 'kysely';
import { joiningCharacters } from './0008-search.js';
import { isPostgres } from './is-postgres.js';

// PostgreSQL's text-search parser reads `<script>…` and `<p class="a">` as HTML tags and drops the words in and
// after them, so "café" after a `<script>` was found on SQLite (whose tokenizer splits at every punctuation mark)
// and not on PostgreSQL. The words column now turns every ASCII punctuation mark into a space before parsing, as
// SQLite's tokenizer treats them, so both see the same words. SQLite is unchanged.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema as it was then, not as typed now.
type AnyDb = Kysely<any>;

/** Every ASCII punctuation mark: each is a word break on both databases. */
export const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

async function words(db: AnyDb, characters: string): Promise<void> {
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  await sql`drop index search_entries_words`.execute(db);
  await sql`alter table search_entries drop column words`.execute(db);
  await sql
    .raw(
      `alter table search_entries add column words tsvector generated always as
        (to_tsvector('simple', translate(body, ${literal(characters)}, ${literal(' '.repeat(characters.length))}))) stored`,
    )
    .execute(db);
  await sql`create index search_entries_words on search_entries using gin (words)`.execute(db);
}

/** Rebuilds PostgreSQL's words column with every punctuation mark a word break. */
export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await words(db, punctuation);
}

/** Back to the characters of 0008. */
export async function down(db: AnyDb): Promise<void> {
  if (isPostgres(db)) await words(db, joiningCharacters);
}
