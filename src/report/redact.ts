import { commitNote, escapeRegExp } from '../domain/index.js';
import { isProductName } from '../language/index.js';
import { findGlossaryTerm } from '../playbook/index.js';
import { withoutQueries } from './machine-message.js';
import { fitToPosition } from './name-replacer.js';
import { email, isPublicMailbox, isRoleMailbox } from './people.js';
import { alertNameWords, labelList, labelSet } from './plain-words.js';
import {
  afterProduct,
  glossaryWordsFor,
  namedByShape,
  namedStores,
  withoutNamesAfterKinds,
} from './public-code-words.js';
import { publicLinks } from './public-links.js';
import { cloudNamesInProse, endpointPathsInProse, shellCommandsInProse } from './redact-cloud.js';
import { filePathsInProse } from './redact-files.js';
import { declaredFunctions, fitReplacements, isFunctionName } from './redact-grammar.js';
import {
  alertNamer,
  alertNamesInProse,
  groupNamesInProse,
  loneNumbering,
  pagerdutyIdsInProse,
  regionNamesInProse,
  samePlaceholdersCounted,
  teamsInOrder,
  teamWords,
} from './redact-prose.js';

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

// Standards and methods named with a number after a hyphen ("RFC-3339", "the DNS-01 challenge", "SOC-2"): no ticket
// and no host (trials 18d, 18e). Upper case; the host pattern is read without regard to case.
const standardsBeforeNumber =
  'ISO|RFC|CVE|UTF|SHA|TLS|SSL|HTTP|HTTPS|IPV|SEV|COVID|AES|MD|DNS|TCP|UDP|RSA|ECDSA|SOC|PCI|GDPR|ALPN|IEEE|ECMA';
// An address with its port (10.42.7.19:8080) or its prefix length (10.42.11.0/24, a range of addresses).
const ipv4 =
  /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d{1,5}\b|\/(?:3[0-2]|[12]?\d)(?!\d))?/g;
// Candidate IPv6 forms; only those with `::` or all eight groups count, so times such as 12:07:30 never do.
const ipv6 = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;
const isIpv6 = (found: string) =>
  /[0-9a-f]/i.test(found) && (found.includes('::') || found.split(':').length === 8);
// Cloud-style host names that embed an address (ip-10-20-3-7) and Kubernetes pod names (api-7f9c8d6b5-x2x9z).
const embeddedIp = /\bip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.[\w.-]+)?\b/gi;
// A pod's two suffixes are its ReplicaSet's hash (5 to 10 characters of Kubernetes' alphabet, which has no vowels,
// or hex) and its own 5; one has a digit. Written with its namespace ("payments-prod/pay-api-7d9f8b-x2k4q") the
// namespace goes with it.
const podName =
  /\b(?:[a-z][a-z0-9-]*\/)?[a-z][a-z0-9-]*-(?=[a-z0-9]{0,9}\d|[a-z0-9]{5,10}-[a-z0-9]{0,4}\d)(?:[a-f0-9]{8,10}|[bcdfghjklmnpqrstvwxz2-9]{5,10})-[a-z0-9]{5}\b/g;
// Host names with an internal label anywhere (db-01.int.acme-corp.io, web-3.prod.example.net), with a port and a
// path when written as a link without its scheme (grafana.int.acme-corp.io/d/abc).
const internalSuffix =
  /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:internal|int|local|lan|corp|intra|intranet|private|svc|cluster\.local|prod|staging|stg|dev|consul|home\.arpa)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?(?:\/[^\s)\]>,;]*[^\s)\]>,;.])?/gi;
// An IPv6 address in brackets, with its port: [2001:db8::7]:443.
const bracketedIpv6 = /\[[0-9a-f:]*:[0-9a-f:]*\](?::\d{1,5})?/gi;
// Kubernetes references: svc/payments-gateway, deploy/api, namespace payments-prod, ns=payments-prod.
const kubeRef = /\b(?:svc|service|deploy|deployment|sts|statefulset|po|pod|ns)\/[a-z0-9][a-z0-9.-]*/gi;
const namespaceRef = /\b(?:namespace|ns)(?:=|:\s*|\s+)[a-z0-9]+(?:-[a-z0-9]+)+\b/gi;
// Machine names with a number in them: pay-api-3, k8s-prod-eu1, checkout-api-7f9c-1, db-01 (a lone "covid-19" or
// "utf-8" has one hyphen and no leading zero), and a database by its part: db-primary, orders-db-replica (never the
// English "read-replica" or "hot-standby").
const numberedHost = new RegExp(
  String.raw`\b(?!(?:read|hot|warm|cold|multi|single|new|old|non|semi)-)[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:primary|replica|master|leader|follower|standby)(?:-\d{1,4}[a-z]?)?\b|\b[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}\b(?<=\b[^\s]*\d[^\s]*)|\b[a-z][a-z0-9]*-\d{1,4}[a-z]?(?=\s+(?:host|server|node|pod|instance|replica)s?\b)|\b(?!(?:${standardsBeforeNumber})-)[a-z]{2,}-0\d{1,3}\b|\b(?:node|host|server|vm|instance|box|machine|worker|runner|broker)-\d{1,4}[a-z]?\b`,
  'g',
);
// A thread's name: its pool or runtime, "worker" or "thread", maybe a number (never a word such as "worker-thread").
const threadName =
  /(?:\b(the|a)\s+)?\b(?:[a-z][a-z0-9]*-)*(?:pool|runtime|blocking|tokio|rayon|thread)-(?:[a-z][a-z0-9]*-)*(?:worker|thread)(?:-\d{1,4})?\b(?=[^\n]{0,80}\bthreads?\b|-\d)/g;
