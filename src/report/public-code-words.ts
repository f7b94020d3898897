import { escapeRegExp } from '../domain/index.js';
import { isProductName } from '../language/index.js';
import { findGlossaryTerm } from '../playbook/index.js';
import { fitToPosition } from './name-replacer.js';
import { samePlaceholdersCounted } from './redact-prose.js';

// A status-page reader does not know our code: version numbers, names from code (pgxpool.Acquire, resp.Body.Close(),
// maxIdleConns, anything in backticks) and the libraries and stores we build on (Diesel, tokio, Postgres) are said in
// plain words, or dropped, before the public sees them.

/**
 * Libraries, frameworks and stores engineers name in a write-up, as a public reader would say them. Data: add a name
 * here when a public report is found to show one (the key is matched whole, in any case).
 */
export const publicLibraryWords: Readonly<Record<string, string>> = {
  diesel: 'the database library',
  sqlx: 'the database library',
  gorm: 'the database library',
  'database/sql': 'the database library',
  pgx: 'the database library',
  pgxpool: 'the database connection pool',
  'deadpool-postgres': 'the database connection pool',
  bb8: 'the database connection pool',
  r2d2: 'the database connection pool',
  hikaricp: 'the database connection pool',
  pgbouncer: 'the database connection pool',
  postgres: 'the database',
  postgresql: 'the database',
  mysql: 'the database',
  mariadb: 'the database',
  mongodb: 'the database',
  redis: 'the cache',
  memcached: 'the cache',
  kafka: 'the message queue',
  rabbitmq: 'the message queue',
  tokio: 'the software that schedules work inside the service',
  reqwest: 'the web library',
  axum: 'the web framework',
  actix: 'the web framework',
  'actix-web': 'the web framework',
  serde: 'the data-format library',
  goleak: 'a check for leaked background work',
  'diesel-async': 'the database library',
  'tokio-postgres': 'the database library',
  'sqlx-postgres': 'the database library',
  clippy: 'the code checker',
  'golangci-lint': 'the code checker',
  staticcheck: 'the code checker',
  k6: 'the load-testing tool',
  jmeter: 'the load-testing tool',
  gatling: 'the load-testing tool',
  vegeta: 'the load-testing tool',
};

// A code checker's named check ("clippy's await_holding_lock lint", "the golangci-lint errcheck check"): a code check.
const checkerNames = 'clippy|golangci-lint|staticcheck|go vet|eslint|pylint|rubocop';
const namedCheck = new RegExp(
  String.raw`(?:\b(the|a|an|our|its)\s+)?\b(?:${checkerNames})(?:['’]s)?\s+(?:(?:(?:an? )?internal setting|[\x60]?[\w:-]+[\x60]?)\s+)?(lint|check|rule|warning)(s?)\b`,
  'giu',
);
// A tool named before the kind it is ("the k6 load test", "a JMeter test run"): the kind says enough.
const toolBeforeKind =
  /\b(?:k6|jmeter|gatling|vegeta|locust)\s+(?=(?:load|soak|stress|performance|perf|smoke)\s+tests?\b|tests?\b|test runs?\b|scripts?\b|runs?\b)/giu;
