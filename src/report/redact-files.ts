import { fitToPosition } from './name-replacer.js';
import { modifiedPlurals } from './redact-grammar.js';

// Files people name in a summary ("the change to config/ledger.yaml", "/etc/nginx/conf.d/ledger.conf") say how the
// company's systems are laid out and often carry a service's name. A public reader learns what kind of file it was:
// a configuration file, a source file, a log file, or a file.

// Bicep's files too (trial 18e left "infra/params/an internal host" of a .bicepparam file).
const configExtensions = 'ya?ml|toml|ini|conf|cfg|env|json|properties|tfvars|tf|hcl|cnf|xml|bicepparam|bicep';
const sourceExtensions =
  'go|rs|ts|tsx|js|mjs|py|java|kt|rb|php|cs|c|cc|cpp|h|hpp|swift|scala|sql|sh|proto|lua';
const extensions = `${configExtensions}|${sourceExtensions}|log|txt|lock`;
// A system directory opens an absolute path; a relative path has a directory and a known extension; a file name alone
// counts when it is a configuration or log file written in lower case ("ledger.yaml", not "Node.js").
const absolute =
  '/(?:etc|var|usr|opt|home|srv|tmp|run|data|mnt|root|app|apps|lib|config|configs|deploy|src)(?:/[\\w.@+-]+)+';
const relative = `(?:\\.{1,2}/|~/)?[\\w.@+-]+(?:/[\\w.@+-]+)+\\.(?:${extensions})`;
const bare = `[a-z0-9][\\w.-]*\\.(?:${configExtensions}|log)`;
// A sentence's full stop after a path is no part of it ("See /etc/hosts.").
const path = `(?:${absolute}|${relative}|${bare})(?<!\\.)(?![\\w/@+-]|\\.\\w)`;
const filePhrase = new RegExp(
  `(?:\\b(at)\\s+)?(?:\\b(the|a|an|this|that)\\s+)?(?:\\b((?:config(?:uration)?\\s+)?file)\\s+)?(?<![\\w./:~@+-])(\`?)(${path})(?::\\d+){0,2}\\4(?:\\s+(file)\\b)?(?:,?\\s+(?:at\\s+|on\\s+)?line\\s+\\d+\\b)?`,
  'gi',
);

const failedBefore = /\b(?:panicked|crashed|failed|errored|threw|aborted|raised|broke|segfaulted)\s+$/i;

/** What kind of file a path names, by its extension or its directory. */
function fileKind(name: string): string {
  const extension = /\.(\w+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (new RegExp(`^(?:${configExtensions})$`).test(extension) || /^\/etc\//.test(name))
    return 'configuration file';
  if (new RegExp(`^(?:${sourceExtensions})$`).test(extension)) return 'source file';
  if (extension === 'log' || /^\/var\/log\//.test(name)) return 'log file';
  return 'file';
}

const modifiedPlural = new RegExp(String.raw`^\s+(?:${modifiedPlurals})\b`);

/** Replaces every file path in a text by its kind: the first "a configuration file", the next "another …". */
export function filePathsInProse(count: () => void): (text: string) => string {
  return (text) => {
    const seen = new Set<string>();
    return text.replace(
      filePhrase,
      (
        found,
        at: string | undefined,
        det: string | undefined,
        _noun,
        _tick,
        name: string,
        _after,
        index: number,
      ) => {
        // "React/Next.js" names two libraries, not a file.
        if (/^\p{Lu}/u.test(name) && /\.js$/i.test(name)) return found;
        count();
        const kind = fileKind(name);
        // "panicked at src/main.rs:9" says where in the code: "panicked in our code" (trial 12e E-15).
        if (at && kind === 'source file' && failedBefore.test(text.slice(0, index)))
          return fitToPosition(text, index, 'in our code');
        const definite = det !== undefined && /^(?:the|this|that)$/i.test(det);
        // Before a plural noun it modifies, the name takes no article: "Configuration file changes are not
        // validated", not "A configuration file changes" (trial 23).
        const modifies = !det && !at && modifiedPlural.test(text.slice(index + found.length));
        const article = definite ? 'the' : seen.has(kind) ? 'another' : /^[aeiou]/.test(kind) ? 'an' : 'a';
        seen.add(kind);
        if (modifies) return fitToPosition(text, index, kind);
        return fitToPosition(text, index, `${at ? `${at} ` : ''}${article} ${kind}`);
      },
    );
  };
}
