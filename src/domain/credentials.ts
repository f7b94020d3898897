import { escapeRegExp } from './text.js';

/**
 * Credentials pasted into an incident's text: an access key quoted in the timeline, a database URL with its
 * password, a webhook address, a bearer token in a log line. A report is published (to a wiki, to executives, to a
 * status page), so no report carries them (trial 21: the public and exec reports printed an AWS key, a password and
 * a Slack webhook verbatim). Each is replaced by `credentialMark`; the key or label before a value stays ("password=",
 * "Bearer"), so the sentence still says what was there.
 */

/** What a removed credential reads as. */
export const credentialMark = '[credential removed]';

interface CredentialShape {
  /** What it is, said in a warning ("an AWS access key"). */
  kind: string;
  /** The credential; group `keep`, when there is one, is kept before the mark. */
  pattern: RegExp;
}

// A value after a key word is a secret when it looks like one: a digit or a mixed-case run and no spaces, not a
// placeholder ("<token>", "${DB_PASSWORD}", "****", "redacted") and not a word ("the token is expired").
// A value ends at a code mark too: "`vault kv put … api_key=…`" keeps its closing mark (trial 27 F13).
const secretValue = String.raw`(?=[^\s"',;)\x60]*[A-Za-z])(?![<$*{%[]|x{4}|redacted|removed|rotated|revoked|expired|invalid|missing|empty|none|null|unset)(?=[^\s"',;\x60]*(?:\d|[a-z][A-Z]|[A-Z][a-z][^\s"',;\x60]*[A-Z]))[^\s"',;)\x60]{5,}[^\s"',;).:!?\x60]`;

const shapes: readonly CredentialShape[] = [
  {
    kind: 'a private key',
    pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  },
  { kind: 'an AWS access key', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g },
  { kind: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})\b/g },
  { kind: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { kind: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  {
    kind: 'a Slack webhook address',
    pattern: /https?:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]+/g,
  },
  { kind: 'a Stripe key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { kind: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: 'a Vault token', pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/g },
  { kind: 'a signed token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    kind: 'a bearer token',
    pattern: new RegExp(
      String.raw`(?<keep>\b(?:Bearer|Basic|Token)\s+)(?!${escapeRegExp(credentialMark)})[A-Za-z0-9._~+/=-]{11,}[A-Za-z0-9_~+/=-]`,
      'g',
    ),
  },
  // "postgres://dns:s3cr3t@10.1.2.3/zones": an address with its password goes whole (a part left behind, "…@10.1.2.3",
  // would read as a chat handle to the public redactor).
  {
    kind: 'a password in an address',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:[^\s@/]+@[^\s"'<>()]*[^\s"'<>().,;:!?]/gi,
  },
  {
    kind: 'a password or secret',
    pattern: new RegExp(
      // The key may be a setting's name with the word inside it ("AWS_SECRET_ACCESS_KEY=", "DB_PASSWORD=",
      // "aws_secret_access_key=", trial 22): then only "=" or ":" says a value follows.
      String.raw`(?<keep>(?:\b(?:password|passwd|pwd|pass|secret|client[_ -]?secret|token|api[_ -]?key|apikey|access[_ -]?key|secret[_ -]?key|private[_ -]?key|auth[_ -]?token|credentials?)\b(?:\s*[=:]\s*|\s+(?:is|was|of)\s+)|\b[\w.-]*(?:password|passwd|pwd|secret|token|api_?key|apikey|access_?key|private_?key|credentials?)[\w.-]*\s*[=:]\s*)["']?)${secretValue}`,
      'gi',
    ),
  },
];

/** The kinds of credential a text holds, each once, in the order `shapes` lists them. */
export function credentialKinds(text: string): string[] {
  return shapes.filter((shape) => finders.get(shape)?.test(text)).map((shape) => shape.kind);
}

// Each shape without its global flag, made once: `test` on a global pattern would carry lastIndex between texts.
const finders = new Map(
  shapes.map((shape) => [shape, new RegExp(shape.pattern.source, shape.pattern.flags.replace('g', ''))]),
);

/** The text with every credential replaced by `credentialMark`. */
export function withoutCredentials(text: string): string {
  let out = text;
  for (const shape of shapes) {
    out = out.replace(shape.pattern, (...args) => {
      const last = args.at(-1);
      const keep = typeof last === 'object' && last !== null ? (last as { keep?: string }).keep : undefined;
      return `${keep ?? ''}${credentialMark}`;
    });
  }
  return out;
}

const keyOfRemoved = new RegExp(
  String.raw`\b[\w.-]+\s*[=:]\s*${credentialMark.replace(/[[\]]/g, '\\$&')}`,
  'g',
);

/** `withoutCredentials`, with the key or label before each removed value gone too ("DB_PASSWORD=[credential removed]"). */
export function withoutCredentialsOrKeys(text: string): string {
  const out = withoutCredentials(text);
  return out === text ? out : out.replace(keyOfRemoved, credentialMark);
}