// Names that say they are a service or a store: svc-auth, ledger-svc, pay-api, orders_db, ledger_svc.
const namedNodePool = /\b(?:(the)\s+|an?\s+)?node[- ]?pool\s+`?[a-z][a-z0-9-]*\d[a-z0-9-]*`?(?![\w-]|\.\w)/gi;
// A store named after its product ("redis-orders", "pg-ledger", "kafka-payments-2") is one of ours (trial 18c kept
// "redis-orders"); the product's own tools ("redis-cli", "kafka-topics") are not.
const storeProducts =
  'redis|kafka|pg|postgres|postgresql|mysql|mariadb|mongo|mongodb|elastic|elasticsearch|opensearch|rabbitmq|rabbit|memcached|etcd|nats|cassandra|clickhouse';
const serviceShaped = new RegExp(
  String.raw`\b(?:${storeProducts})-(?!(?:cli|server|client|benchmark|console|tools?|topics|dump|restore|sentinel|operator|exporter)\b)[a-z0-9]+(?:-[a-z0-9]+)*\b|\b(?:svc|srv)-[a-z0-9]+(?:-[a-z0-9]+)*\b|(?<![\w-])(?!(?:self|full|public|customer|civil|room|lip|web|micro)-service\b)[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:svc|srv|api|service|worker|db|gateway|gw)\b(?!-[a-z0-9])|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:svc|srv|api|service|worker|db|queue)(?:_[a-z0-9]+)*\b`,
  'g',
);
// A hyphenated name that its words say is a program: before "service", "worker", "job" ("the ledger-writer
// service"), after a deploy, rollback or restart ("Deploy search-indexer v9", "Rolled back search-indexer") or after
// such a noun ("the Rust worker pay-settler"). English compounds ("self-service", "real-time") are words.
const notCompound =
  '(?!(?:real|self|on|off|read|write|multi|non|pre|post|re|co|cross|end|long|short|high|low|full|third|well|built|in|out|up|down|follow|roll|hot|cold|warm|auto|e|x|opt|sign|log|set|check|time|run|stand|back|front|top|one|two|three|first|second|last|next|part|half|all|over|under|mid|semi|anti|non|sub|de)-)';
const programNoun =
  '(?:services?|workers?|daemons?|jobs?|consumers?|producers?|cron ?jobs?|deployments?|indexers?|sidecars?|agents?|controllers?|exporters?|schedulers?|proxies|proxy)';
const contextService = new RegExp(
  String.raw`(?<=\b(?:[Dd]eploy(?:ed|ing|s)?|[Rr]edeploy(?:ed|ing|s)?|[Rr]oll(?:ed|ing)? back|[Rr]olled out|[Rr]estart(?:ed|ing|s)?|[Ss]cal(?:ed|ing)(?: up| down)?|worker|daemon|consumer|service|[Ss]ervice|(?:[Dd]eploy(?:ment)?s?|[Rr]ollbacks?|[Rr]estarts?|[Rr]eleases?|[Rr]ollouts?) of)\s+)${notCompound}[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\p{L}\p{N}_.-])|\b${notCompound}[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?=\s+${programNoun}\b)`,
  'gu',
);
/**
 * The hyphenated names a text shows to be programs by their words ("the ledger-writer service", "Deploy
 * search-indexer v9") or their shape ("pay-api", "svc-auth"), as written.
 */
export function programNamesIn(text: string): string[] {
  const names = new Set<string>();
  // A numbered machine ("pay-api-3", "db-primary-03") is a host wherever it stands.
  for (const pattern of [contextService, serviceShaped])
    for (const [found] of text.matchAll(new RegExp(pattern.source, pattern.flags)))
      if (!shapedWords(found) && !/-\d{1,4}[a-z]?$/.test(found)) names.add(found);
  return [...names];
}

