import { fitToPosition } from './name-replacer.js';

/** What the public redaction replaced, by kind, so a report can say it was redacted. */
export interface RedactionCounts {
  ips: number;
  hosts: number;
  services: number;
  people: number;
}

/** Internal names an incident uses, beyond the addresses and host names found by their shape. */
export interface InternalNames {
  services?: readonly string[];
  alerts?: readonly string[];
  teams?: readonly string[];
}

const ipv4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d{1,5})?\b/g;
// Candidate IPv6 forms; only those with `::` or all eight groups count, so times such as 12:07:30 never do.
const ipv6 = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;
const isIpv6 = (found: string) =>
  /[0-9a-f]/i.test(found) && (found.includes('::') || found.split(':').length === 8);
// Cloud-style host names that embed an address (ip-10-20-3-7) and Kubernetes pod names (api-7f9c8d6b5-x2x9z).
const embeddedIp = /\bip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.[\w.-]+)?\b/gi;
const podName = /\b[a-z][a-z0-9-]*-[a-f0-9]{8,10}-[a-z0-9]{5}\b/g;
const internalSuffix =
  /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:internal|local|lan|corp|intra|intranet|private|svc|cluster\.local|prod|staging|stg|dev|consul|home\.arpa)(?::\d{1,5})?\b/gi;
// Numbered short host names: pay-api-3, web-eu-12, db-01 (a lone "covid-19" or "utf-8" has one part and no 0).
const numberedHost = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+-\d{1,4}[a-z]?\b|\b[a-z]{2,}-0\d{1,3}\b/g;
// Alert markers and label lists, which only an engineer reads: "[FIRING:2] ", "(pod=checkout-api-7f9c-1)".
// At the start of a line the plain-words step turns the marker into "Alert fired:"; elsewhere it goes.
const alertMarker = /(?<!^\s*)\[(?:FIRING|RESOLVED)(?::\d+)?\]\s*/g;
const labelList = /\s*\((?:[\w.-]+=[^()\s,]*(?:,\s*)?)+\)/g;
// Paging and team labels: payments-oncall, checkout-sre, platform-team.
const teamLabel = /\b[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:oncall|on-call|sre|team|squad|ops|rota)\b/g;
const url = /\bhttps?:\/\/[^\s)>\]]+/gi;
const internalUrl = /\.(?:internal|local|corp|lan|svc)\b|\/\/\d|\/\/[a-z0-9-]+(?:[:/]|$)/i;
const commitNote = /\s*\(commit [0-9a-f]{7,40}(?: by [^)]*)?\)/g;

const isNameList = (value: InternalNames | readonly string[]): value is readonly string[] =>
  Array.isArray(value);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// An identifier rather than a word: a hyphen, underscore, dot, slash or digit, or an inner capital (HighErrorRate).
const isIdentifier = (name: string) => /[-_./\d]/.test(name) || /\p{Ll}\p{Lu}/u.test(name);

/** An identifier in words: "CheckoutErrorRate" → "checkout error rate", "KubePodCrashLooping" → "kube pod crash looping". */
export function inWords(identifier: string): string {
  return identifier
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[\s_.-]+/)
    .filter((word) => word !== '')
    .map((word) => (/^\p{Lu}{2,}\d*$/u.test(word) ? word : word.toLowerCase()))
    .join(' ');
}

const serviceNouns =
  'services|service|apis|api|clusters|cluster|databases|database|db|servers|server|pods|pod|deployments|deployment|namespace|queues|queue|workers|worker|jobs|job|apps|app|application|backend|frontend|gateway|hosts|host|nodes|node|instances|instance';

/**
 * Replaces `core` as a noun phrase: an article before it and a noun after it are taken in, so "the pay-api
 * service" and "pay-api" both become an internal service, and the sentence still reads ("The internal service on
 * an internal host", never "The an internal service service"). Plural nouns keep their number.
 */
function phraseReplacer(
  core: string,
  noun: string,
  count: () => void,
  adjective = 'internal',
): (text: string) => string {
  const pattern = new RegExp(
    `(?:\\b(the|a|an|our|their|this|that)\\s+)?(?:${core})(?:\\s+(${serviceNouns})\\b)?`,
    'giu',
  );
  return (text) =>
    text.replace(pattern, (...args) => {
      const [found, det, trailing] = args as [string, string | undefined, string | undefined];
      const index = args.at(-2) as number;
      count();
      const head = (trailing ?? noun).toLowerCase();
      const plural = /s$/.test(head) && head !== 'status';
      const indefinite = /^[aeiou]/i.test(adjective || head) ? 'an' : 'a';
      const article = det && !/^an?$/i.test(det) ? det : plural ? '' : adjective ? indefinite : 'the';
      const phrase = [article, adjective, head].filter(Boolean).join(' ');
      // A capital opening the sentence stays a capital, whether it was on the article or on the name.
      const out = fitToPosition(text, index, phrase);
      return /^\p{Lu}/u.test(found) && !/^\p{Lu}/u.test(out) && det
        ? out.charAt(0).toUpperCase() + out.slice(1)
        : out;
    });
}