// A generic type from code ("Arc<Mutex<Cache>>", "HashMap<String, Vec<u8>>", "Option<T>"): a data structure.
const genericType =
  /(?<![\p{L}\p{N}_])[A-Z][A-Za-z0-9_]*(?:::[A-Za-z_]\w*)*<(?:[\w:&']|,\s*|<|>)*>(?![\p{L}\p{N}_])/gu;
// Async code's waiting point ("held its lock across an await") and a program's panic ("the worker panicked"), as a
// reader outside engineering would say them; a person never "panicked" here, as the subject must be a program.
const acrossAwait = /\b(?:across|over|past|during) an? `?\.?await`?(?: point)?(?![\p{L}\p{N}])/giu;
const panicked = /\bpanick(ed|ing)\b/giu;
const programSubject =
  /\b(?:worker|thread|service|process|program|task|handler|goroutine|server|pod|binary|app|job|request|container)s?\b/i;
// A person or role in the sentence: then "panicked" may be said of them, a judgement the language gate must see.
const personInSentence =
  /\b(?:engineers?|developers?|devs?|on-?call|responders?|operators?|admins?|teams?|he|she|they|i|we|you|someone|somebody|nobody|everyone|everybody|people|person|staff|sre|dba|lead|manager|commander|scribe|facilitator|owner|author|attendee)\b/i;
/**
 * "panicked" where its sentence, up to it, names a program and no person ("A worker then hit … and panicked"):
 * "crashed". With a person there ("the on-call engineer panicked"), it stays for the language gate to judge.
 */
function programCrashed(found: string, ending: string, index: number, whole: string): string {
  const sentence =
    whole
      .slice(0, index)
      .split(/[.!?]\s/)
      .at(-1) ?? '';
  return programSubject.test(sentence) && !personInSentence.test(sentence) ? `crash${ending}` : found;
}
// Rust's shortcut that stops the program when a value is missing, met with one: ".unwrap() on a None", "`expect()` on
// an Err". Alone ("called unwrap()") it is a function, said as one below.
const unwrapOn =
  /\s*`?\.?(?:unwrap|expect)\(\)`?\s+(?:call\s+)?on\s+(?:an?\s+)?`?(None|Err)`?(?:\(\))?(?:\s+value)?(?![\p{L}\p{N}])/gu;

const libraryNames = Object.keys(publicLibraryWords)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
const library = new RegExp(
  `(?:\\b(the|a|an|our|its|their)\\s+)?(?<![\\p{L}\\p{N}_./-])(${libraryNames})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}])(?:\\s+(library|crate|package|module|framework|driver|pool|database|db|cluster|server|client))?`,
  'giu',
);

// "v2.31.0", "version 2.31.0", "release 2.31", "1.4.2-rc1": a version, with what names it around it.
const version = String.raw`v\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?|\d+\.\d+\.\d+(?:[-+][\w.]+)?`;
// "rolled back to v2.30.4", "Rolled back an internal service to v2.30.4": the version before.
const rolledBackTo = new RegExp(
  String.raw`\b((?:rolled back|roll(?:ing)? back|reverted|revert(?:ing)?|downgraded|downgrad(?:e|ing)|went back|back)(?:\s+[^\s.;,]+(?:\s+[^\s.;,]+){0,4}?)?)\s+to\s+(?:the\s+)?(?:version\s+|release\s+)?(?:${version})(?:\s+(?:release|version|build))?(?![\p{L}\p{N}])`,
  'giu',
);
const versionPhrase = new RegExp(
  String.raw`(?:\b(the|this|that|a|an)\s+)?(?:\b(?:version|release|build|tag)\s+)?(?<![\p{L}\p{N}.])(?:${version})(?:\s+(release|version|build))?(?![\p{L}\p{N}])`,
  'giu',
);
const bracketedVersion = new RegExp(String.raw`\s*\((?:version\s+|release\s+)?(?:${version})\)`, 'giu');
// A commit hash in brackets without the word "commit" ("v1.8.3 (a1b2c3d)"): hex with a digit and a letter.
const bracketedHash = /\s*\((?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\)/g;
// A source file, with its line ("src/recon.rs:212", "internal/db/pool.go:88"): where in our code, not what happened.
// A folder or a line number makes it a path: "Node.js" alone is a product.
const sourcePath =
  /\b(?:(?:[\w.-]+\/)+[\w-]+\.(?:rs|go|py|ts|tsx|js|java|kt|rb|cs|cpp|cc|c|h|swift|scala|php|ex|exs)(?::\d+){0,2}|[\w-]+\.(?:rs|go|py|ts|tsx|js|java|kt|rb|cs|cpp|cc|c|h|swift|scala|php|ex|exs)(?::\d+){1,2})\b/g;
// "an internal service a new version" (the redactor named the service): "a new version of an internal service".
const serviceThenVersion =
  /\b((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]he other|[Tt]he first) internal [a-z]+) (a new|the new) (version|release|build)\b/g;

// Names from code: dotted and `::` paths (pgxpool.Acquire, resp.Body.Close(), tokio::spawn), camelCase
// (maxIdleConns), and anything else in backticks that is one word of code.
const codePath =
  /(?<![\p{L}\p{N}_./@-])([A-Za-z_][\w]*(?:(?:\.|::)[A-Za-z_][\w]*)+)(\(\))?(?![\p{L}\p{N}_]|\.[\p{L}])/gu;
const snakeCase =
  /(?<![\p{L}\p{N}_.@/$-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:=[^\s,;)"'`‘’“”]+)?(?![\p{L}\p{N}_(-])/gu;
const camelCase = /(?<![\p{L}\p{N}_./@-])[a-z]{2,}[A-Z][A-Za-z0-9]*(?![\p{L}\p{N}_])/gu;
const backticked = /`([^`\n]{1,60})`/g;
// Web domains and addresses are not code ("example.com"), nor abbreviations ("e.g.").
const notCode = (name: string) =>
  /\.(?:com|org|net|io|dev|app)$/i.test(name) ||
  /^\p{Lu}\p{Ll}+\.js$/u.test(name) ||
  name.split(/\.|::/).some((part) => part.length < 2) ||
  isProductName(name);

/**
 * A name from code as the glossary says it in everyday words: its own words when the glossary lists them as a name
 * ("pool_size" is "the pool size"), else the glossary's term ("max_conns" is "the connection limit"); undefined when
 * the glossary does not know it or names it only in code.
 */
export function glossaryWordsFor(name: string): string | undefined {
  const entry = findGlossaryTerm(name);
  if (!entry || entry.kind === 'incident-management') return undefined;
  const spaced = name.replace(/[_-]+/g, ' ').toLowerCase();
  if (
    /^[\p{L} ]+$/u.test(spaced) &&
    spaced.includes(' ') &&
    entry.aliases.some((alias) => alias.toLowerCase() === spaced)
  )
    return `the ${spaced}`;
  return /^[\p{L} -]+$/u.test(entry.term) ? `the ${entry.term.toLowerCase()}` : undefined;
}

/** What a name from code is to a public reader: the glossary's term for it or its first part, else internal code. */
function codeWords(name: string, called: boolean): string {
  if (/\.(?:go|rs|py|ts|js|java|rb|toml|ya?ml|json|md|txt|sql|proto|lock|mod|sum)$/i.test(name))
    return 'an internal file';
  const parts = name.split(/\.|::/);
  for (const candidate of [name, parts[0] ?? '']) {
    const lib = publicLibraryWords[candidate.toLowerCase()];
    if (lib) return lib;
    // A glossary term in everyday words; a term that is itself code is not.
    const words = glossaryWordsFor(candidate);
    if (words) return words;
  }
  return called || /\.[A-Z]/.test(name) || name.includes('::')
    ? 'an internal function'
    : 'an internal setting';
}

/**
 * A public text without our code: versions as "a new version" (or "the previous version" after a rollback), names
 * from code as the glossary says them ("pgxpool.Acquire" is "the database connection pool") or as "an internal
 * function" or "an internal setting", libraries and stores as what they are ("Diesel" is "the database library").
 */
export function publicCodeWords(text: string): string {
  // Every phrase said for a name, so two said side by side ("pgxpool max_conns") can be joined as English after.
  const said = new Set<string>();
  const at = (whole: string, index: number, words: string) => {
    said.add(words.toLowerCase());
    return fitToPosition(whole, index, words);
  };
  // A version in brackets is an aside ("rolled back to commit 4e1d7f0 (v2.30.4)"): it goes.
  let out = text
    .replace(
      namedCheck,
      (_found, det: string | undefined, _kind: string, plural: string, index: number, whole: string) =>
        at(
          whole,
          index,
          plural
            ? `${det ? `${det} ` : ''}code checks`
            : `${det && !/^an?$/i.test(det) ? det : 'a'} code check`,
        ),
    )
    .replace(toolBeforeKind, '')
    .replace(acrossAwait, 'while it waited')
    .replace(panicked, programCrashed)
    .replace(genericType, (_found, index: number, whole: string) =>
      at(
        whole,
        index,
        /\b(?:an?|the|our|its|their|this|that|one|new|old|shared|global)\s+$/i.test(whole.slice(0, index))
          ? 'internal data structure'
          : 'an internal data structure',
      ),
    )
    .replace(unwrapOn, (_found, missing: string | undefined) =>
      missing === 'Err' ? ' an unexpected error' : ' an unexpected empty value',
    )
    .replace(bracketedVersion, '')
    .replace(bracketedHash, '')
    .replace(sourcePath, (_found, index: number, whole: string) => at(whole, index, 'our code'))
    .replace(rolledBackTo, (_found, verb: string) => `${verb} to the previous version`);
  out = out.replace(
    versionPhrase,
    (_found, det: string | undefined, noun: string | undefined, index: number, whole: string) =>
      at(
        whole,
        index,
        `${det && /^(?:the|this|that)$/i.test(det) ? 'the new' : 'a new'} ${(noun ?? 'version').toLowerCase()}`,
      ),
  );
  out = out.replace(serviceThenVersion, (_found, service: string, _new: string, noun: string) => {
    const said = `a new ${noun} of ${service.charAt(0).toLowerCase()}${service.slice(1)}`;
    return /^\p{Lu}/u.test(service) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
  });
  out = out.replace(backticked, (found, inner: string, index: number, whole: string) => {
    const name = inner.trim().replace(/\(\)$/, '');
    // A phrase in backticks that is not one name from code (`for: 5m`, `context deadline exceeded`) is left to the
    // steps that say it in words.
    if (!/^[A-Za-z_][\w.:-]*$/.test(name)) return found;
    return at(whole, index, codeWords(name, /\(\)$/.test(inner.trim())));
  });
  out = out.replace(
    codePath,
    (found, name: string, call: string | undefined, index: number, whole: string) =>
      notCode(name) ? found : at(whole, index, codeWords(name, call !== undefined)),
  );
  out = out.replace(snakeCase, (found, index: number, whole: string) => {
    const name = found.replace(/=.*$/, '');
    const limit = /^(?:max|min)_|_(?:max|min|limit|cap)$/.test(name) ? 'a configured limit' : undefined;
    const words = codeWords(name, false);
    return at(whole, index, words === 'an internal setting' && limit ? limit : words);
  });
  out = out.replace(camelCase, (found, index: number, whole: string) =>
    /^(?:iPhone|iPad|macOS|iOS|iPadOS|watchOS|tvOS|eBay|iCloud|jQuery)$/.test(found) || isProductName(found)
      ? found
      : at(whole, index, codeWords(found, false)),
  );
  out = out.replace(
    library,
    (
      found,
      det: string | undefined,
      name: string,
      noun: string | undefined,
      index: number,
      whole: string,
    ) => {
      const words = publicLibraryWords[name.toLowerCase()];
      const after = whole.slice(index + found.length);
      // "diesel generators" is fuel, not the library.
      if (!words || /^\s+(?:generators?|engines?|fuel|power|trucks?|oil)\b/i.test(after)) return found;
      // Before another noun ("a slow Diesel query") the name is a modifier: "a slow database query".
      if (
        !noun &&
        /^\s+(?:quer(?:y|ies)|calls?|connections?|migrations?|models?|schemas?|transactions?|errors?|timeouts?|clients?|drivers?|upgrades?|config(?:uration)?|settings?|code|layer)\b/i.test(
          after,
        )
      )
        return at(
          whole,
          index,
          `${det ? `${det} ` : ''}${words.replace(/^(?:the|an?) /, '').replace(/ library$/, '')}`,
        );
      // "our Diesel pool" is "our database connection pool"; "the Postgres database" is "the database".
      const said =
        noun && /^pool$/i.test(noun) && !/pool/.test(words)
          ? words.replace(/ library$|$/, ' connection pool')
          : words;
      const keeps = det && !/^(?:the|an?)$/i.test(det);
      return at(whole, index, keeps ? `${det} ${said.replace(/^(?:the|an?) /, '')}` : said);
    },
  );
  // "the database database", "the database library library": a noun said twice once the name became words; and
  // "an internal setting and an internal setting" is "two internal settings".
  return samePlaceholdersCounted(
    joinedSideBySide(out, said).replace(/\b(library|database|pool|framework|cache|queue|proxy) \1\b/gi, '$1'),
  );
}

/**
 * Two names from code written side by side ("pgxpool max_conns": the pool's setting) said as words side by side
 * read "the database connection pool the connection limit": the first owns the second, "the database connection
 * pool's connection limit" (trial 18e E2-2).
 */
function joinedSideBySide(text: string, said: ReadonlySet<string>): string {
  if (said.size === 0) return text;
  const phrases = [...said].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pair = new RegExp(
    `\\b(${phrases.join('|')}) (?:the |an? )(${phrases.map((p) => p.replace(/^(?:the|an?) /, '')).join('|')})\\b`,
    'gi',
  );
  return text.replace(pair, (_found, owner: string, owned: string) => `${owner}'s ${owned}`);
}