const hyphenName = '[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+';
const namesBeforePlural = new RegExp(
  String.raw`\b(${hyphenName}(?:,\s*${hyphenName})*,?\s+and\s+${hyphenName})\s+(services|apis|APIs|workers|jobs|databases|queues|clusters|hosts|pods|nodes)\b`,
  'g',
);
// Alert markers and label lists, which only an engineer reads: "[FIRING:2] ", "(pod=checkout-api-7f9c-1)".
const alertMarker = /\[(?:FIRING|RESOLVED)(?::\d+)?\]\s*/g;
// Chat channels (#inc-4211), PagerDuty incident numbers ([#4211]), pull requests (PR #881), tickets (OPS-4411).
// Not a typed link's own anchor (`[below](#timeline)`), which the reader's Markdown shows as its words.
const channel = /(?<![\w&/#]|\]\()#[a-z][a-z0-9_-]{1,79}\b/g;
// A channel with the words that already call it one: "the Slack channel #payments-oncall" is one channel.
const channelPhrase = new RegExp(
  `(?:\\b(?:(?:the|a|an|our)\\s+)?(?:slack\\s+)?channel\\s+|\\b(?:the|a|an|our)\\s+)?${channel.source}(?:\\s+channel\\b)?`,
  'gi',
);
/** What a public reader is told a channel is: the incident's own, the on-call team's, or a team's. */
function channelWords(name: string): string {
  if (/on-?call|alert|pag(?:e|ing|er)/i.test(name)) return 'an on-call channel';
  if (/^#(?:inc|incident|sev|outage|war-?room)(?:[-_]|$)/i.test(name)) return 'the incident channel';
  if (/team|squad|guild|sre|ops|eng|dev/i.test(name)) return 'a team channel';
  return 'a chat channel';
}
const incidentNumber = /\s*\[#\d+\]/g;
const loginTarget = /\b(ssh|scp|sftp|rsync|mosh|telnet)\s+[\w.-]+@[\w.-]*[\w-]/gi;
// "ledger-writer#882": an issue in a repository named without its owner.
const repositoryIssue = /(?<![\w./#-])[a-z][\w.]*-[\w.-]*#\d+\b/g;
const namedObject =
  /(?:\b(?:the|a|an)\s+)?\b(secret|role|service\s?account|serviceaccount|config\s?map|configmap|cluster\s?role|role\s?binding|certificate|ingress|persistent volume claim|pvc)\s+(?=[a-z0-9.-]*-)[a-z0-9][a-z0-9.-]*[a-z0-9]\b/gi;
const teamMention =
  /(?<![\w.@])@+(?=(?:the on-call|another|a|a (?:third|fourth|fifth|sixth|seventh|eighth|ninth|further)) team\b)/g;
// "PR #412", "GitHub PR corp/ledger#412", "merge request group/repo!7", "corp/ledger#412": a repository's name is
// internal, and the tool's name before it says nothing more (trial 12c C-17).
const pullRequest =
  /(?:\b(?:GitHub|GitLab|Bitbucket|Gitea)\s+)?(?:\b(?:PR|MR|pull request|merge request)\s*(?:[\w.-]+\/[\w.-]+)?[#!]\d+\b|(?<![\w./-])[\w.-]+\/[\w.-]+#\d+\b|(?<=\b(?:merged|merging|reverted|reverting|merge|revert)\s)!\d+\b)/gi;
const ownedPullRequest = new RegExp(
  // The owner is no "PR" itself: "PR corp/infra#1893" is one pull request (trial 21 read "a PR pull request").
  `(?:\\b(the|a|an|our|their|its|this|that)\\s+)?(?:\\b(?!(?:PR|MR)\\b)(\\p{L}+)\\s+)?(${pullRequest.source})`,
  'giu',
);
// "JIRA ticket OPS-1234", "Jira issue OPS-1234", "ticket OPS-1234", "OPS-1234", a key with a sub-project ("OPS-RB-12",
// trial 18e): the tracker's name goes with it.
// Standards and methods written the same way are not tickets: "RFC-3339", "the DNS-01 challenge" (trial 18d).
const ticket = new RegExp(
  String.raw`(?:\b(?:JIRA|Jira|Linear|YouTrack)\s+)?(?:\b(?:[Tt]ickets?|[Ii]ssues?)\s+)?\b(?!(?:${standardsBeforeNumber})-)[A-Z][A-Z0-9]{1,9}(?:-[A-Z][A-Z0-9]{0,9})*-\d{1,7}\b`,
  'g',
);
const flagName = /\b((?:[Ff]eature[- ])?[Ff]lags?)\s+`?[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+`?(?![\w-])/g;
// The name before the word ("enabled the redis-cluster-mode flag"): the flag, not "one internal service flag" (trial 22).
const flagNamedBefore =
  /(?:\b([Tt]he|[Aa]n?|[Oo]ur)\s+)?(?<![\w-])`?[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+`?\s+((?:[Ff]eature[- ])?[Ff]lags?)\b/g;
// An id of capitals and digits, eight or more, with at least two of each: keys, accounts, tokens.
const opaque = String.raw`(?=(?:[A-Z0-9]*\d){2})(?=(?:[A-Z0-9]*[A-Z]){2})[A-Z0-9]{8,}`;
const idAside = new RegExp(String.raw`\s*\((?:[\w.-]+\s+)?(?:ID|[Ii]d)\s+${opaque}\)`, 'g');
const opaqueId = new RegExp(
  String.raw`(\b(?:key|token|account|secret|certificate|cert|tenant|project|subscription|instance)\s+(?:(?:ID|[Ii]d)\s+)?)?\b${opaque}\b`,
  'g',
);
const changeTicket = new RegExp(
  String.raw`\b(?:((?:reverted|rolled back|undid|undoing|reverting|revert|roll back)\s+)(?:the\s+)?|(\bchanges?)\s+)(?:${ticket.source})`,
  'g',
);
const arn = /\barn:aws[\w-]*:[^\s,;)]+/g;
// Paging and team labels: payments-oncall, checkout-sre, platform-team.
const teamLabel =
  /\b[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:oncall|on-call|sre|team|squad|ops|rota|guild)\b|\b(?:team|sre|oncall)-[a-z0-9]+(?:-[a-z0-9]+)*\b/g;
// "payments-prod", "checkout-staging", and a cluster or context named environment first ("prod-eu1", "staging-2");
// English compounds ("prod-like", "dev-friendly", "pre-production") are no names.
const environmentName =
  /(?<![\p{L}\p{N}_.@/-])(?:(?!(?:pre|non)-)[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:prod|production|staging|stg|dev|qa)|(?:prod|production|staging|stg|qa)(?:-(?!(?:like|ready|grade|only|friendly|facing|parity|safe|ish|sized|size|scale|scaled|level|quality|strength|shaped|class|wide|critical|bound|traffic|data|load|volume)\b)[a-z0-9]+)+)(?![\p{L}\p{N}_-])/u;
// Not a path's last part ("tokio::task::spawn_blocking" is one name, said whole; trial 24 read "an internal
// function internal function").
const snakeCall = /(?<![\p{L}\p{N}_.@/$:-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+\([^()\n]{0,60}\)/gu;
// Not the head of a Rust path ("hsm_client::sign" is one function, said whole by the public code words; trial 29
// read "An internal internal function").
const snakeName =
  /(?<![\p{L}\p{N}_.@/$:-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:=[^\s,;)"'`‘’“”]*[^\s,;)"'`‘’“”.:!?])?(?![\p{L}\p{N}_(-])(?!\.[\p{L}\p{N}_])(?!::)/u;
const snakeNotAlert = `(?<!\\balerts?\\s+)(?:${snakeName.source})(?!\\s+(?:alerts?|fired|was firing|paged)\\b)`;
// A store product's own tool ("redis-cli", as serviceShaped leaves it) is no tool of ours.
const ownTool = new RegExp(
  String.raw`(?<![\w.@/-])((?:the|an?)\s+)?(?!(?:${storeProducts}|psql|aws|gcloud|az)-)[a-z][a-z0-9]*(?:-[a-z0-9]+)*-(?:cli|ctl|tool|tools|bot)(?![\w-])`,
  'gi',
);
const wholeOwnTool = new RegExp(`^(?:${ownTool.source})$`, 'i');
const isOwnTool = (name: string) => wholeOwnTool.test(name) && !isProductName(name);
// The word after a changed setting's value and "in": the program it was changed in. Not an environment, a file's
// name (said by the steps for files), or an everyday phrase ("in place", "in time", "in total").
const settingPlace =
  /(\b(?:[Ss]et|[Ss]ets|[Rr]aised|[Ll]owered|[Bb]umped|[Cc]hanged|[Ii]ncreased|[Dd]ecreased|[Rr]educed|[Cc]apped|[Tt]uned)\b(?:[^.;\n]|\.(?=\S)){0,80}?(?:=\s*|\bto\s+|\bof\s+)\d[\w.%]*\s+in\s+)(?!(?:prod|production|staging|stage|dev|development|test|testing|qa|canary|preprod|sandbox|place|time|total|parallel|practice|memory|seconds?|minutes?|hours?|response|turn|advance|flight|error|config|configuration|code|all|every|each|both|one|two|three|the|a|an|our|their|its|this|that|these|those)\b)[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/gu;
const relativeMarkdownLink = /!?\[([^\]\n]*)\]\(\s*\/[^)\s]*(?:\s+"[^"]*")?\s*\)/g;
const relativePath = /(?<![\w.:/-])\/(?:api|#)\/[^\s)\]>,;]*[^\s)\]>,;.]/g;

const isNameList = (value: InternalNames | readonly string[]): value is readonly string[] =>
  Array.isArray(value);
// An identifier rather than a word: a hyphen, underscore, dot, slash or digit, or an inner capital (HighErrorRate).
const isIdentifier = (name: string) => /[-_./\d]/.test(name) || /\p{Ll}\p{Lu}/u.test(name);

const serviceNouns =
  'brokers|broker|replicas|replica|services|service|apis|api|clusters|cluster|databases|database|db|servers|server|pods|pod|deployments|deployment|namespaces|namespace|queues|queue|workers|worker|jobs|job|apps|app|application|backend|frontend|gateway|hosts|host|nodes|node|instances|instance|buckets|bucket|teams|team';
// What may stand before a name and stays: articles are replaced, but "every", "each", "an engineer's" are kept.
const determiner = String.raw`the|a|an|our|their|this|that|its|every|each|any|no|some|[\p{L}]+['’]s`;

/**
 * Replaces `core` as a noun phrase: a determiner and a noun before it ("the namespace payments-prod") and a noun
 * after it ("the pay-api service") are taken in, so the sentence still reads ("The internal service on an
 * internal host", "every internal pod", "an engineer's internal service", never "The an internal service
 * service"). Plural nouns keep their number. `phrase` may choose the words (numbered teams).
 */
function phraseReplacer(
  core: string,
  noun: string,
  count: () => void,
  adjective = 'internal',
  words?: (found: string, head: string, alone: boolean, before: string, after: string) => string | undefined,
): (text: string) => string {
  const pattern = new RegExp(
    // A noun or determiner before the name is a word of its own, not the end of an identifier ("pay-api
    // payments-prod" has no noun "api" before "payments-prod").
    `(?:(?<![\\p{L}\\p{N}_.-])(${determiner})\\s+)?(?:(?<![\\p{L}\\p{N}_.-])(${serviceNouns})\\s+)?(${core})(?:\\s+(${serviceNouns})\\b)?`,
    'giu',
  );
  return (text) =>
    text.replace(pattern, (...args) => {
      const [found, det, before, name, after] = args as [
        string,
        string | undefined,
        string | undefined,
        string,
        string | undefined,
      ];
      const index = args.at(-2) as number;
      count();
      const head = (after ?? before ?? noun).toLowerCase();
      const own = words?.(
        name,
        head,
        after === undefined && before === undefined,
        text.slice(0, index),
        text.slice(index + found.length),
      );
      const plural = /s$/.test(head) && head !== 'status';
      const keeps = det !== undefined && !/^(?:an?|the)$/i.test(det);
      let phrase: string;
      if (own)
        phrase = keeps
          ? `${det} ${own.replace(/^(?:the|an?|one|another|a third|a fourth|a fifth) /, '')}`
          : det && /^the$/i.test(det) && /^an? internal /.test(own)
            ? own.replace(/^an? /, 'the ')
            : own;
      else {
        const indefinite = /^[aeiou]/i.test(adjective || head) ? 'an' : 'a';
        const article = keeps
          ? det
          : det && /^the$/i.test(det)
            ? det
            : plural
              ? ''
              : adjective
                ? indefinite
                : 'the';
        phrase = [article, adjective, head].filter(Boolean).join(' ');
      }
      const out = fitToPosition(text, index, phrase);
      // A capital opening the sentence stays a capital, whether it was on the determiner or on the name.
      return /^\p{Lu}/u.test(found) && !/^\p{Lu}/u.test(out) && det
        ? out.charAt(0).toUpperCase() + out.slice(1)
        : out;
    });
}

const placeholder =
  '(?:an?|another|one|the) internal (?:address range|network interface|security group|storage location|[a-z]+)';
const alertLabels = new RegExp(
  String.raw`\b([Aa]n alert)\s+(${placeholder})(?:\s+(?:production|staging|prod|${placeholder})|\s+\((?:${placeholder})\))*(?![\p{L}\p{N}'’])`,
  'gu',
);

/** An environment by the end of its name: "payments-prod" is production, "checkout-staging" staging. */
function environmentWords(name: string): string | undefined {
  if (/-(?:prod|production)$/i.test(name)) return 'production';
  if (/-(?:staging|stg)$/i.test(name)) return 'staging';
  if (/-qa$/i.test(name)) return 'a test environment';
  if (/-dev$/i.test(name)) return 'a development environment';
  return undefined;
}

/** What a service-shaped name is, by its ending: "orders_db" is a database, "events_queue" a queue. */
function shapedWords(name: string): string | undefined {
  if (/[-_]db$/.test(name)) return 'an internal database';
  if (/[-_]queue$/.test(name)) return 'an internal queue';
  return undefined;
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth'];

/**
 * Words for each distinct thing of one kind in one text, so two never read as one: with two or more named, "one
 * internal service" calls "another internal service", and later "the first internal service" and "the other
 * internal service" (a third is "a third internal service", then "the third internal service"). With one, the
 * redactor's own words ("an internal service"). `start` reads the text's names, in the order a reader meets them,
 * before any is replaced; `heads` are the nouns a name may be said with, and `noun` the word said for each.
 */
function distinctNamer(
  patterns: () => RegExp[],
  heads: RegExp,
  noun: (head: string) => string,
  key: (name: string) => string = (name) => name.toLowerCase(),
  // Names another namer counts ("pg-orders-03" is a machine, though a store's prefix makes it look a service).
  other: (name: string) => boolean = () => false,
): {
  start: (text: string) => void;
  words: (name: string, head: string) => string | undefined;
} {
  let distinct: string[] = [];
  const said = new Set<string>();
  return {
    start(text) {
      said.clear();
      const found = patterns()
        .flatMap((pattern) => [...text.matchAll(pattern)])
        // A name right after "://" is a link's host, which the link's own words say.
        .filter((m) => !shapedWords(m[0]) && !other(m[0]) && !text.slice(0, m.index).endsWith('://'))
        .map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name: key(m[0]) }))
        .sort((a, b) => a.at - b.at || b.end - a.end);
      // A name inside a longer one ("db-01" in "db-01.int.acme.io") is the same thing.
      let reach = -1;
      const names: string[] = [];
      for (const f of found) {
        if (f.at < reach) continue;
        reach = f.end;
        names.push(f.name);
      }
      distinct = [...new Set(names)];
    },
    words(name, head) {
      const n = distinct.indexOf(key(name));
      if (distinct.length < 2 || n < 0 || !heads.test(head)) return undefined;
      const said_ = noun(head);
      const again = said.has(key(name));
      said.add(key(name));
      if (!again)
        return n === 0
          ? `one internal ${said_}`
          : n === 1
            ? `another internal ${said_}`
            : `a ${ordinals[n] ?? 'further'} internal ${said_}`;
      if (n === 1 && distinct.length === 2) return `the other internal ${said_}`;
      return `the ${ordinals[n] ?? 'last'} internal ${said_}`;
    },
  };
}

// A machine is counted among the hosts, not the services: "pg-orders-02 promoted pg-orders-03 … checkout-api
// returned 500s" has one service (trial 29 read "a third internal service").
const wholeMachineNames = [numberedHost, internalSuffix, embeddedIp].map(
  (pattern) => new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace('g', '')),
);
const isMachineName = (name: string) => wholeMachineNames.some((pattern) => pattern.test(name));
const serviceNamer = (patterns: () => RegExp[]) =>
  distinctNamer(
    patterns,
    /^(?:service|api|app|application|backend|worker)$/,
    () => 'service',
    undefined,
    isMachineName,
  );
// A host by its address or number, its port and path aside.
const hostNamer = () =>
  distinctNamer(
    () => [embeddedIp, internalSuffix, numberedHost],
    /^(?:host|server|node|database|db|instance|machine|broker|replica|vm)$/,
    (head) => head,
    // "db-01.int.acme.io" and "db-01" are one machine, written in full and short.
    (name) => name.toLowerCase().replace(/[.:/].*$/, ''),
  );

/**
 * What a setting from code is to a reader: the glossary's everyday term for it ("max_conns" is "the connection
 * limit"), a limit by its name ("max_retries", "queue_limit" is "a configured limit"), else undefined (the caller's
 * "an internal setting").
 */
// A library's own function the glossary explains ("spawn_blocking") is no code of ours: it keeps its name, and the
// report explains it where it explains words (trial 29 read "Move HSM signing to an internal function").
const libraryFunction = (name: string) => {
  const known = findGlossaryTerm(name);
  return known && known.kind !== 'incident-management' && /^[\w:.]+$/.test(known.term)
    ? known.term
    : undefined;
};
const afterProductOrNot = (before: string, words: string | undefined) =>
  words === undefined ? undefined : afterProduct(before, words);

function settingWords(found: string): string | undefined {
  // A setting with its value ("pool_size=5") is a setting, whatever it sets.
  if (found.includes('=')) return undefined;
  const name = found;
  const words = glossaryWordsFor(name);
  if (words) return words;
  if (/^(?:max|min)_|_(?:max|min|limit|cap)$/.test(name)) return 'a configured limit';
  return undefined;
}

/**
 * A redactor for the public audience. Internal addresses, host names, links, pod, cluster and team labels,
 * channels, tickets, alert names and service names become neutral noun phrases ("an internal host", "an alert",
 * "the incident channel"), by their shape or because the incident names them. A service named by an everyday word
 * ("payments", "search") is left alone in prose, where it is the English word, and replaced only where it stands
 * as an identifier (in backticks, `ns=payments`, `namespace payments`). Commit notes, alert markers and label
 * lists are dropped. Distinct teams stay distinct ("the on-call team", "another team").
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
  // A tool of ours the incident lists among its services ("recon-cli") is said as a tool, by the step for tools.
  const identifierServices = services.filter((n) => isIdentifier(n) && !isOwnTool(n));
  const wordServices = services.filter((n) => !isIdentifier(n));
  const alerts = clean(names.alerts).filter(isIdentifier);
  // A team of several words ("Team Falcon", "ledger squad") is a name as written, whatever its shape; a team of one
  // plain word ("payments") is also the English word, left alone in prose.
  const teams = clean(names.teams).filter((n) => isIdentifier(n) || /\s/.test(n));
  const { words: team, reset: newText } = teamWords(teams);
  // Services named in the text, whether the incident lists them or their shape says so (serviceShaped).
  const hosts = hostNamer();
  const namer = serviceNamer(() => [
    ...(identifierServices.length > 0 ? [new RegExp(bound(identifierServices), 'giu')] : []),
    new RegExp(serviceShaped.source, 'g'),
    new RegExp(contextService.source, 'gu'),
  ]);
  const simple =
    (pattern: RegExp, words: string, counter: () => void) =>
    (text: string): string =>
      text.replace(pattern, (_found, index: number) => {
        counter();
        return fitToPosition(text, index, words);
      });

  const steps: Array<(text: string) => string> = [
    (text) =>
      text.replace(
        flagNamedBefore,
        (_found, det: string | undefined, flag: string) =>
          `${det === undefined || /^an?$/i.test(det) ? (det?.startsWith('A') ? 'An' : 'an') : det} internal ${flag}`,
      ),
    // "node pool np-orders-v2" is an internal node pool, not "node pool an internal host" (trial 18c).
    (text) =>
      text.replace(namedNodePool, (_found, the: string | undefined, index: number) => {
        host();
        return fitToPosition(text, index, `${the ? 'the' : 'an'} internal node pool`);
      }),
    // "The pay-api, ledger-api and auth-api services": a list of names before their plural noun is a number of them.
    (text) =>
      text.replace(namesBeforePlural, (found, list: string, noun: string, index: number) => {
        const n = list.split(/,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean).length;
        const count = ['two', 'three', 'four', 'five', 'six'][n - 2];
        if (!count) return found;
        service();
        return fitToPosition(text, index, `${count} internal ${noun.toLowerCase()}`);
      }),
    (text) =>
      text
        .replace(commitNote, '')
        .replace(alertMarker, '')
        .replace(labelList, '')
        .replace(labelSet, '')
        .replace(incidentNumber, ''),
    // Storage locations, cloud ids and shell commands go whole, before their parts could read as hosts.
    cloudNamesInProse(host),
    // Links to internal places, typed or bare: one definition of an internal link (public-links.ts), which the
    // public view also applies before it reads names.
    (text) => publicLinks(text, host),
    // A team's mailbox names no person (see isRoleMailbox): one customers write to (support@, billing@) is public
    // and stays; an internal one (oncall@, sre-alerts@, no-reply@) is "an internal mailbox".
    // "ssh ops@bastion-1.corp.example": a login to a machine, not a mailbox.
    (text) =>
      text.replace(loginTarget, (_found, tool: string, index: number) => {
        host();
        return `${tool} ${fitToPosition(text, index + tool.length + 1, 'an internal host')}`;
      }),
    (text) =>
      text.replace(email, (found, index: number) => {
        if (!isRoleMailbox(found) || isPublicMailbox(found)) return found;
        host();
        return fitToPosition(text, index, 'an internal mailbox');
      }),
    // A link relative to where the text was written (`[the PDF](/api/incidents/…)`, `/#/incidents/…`) points into the
    // internal debrief server: the words stay, the link goes; a bare one is "an internal link".
    (text) => text.replace(relativeMarkdownLink, '$1'),
    (text) =>
      text.replace(relativePath, (_found, index: number) => {
        host();
        return fitToPosition(text, index, 'an internal link');
      }),
    phraseReplacer(arn.source, 'resource', host),
    // Files by their kind ("config/ledger.yaml" is a configuration file), before their parts read as services.
    filePathsInProse(service),
    // A topic, queue or bucket by its name ("the Kafka topic payments.events.v2"): an internal one, its kind kept.
    (text) =>
      namedStores(text, (whole, index, words) => {
        service();
        return fitToPosition(whole, index, words);
      }),
    // A pod with its namespace ("payments-prod/pay-api-7d9f8b-x2k4q") goes whole, before the namespace reads as a name.
    phraseReplacer(podName.source, 'host', host),
    // Regions before host and service names: "checkout-api-prod-eu-west" goes whole, leaving no "-prod-eu-west".
    regionNamesInProse(host),
    pagerdutyIdsInProse(service),
    // A tool's pull request keeps the tool ("Terraform PR #412" is "a Terraform pull request", trial 18d read
    // "Terraform a pull request").
    (text) =>
      text.replace(
        ownedPullRequest,
        (found, det: string | undefined, owner: string | undefined, pr: string, index: number) => {
          service();
          if (owner !== undefined && (isProductName(owner) || findGlossaryTerm(owner) !== undefined))
            return fitToPosition(text, index, `${det ?? 'a'} ${owner} pull request`);
          // "the PR #5" keeps the writer's article: "the pull request", not "the a pull request".
          if (det !== undefined && owner === undefined) return `${det} pull request`;
          const at = index + found.length - pr.length;
          return `${found.slice(0, found.length - pr.length)}${fitToPosition(text, at, 'a pull request')}`;
        },
      ),
    simple(repositoryIssue, 'an internal ticket', service),
    // Kubernetes and cloud objects by their kind: "the secret ledger-db-creds", "the role ledger-writer-sa".
    (text) =>
      text.replace(namedObject, (_found, kind: string, index: number) => {
        service();
        return fitToPosition(text, index, `an internal ${kind.toLowerCase().replace(/\s+/g, ' ')}`);
      }),
    // A feature flag's name is ours ("LaunchDarkly flag ios-live-activities" is the LaunchDarkly flag), and so is
    // an opaque id (a key's "7XK2Q9ABCD"): gone after what it identifies, else "an internal id" (trial 18f F15).
    (text) => text.replace(flagName, '$1'),
    (text) => text.replace(idAside, ''),
    (text) =>
      text.replace(opaqueId, (_found, before: string | undefined, index: number) => {
        service();
        return before ? before.trimEnd() : fitToPosition(text, index, 'an internal id');
      }),
    // A change named by its ticket is the change: "reverted FW-2291" is "reverted the change", "firewall change
    // FW-2291" the firewall change (trial 18f read "reverted an internal ticket").
    (text) =>
      text.replace(changeTicket, (_found, verb: string | undefined, kind: string | undefined) => {
        service();
        return verb ? `${verb.trimEnd()} the change` : (kind as string);
      }),
    simple(ticket, 'an internal ticket', service),
    (text) =>
      text.replace(bracketedIpv6, (found, index: number) => {
        if (!isIpv6(found.replace(/^\[|\](?::\d+)?$/g, ''))) return found;
        counts.ips++;
        return fitToPosition(text, index, 'an internal address');
      }),
    // Hosts are told apart among those left once regions, links and commands are said (trial 28 read a region's
    // name as a second host).
    (text) => {
      hosts.start(text);
      return text;
    },
    phraseReplacer(embeddedIp.source, 'host', host, 'internal', hosts.words),
    phraseReplacer(internalSuffix.source, 'host', host, 'internal', hosts.words),
    // A command's cluster flags name internal clusters: "kubectl --context prod-eu1 scale …" loses the flag.
    (text) =>
      text.replace(/\s--(?:context|cluster|kubeconfig)(?:=|\s+)[^\s,;)]+/g, () => {
        host();
        return '';
      }),
    shellCommandsInProse(host),
    endpointPathsInProse(host),
    // Names that carry an environment ("the payments-prod cluster", "checkout-staging") are internal as a whole; one
    // named environment first ("prod-east-2", "staging-eu1") is a cluster or a context.
    // After "to" or "in", a name that ends in its environment is where something ran: "deployed to payments-prod"
    // is "deployed to production".
    phraseReplacer(environmentName.source, 'service', service, 'internal', (name, _head, alone, before) =>
      /^(?:prod|production|staging|stg|qa)-/i.test(name)
        ? 'an internal cluster'
        : alone && /\b(?:to|in|into|on|from|across)\s+$/i.test(before)
          ? environmentWords(name)
          : undefined,
    ),
    // A function as its code declares it (`async fn fetch_rates`) is that function, called: `fetch_rates()`.
    declaredFunctions,
    // A call from code ("flush_all()", "settle_batch(ctx)") is a function, its arguments with it.
    (text) =>
      text.replace(snakeCall, (_found, index: number) => {
        service();
        return fitToPosition(text, index, 'an internal function');
      }),
    // Configuration keys and other snake_case names from code ("max_conns", "pool_size=5") are settings to a reader;
    // a name that starts with a verb ("spawn_blocking", "get_balance") is a function, and a function is no setting.
    // A data pipeline's part named after its kind ("the Airflow DAG dbt_revenue_hourly") is that part.
    withoutNamesAfterKinds,
    // A snake_case name beside the word "alert" is the alert's name, said as an alert below (trial 27 F17 read "an
    // internal setting alert").
    phraseReplacer(snakeNotAlert, 'setting', service, 'internal', (name, _head, _alone, before, after) =>
      isFunctionName(name)
        ? (libraryFunction(name) ?? 'an internal function')
        : afterProductOrNot(
            before,
            namedByShape(name, before, after) ?? shapedWords(name) ?? settingWords(name),
          ),
    ),
    simple(kubeRef, 'an internal service', service),
    simple(namespaceRef, 'an internal namespace', service),
    // Kubernetes' own namespaces are one system namespace to a reader: "pods in kube-system" (trial 12e E-6).
    phraseReplacer(
      'kube-(?:system|public|node-lease)',
      'namespace',
      service,
      'internal',
      () => "the cluster's system namespace",
    ),
    // A service whose name is also a word ("payments") is an identifier where it names a namespace.
    ...(wordServices.length > 0
      ? [phraseReplacer(`(?:${bound(wordServices)})(?=\\s+namespaces?\\b)`, 'namespace', service)]
      : []),
  ];
  // Alert names in a sentence ("the HighErrorRate and KubePodCrashLooping alerts"), and teams by a team-like noun.
  const alertWords = alertNamer();
  steps.push(alertNamesInProse(alerts, service, alertWords), groupNamesInProse(service, team));
  if (alerts.length > 0) {
    // An alert's name is internal; what it watched is said by the text after it ("… firing: 5xx above 5%").
    const alertPhrase = new RegExp(
      `(?:\\b(?:the|an?)\\s+)?(\\balert\\s+)?(${bound(alerts)})(?:\\s*\\([^()]*\\))?(\\s+alert\\b)?`,
      'giu',
    );
    steps.push((text) =>
      text.replace(alertPhrase, (...args) => {
        const [found, before, name, after] = args as [string, string | undefined, string, string | undefined];
        const index = args.at(-2) as number;
        service();
        // A line that opens with the alert's name and goes on to say what it measured ("CheckoutErrorRate above
        // 5% for 5m") reads best with the name in words; elsewhere ("PayApiHighErrorRate paged …") the name is
        // only an internal label, and "an alert" says it all.
        const rest = text.slice(index + found.length);
        if (
          index === 0 &&
          !before &&
          !after &&
          /^ (?:above|below|over|under|exceeded|exceeds|at|is|was|high|low|for|[<>≥≤\d])/u.test(rest)
        ) {
          const words = alertNameWords(name);
          return words.charAt(0).toUpperCase() + words.slice(1);
        }
        return fitToPosition(text, index, alertWords.one(name));
      }),
    );
  }
  // Channels before team labels: "#checkout-oncall" is where people talk, not who is paged.
  steps.push((text) =>
    text.replace(channelPhrase, (found: string, index: number) => {
      service();
      return fitToPosition(text, index, channelWords(/#[\w-]+/.exec(found)?.[0] ?? ''));
    }),
  );
  // A team a page went to ("PagerDuty paged team sre-platform") is on call.
  const paged = (before: string) => /\bpag(?:e|es|ed|ing)\s+$/i.test(before);
  const teamPhrase = (name: string, _head: string, _alone: boolean, before: string) =>
    team(name, true, paged(before));
  if (teams.length > 0) steps.push(phraseReplacer(bound(teams), 'team', service, '', teamPhrase));
  steps.push(phraseReplacer(teamLabel.source, 'team', service, '', teamPhrase));
  // A Slack group mention ("@payments-oncall", "@@payments-oncall" as some exports write it) is the team, no "@".
  steps.push((text) => text.replace(teamMention, ''));
  if (identifierServices.length > 0)
    steps.push(phraseReplacer(bound(identifierServices), 'service', service, 'internal', namer.words));
  if (wordServices.length > 0) {
    const words = wordServices.map(escapeRegExp).join('|');
    const asIdentifier = new RegExp(
      `\`(?:${words})\`|\\b(namespace|ns|service|svc|app|deployment|job)(?:=|:\\s*|\\s+)(?:${words})(?![\\p{L}\\p{N}_-])`,
      'giu',
    );
    // Written as a name, a word service is the service: capitalised inside a sentence ("in Lighthouse (our
    // certificate tool)"), or opening one with what it is after it ("Beacon, the status page bot"), or after a
    // deploy or rollback ("Deploy lighthouse v2.8.0"). Trial 30 published all three.
    const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
    const asName = new RegExp(
      `(?<![.!?:]\\s|^|\\n|[\\p{L}\\p{N}_-])(?:${wordServices.map((w) => escapeRegExp(capital(w))).join('|')})(?![\\p{L}\\p{N}_-])|(?:^|(?<=[.!?]\\s+|\\n))(?:${wordServices.map((w) => escapeRegExp(capital(w))).join('|')})(?=,\\s+(?:our|the|an?)\\s|\\s+\\((?:our|the|an?)\\s)|(?<=\\b(?:[Dd]eploy(?:ed|ing|s)?|[Rr]edeploy(?:ed|s)?|[Rr]olled back|[Rr]oll(?:ing)? back|[Rr]estart(?:ed|ing|s)?)\\s+)(?:${words})(?![\\p{L}\\p{N}_-])`,
      'gu',
    );
    steps.push((text) =>
      text.replace(asName, (_found, index: number) => {
        service();
        return fitToPosition(text, index, 'an internal service');
      }),
    );
    const kindOf: Record<string, string> = { ns: 'namespace', svc: 'service' };
    steps.push((text) =>
      text.replace(asIdentifier, (_found, keyword: string | undefined, index: number) => {
        service();
        const noun = keyword ? (kindOf[keyword.toLowerCase()] ?? keyword.toLowerCase()) : 'service';
        return fitToPosition(text, index, `an internal ${noun}`);
      }),
    );
  }
  // A thread named by its pool or runtime ("pool-worker-3", "tokio-runtime-worker-2", "blocking-thread-7") is a
  // worker thread of a program, not a machine (trial 12g G-4: "an internal host panics and the thread is lost").
  steps.push((text) =>
    text.replace(threadName, (_found, det: string | undefined, index: number) => {
      host();
      return fitToPosition(text, index, det && /^the$/i.test(det) ? 'the worker thread' : 'a worker thread');
    }),
  );
  // Our own command-line tools ("recon-cli", "ledgerctl-tool"; trial 28 F3 printed one to the public): a tool the
  // public knows (redis-cli, a product) stays.
  steps.push((text) =>
    text.replace(ownTool, (found, det: string | undefined, index: number) => {
      const name = found.slice(det?.length ?? 0).trim();
      if (isProductName(name) || findGlossaryTerm(name) !== undefined) return found;
      service();
      return fitToPosition(text, index, det && /^the/i.test(det) ? 'the internal tool' : 'an internal tool');
    }),
  );
  // Where a setting was changed: "set max_inflight_requests=200 in tessera" names the program that holds it, even
  // when its name is an English word (trial 29 published "in tessera").
  steps.push((text) =>
    // Read forward from the verb (a look back of 80 characters at every word would cost the redactor's every text).
    text.replace(settingPlace, (_found, before: string, index: number) => {
      service();
      return before + fitToPosition(text, index + before.length, 'an internal service');
    }),
  );
  // Numbered machines first: "pay-api-3" is a host, not the "pay-api" service.
  steps.push(phraseReplacer(numberedHost.source, 'host', host, 'internal', hosts.words));
  steps.push(
    phraseReplacer(
      serviceShaped.source,
      'service',
      service,
      'internal',
      (name, head) => shapedWords(name) ?? namer.words(name, head),
    ),
  );
  steps.push(
    phraseReplacer(
      contextService.source,
      'service',
      service,
      'internal',
      (name, head) => shapedWords(name) ?? namer.words(name, head),
    ),
  );
  steps.push((text) => {
    const out = text.replace(ipv4, (found, index: number) => {
      counts.ips++;
      return fitToPosition(
        text,
        index,
        found.includes('/') ? 'an internal address range' : 'an internal address',
      );
    });
    return out.replace(ipv6, (found, index: number) => {
      if (!isIpv6(found)) return found;
      counts.ips++;
      return fitToPosition(out, index, 'an internal address');
    });
  });
  // Last, the words around each replacement made to fit ("The Rust an internal service sidecar" reads "The Rust
  // internal sidecar").
  // An alert's title names its labels after it, with no word between ("HighErrorRate pay-api payments-prod
  // (pay-api-3…)"): redacted, what it watched is the first of them, "an alert on an internal service".
  steps.push((text) =>
    text.replace(alertLabels, (_found, alert: string, first: string) => `${alert} on ${first}`),
  );
  // A link's scheme stays when its host is replaced ("redis://an internal host"): the scheme goes with it.
  steps.push((text) =>
    text.replace(
      /\b[a-z][a-z0-9+.-]*:\/\/(an?|the|another)(?= internal )/gi,
      (_found, article: string, index: number) => fitToPosition(text, index, article),
    ),
  );
  steps.push(teamsInOrder);
  steps.push(fitReplacements);
  // "An internal service ledger-writer" said twice over is "An internal service" (trial 12c C-11).
  steps.push((text) => text.replace(/\binternal (?:(?:an?|the) )?internal\b/g, 'internal'));
  // A host with its address in brackets ("db-2.prod.internal (10.20.30.40)") is one machine: said once (trial 12e E-16).
  steps.push((text) =>
    text.replace(
      /(\b(?:an?|the) internal (?:host|server|node|database|instance|machine))\s+\((?:an?|the) internal address\)/gi,
      '$1',
    ),
  );
  steps.push(samePlaceholdersCounted);
  steps.push(loneNumbering);
  const redact = (text: string): string => {
    newText();
    alertWords.start();
    // An alert's query is for engineers; said in parts it would leave half of it (trial 30).
    const plain = withoutQueries(text);
    namer.start(plain);
    let out = plain;
    for (const step of steps) out = step(out);
    return out;
  };
  return { redact, counts };
}