/**
 * A redactor for the public audience. Internal addresses, host names, links, pod and team labels, alert names and
 * service names become neutral noun phrases ("an internal host", "an alert"), by their shape or because the
 * incident names them. A service named by an everyday word ("payments", "search") is left alone in prose, where
 * it is the English word, and replaced only where it stands as an identifier (in backticks, `ns=payments`,
 * `namespace payments`). Commit notes ("(commit 7f66bfea42 by …)") are dropped.
 */
export function publicRedactor(internal: InternalNames | readonly string[]): {
  redact: (text: string) => string;
  counts: RedactionCounts;
} {
  const names = isNameList(internal) ? { services: internal } : (internal as InternalNames);
  const counts: RedactionCounts = { ips: 0, hosts: 0, services: 0, people: 0 };
  const host = () => counts.hosts++;
  const service = () => counts.services++;
  const clean = (list: readonly string[] | undefined) =>
    [...new Set((list ?? []).map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
      (a, b) => b.length - a.length,
    );
  const services = clean(names.services);
  const bound = (list: string[]) =>
    `(?<![\\p{L}\\p{N}_-])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`;
  const identifierServices = services.filter(isIdentifier);
  const wordServices = services.filter((n) => !isIdentifier(n));
  const alerts = clean(names.alerts).filter(isIdentifier);
  const teams = clean(names.teams).filter(isIdentifier);

  const steps: Array<(text: string) => string> = [
    (text) => text.replace(commitNote, '').replace(alertMarker, '').replace(labelList, ''),
    (text) =>
      text.replace(url, (found, index: number) => {
        if (!internalUrl.test(found)) return found;
        host();
        return fitToPosition(text, index, 'an internal link');
      }),
    phraseReplacer(embeddedIp.source, 'host', host),
    phraseReplacer(internalSuffix.source, 'host', host),
    phraseReplacer(podName.source, 'host', host),
  ];
  if (alerts.length > 0) {
    // An alert's name says what it watches; in words it leaks nothing and reads: "the checkout error rate alert".
    const alertPhrase = new RegExp(
      `(?:\\b(?:the|an?)\\s+)?(\\balert\\s+)?(${bound(alerts)})(?:\\s*\\([^()]*\\))?(\\s+alert\\b)?`,
      'giu',
    );
    steps.push((text) =>
      text.replace(
        alertPhrase,
        (_found, before: string | undefined, name: string, after: string | undefined, index: number) => {
          service();
          const words = inWords(name);
          return fitToPosition(text, index, before || after ? `the ${words} alert` : words);
        },
      ),
    );
  }
  if (teams.length > 0) steps.push(phraseReplacer(bound(teams), 'on-call team', service, ''));
  steps.push(phraseReplacer(teamLabel.source, 'on-call team', service, ''));
  if (identifierServices.length > 0)
    steps.push(phraseReplacer(bound(identifierServices), 'service', service));
  if (wordServices.length > 0) {
    const words = wordServices.map(escapeRegExp).join('|');
    const asIdentifier = new RegExp(
      `\`(?:${words})\`|\\b(?:namespace|ns|service|svc|app|deployment|job)(?:=|:\\s*|\\s+)(?:${words})(?![\\p{L}\\p{N}_-])`,
      'giu',
    );
    steps.push((text) =>
      text.replace(asIdentifier, (_found, index: number) => {
        service();
        return fitToPosition(text, index, 'an internal service');
      }),
    );
  }
  steps.push(phraseReplacer(numberedHost.source, 'host', host));
  steps.push((text) => {
    const out = text.replace(ipv4, (_found, index: number) => {
      counts.ips++;
      return fitToPosition(text, index, 'an internal address');
    });
    return out.replace(ipv6, (found, index: number) => {
      if (!isIpv6(found)) return found;
      counts.ips++;
      return fitToPosition(out, index, 'an internal address');
    });
  });
  const redact = (text: string): string => {
    let out = text;
    for (const step of steps) out = step(out);
    return out;
  };
  return { redact, counts };
}
