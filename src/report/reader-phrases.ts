import { isProductName } from '../language/index.js';
import { findGlossaryTerm } from '../playbook/index.js';
import { plainDate } from './plain-dates.js';
import { sentenceStart } from './redact-grammar.js';

// Engineers' shorthand that a reader outside engineering cannot look up, said in words: a chat channel's name
// ("#inc-checkout" is "the incident channel"), an alert rule's hold clause ("for: 5m" is "for 5 minutes").

const units: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
// "m", "min", "minutes": the unit by its first letter (a `for:` clause written out, "for: 10 minutes", is one too).
const inWords = (count: string, unit: string) =>
  `${Number(count)} ${units[unit.charAt(0).toLowerCase()] ?? unit}${Number(count) === 1 ? '' : 's'}`;
/** A `for:` clause's unit: Prometheus's letter or the word written out. */
const holdUnit = '(s|m|h|d|secs?|seconds?|mins?|minutes?|hours?|days?)';

// "#inc-checkout", "the #inc-checkout channel": a name after "#", not a number (#4521), not C#, a URL fragment
// or an HTML entity.
const channel =
  /(?:\bthe\s+)?(?<![\p{L}\p{N}_&#/]|\]\()#([\p{L}][\p{L}\p{N}_-]*[\p{L}\p{N}])(?:\s+(?:Slack\s+)?channel\b)?/giu;
// An alert rule's `for:` clause, in backticks (named as what it is) or bare ("p95 > 2s for: 5m").
const quotedHold = new RegExp(String.raw`\x60for:\s*(\d+)\s*${holdUnit}\x60`, 'gi');
// A change of it ("cut for: 10m to for: 2m", "from `for: 10m` to 2m"): the hold time, from one length to the other.
const holdChange = new RegExp(
  String.raw`(\b(?:the|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:alert['’]s\s+|rule['’]s\s+)?)?(?:from\s+)?\x60?for:\s*(\d+)\s*${holdUnit}\x60?(?:\s+(?:clause|setting|duration|value|window))?\s+to\s+\x60?(?:for:\s*)?(\d+)\s*${holdUnit}\x60?(?![\p{L}\p{N}])`,
  'giu',
);
// The clause named as a thing, with an article or a noun ("a `for: 5m` clause", "fired with for: 10m", "its for: 5m
// duration"): the alert's hold time of that length (trial 18f F-4, F-11).
const heldClause = new RegExp(
  String.raw`(?:\b(a|an|the|its|their|with|has|had|have|uses|used)\s+)\x60?for:\s*(\d+)\s*${holdUnit}\x60?(?:\s+(?:clause|setting|duration|value|window|condition))?(?![\p{L}\p{N}])|\x60?for:\s*(\d+)\s*${holdUnit}\x60?\s+(?:clause|setting|duration|value|window|condition)\b`,
  'giu',
);
const bareHold = new RegExp(String.raw`(?<![\p{L}\p{N}])for:\s*(\d+)\s*${holdUnit}(?![\p{L}\p{N}])`, 'giu');
// The clause named without its value ("Lower CheckoutAPIHighLatency for: to 3m", "the `for:` clause"): the alert's
// hold time, whose alert is the CamelCase name before it when there is one.
const namedHold =
  /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|(?:[Tt]he|[Aa]n|[Ii]ts) alert(?:['’]s)?)\s+)?(?:\b((?:[A-Z][a-z\d]+|[A-Z]{2,}(?=[A-Z][a-z\d]))(?:[A-Z][a-z\d]+|[A-Z]{2,}(?=[A-Z][a-z\d]|\b)){1,})(?:\s+alert(?:ing rule|'s|’s)?)?\s+)?(`for:`|(?<![\p{L}\p{N}`])for:(?![\p{L}\p{N}]))(?!\s*\d)(?:\s+(?:clause|duration|value|setting))?/gu;

// Durations in engineers' shorthand: "52m 00s", "1h 05m" (debrief's own form), and "5m" after a word that makes it
// a duration ("for 5m", "after 90s"), never "$5m".
const clockDuration = /(?<![\p{L}\p{N}])(\d+)([hm]) (\d\d)([ms])(?![\p{L}\p{N}])/gu;
const shortDuration =
  /\b(for|after|within|over|every|in|under|about)\s+(\d+)\s?(s|m|h|d|min|mins)(?![\p{L}\p{N}])/giu;
// A length of seconds after "of" ("a TTL of 300s", trial 28 F17); minutes after "of" may be millions ("a loss of 5m").
const ofSeconds = /\b(of)\s+(\d+)(s)(?![\p{L}\p{N}])/gu;
// Go duration literals anywhere ("instead of 5m", "a 1h30m window", "2m30s"), as Go code and alert rules write them.
// Not money ("$5m", "€2m"), not a count in millions ("5m users"), and not seconds alone, which spokenNames reads
// with its own care for HTTP statuses and decades.
const goDuration =
  /(?<![\p{L}\p{N}$€£¥.,_/-])(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?![\p{L}\p{N}_'’%/-])(?!\s+(?:users|customers|people|requests|orders|records|rows|events|messages|accounts|dollars|euros|pounds)\b)/gu;
const goDurationWords = (
  found: string,
  h: string | undefined,
  m: string | undefined,
  sec: string | undefined,
  at: number,
  whole: string,
) => {
  // A literal with minutes or hours; seconds alone are left to spokenNames.
  if (found === '' || (h === undefined && m === undefined)) return found;
  // Before a noun after an article it describes it: "a 10m window" is "a 10-minute window".
  if (
    /\b(?:a|an|the)\s+$/i.test(whole.slice(Math.max(0, at - 5), at)) &&
    /^\s+[\p{L}\d]/u.test(whole.slice(at + found.length))
  ) {
    const unit = h === undefined ? 'minute' : 'hour';
    if ((h === undefined) !== (m === undefined) && sec === undefined) return `${h ?? m}-${unit}`;
  }
  return [
    h && inWords(h, 'h'),
    m && (Number(m) > 0 || !h) ? inWords(m, 'm') : '',
    sec && Number(sec) > 0 ? inWords(sec, 's') : '',
  ]
    .filter(Boolean)
    .join(' ');
};

// On-call verbs in engineers' shorthand: "acked the page", "ack'd", "nack".
const ackVerbs: Record<string, string> = {
  acked: 'acknowledged',
  "ack'd": 'acknowledged',
  acking: 'acknowledging',
  acks: 'acknowledges',
};
const ackWord = /(?<![\p{L}\p{N}_'-])(acked|ack'd|acking|acks)(?![\p{L}\p{N}_-])/giu;

// Engineers' clipped words, said whole (trial 12e E-17): "the DB's connection budget", "conns", "comms", "a calm
// bridge". Only as words of their own: "db-ledger-02", "pgdb", `db.Query` and "conn_max" stay for other passes.
const clipped: Record<string, string> = {
  db: 'database',
  dbs: 'databases',
  conn: 'connection',
  conns: 'connections',
  comms: 'communications',
};
const clippedWord =
  /(?<![\p{L}\p{N}_./-])(DBs|DB|db|dbs|conns?|comms)(?=['’]s\b|[\s,;:.!?)]|$)(?![.\p{L}\p{N}_-]\p{L})/gu;
// The incident's call, as incident teams name it: "on the bridge", "a calm bridge", "the incident bridge".
const bridgeCall =
  /\b(the|a|calm|incident|war-room|our|busy|quiet)\s+bridge\b(?!\s+(?:network|mode|interface|device|pattern))/gi;

/** A reader's text with chat channels, alert hold clauses, on-call shorthand and short durations in words. */
const isoDay =
  /(?<![\w.:/-])\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w:/-]|\.\d|\s+\d{1,2}:\d{2})/g;
export function readerPhrases(text: string): string {
  return (
    text
      .replace(clippedWord, (found: string) => clipped[found.toLowerCase()] ?? found)
      .replace(bridgeCall, (_found, before: string) =>
        /^incident$/i.test(before) ? `${before} call` : `${before} incident call`,
      )
      .replace(ackWord, (found: string) => {
        const said = ackVerbs[found.toLowerCase()] ?? found;
        return /^\p{Lu}/u.test(found) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
      })
      .replace(channel, (_found, name: string) =>
        /^inc(?:ident)?(?:$|[-_\d])/i.test(name)
          ? 'the incident channel'
          : // "#payments-oncall" is an on-call channel, as the public report says it (trial 12h A-11).
            /on-?call/i.test(name)
            ? 'an on-call channel'
            : 'a team chat channel',
      )
      .replace(
        holdChange,
        (_found, owner: string | undefined, from: string, fromUnit: string, to: string, toUnit: string) =>
          `${owner ?? 'the '}hold time from ${inWords(from, fromUnit)} to ${inWords(to, toUnit)}`,
      )
      .replace(
        heldClause,
        (_found, det: string | undefined, count: string, unit: string, count2: string, unit2: string) => {
          const length = count === undefined ? inWords(count2, unit2) : inWords(count, unit);
          // "with for: 10m", "the alert has for: 5m" (trial 12e E-12): a verb or "with" takes "a hold time".
          const article =
            det === undefined ? '' : /^(?:with|has|had|have|uses|used)$/i.test(det) ? `${det} a ` : `${det} `;
          return `${article}hold time of ${length}`;
        },
      )
      .replace(
        quotedHold,
        (_found, count: string, unit: string) => `hold duration of ${inWords(count, unit)}`,
      )
      .replace(bareHold, (_found, count: string, unit: string) => `for ${inWords(count, unit)}`)
      .replace(
        namedHold,
        (found: string, alert: string | undefined, _clause: string, at: number, whole: string) => {
          const said = alert
            ? `the ${alert} alert's hold time`
            : /\balert\b/i.test(found)
              ? "the alert's hold time"
              : 'the hold time';
          // A sentence opening with it keeps its capital.
          return /^\p{Lu}/u.test(found) && (at === 0 || /[.!?]\s*$/.test(whole.slice(0, at)))
            ? said.charAt(0).toUpperCase() + said.slice(1)
            : said;
        },
      )
      // A day as a machine writes it is a day in words ("by 2026-12-18" is "by 18 December 2026", trial 28 F17).
      .replace(isoDay, (found: string) => plainDate(found))
      .replace(clockDuration, clockWords)
      .replace(shortDuration, shortWords)
      .replace(ofSeconds, shortWords)
      .replace(goDuration, goDurationWords)
      .replace(outputStream, (_found, det: string | undefined, name: string) => {
        const words = streamWords[name.toLowerCase()]!;
        if (words === 'nowhere') return words;
        return `${det && !/^an?$/i.test(det) ? det : 'the'} ${words}`;
      })
      .replace(
        javaMemoryFlag,
        (_found, flag: string, count: string, unit: string) =>
          `${javaFlagWords[flag]} of ${plural(count, javaUnits[unit.toLowerCase()]!)}`,
      )
      .replace(memorySize, (_found, count: string, unit: string) =>
        plural(count, javaUnits[unit.toLowerCase()]!),
      )
      .replace(
        heapSize,
        (_found, before: string, count: string, unit: string) =>
          `${before}${plural(count, javaUnits[unit.toLowerCase()]!)}`,
      )
      .replace(binarySize, (found: string, count: string, unit: string, at: number, whole: string) =>
        // "a 512Mi limit" is "a 512-megabyte limit", as "an 800ms timeout" is "an 800-millisecond timeout".
        /\b(?:a|an|the)\s+$/i.test(whole.slice(Math.max(0, at - 5), at)) &&
        /^\s+\p{L}/u.test(whole.slice(at + found.length))
          ? `${count}-${binaryUnits[unit]}`
          : plural(count, binaryUnits[unit]!),
      )
  );
}

// A program's output streams and the place that throws output away, as an executive would say them (trial 18d).
const outputStream =
  /(?:\b(the|its|their|a)\s+)?(?<![\p{L}\p{N}_./-])(stderr|stdout|\/dev\/null)(?![\p{L}\p{N}_/])/giu;
const streamWords: Record<string, string> = {
  stderr: 'error output',
  stdout: 'normal output',
  '/dev/null': 'nowhere',
};

// Java's memory flags ("-Xmx4g", "-Xms512m", trial 18d): what each limits, and the size in words.
const javaMemoryFlag = /(?<![\p{L}\p{N}])-X(mx|ms|ss)(\d+)([kKmMgG])(?![\p{L}\p{N}])/gu;
const javaFlagWords: Record<string, string> = {
  mx: 'the Java memory limit',
  ms: 'the Java starting memory',
  ss: "the Java threads' stack size",
};
// A size in Java's letters after the heap ("the heap grew past 4g", "heap of 512m"): its own word for memory.
const heapSize =
  /\b(heap(?:\s+size)?(?:\s+(?:of|to|at|from|is|was|past|above|over|grew past|reached))?\s+)(\d+)([mMgG])\b/gu;
const javaUnits: Record<string, string> = { k: 'kilobyte', m: 'megabyte', g: 'gigabyte' };
// The same letters before the memory they measure ("4g RAM per VM", "2G of memory"; trial 18e).
const memorySize = /(?<![\p{L}\p{N}.])(\d+)([mMgG])(?=\s+(?:of\s+)?(?:RAM|memory|heap)\b)/gu;

// Sizes in Kubernetes' binary units ("512Mi", "2GiB"): a reader knows megabytes and gigabytes. A mebibyte is about
// 5 % more than a megabyte; the reader's sentence needs the size, not the difference.
const binarySize = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?(Ki|Mi|Gi|Ti)B?(?![\p{L}\p{N}])/gu;
const binaryUnits: Record<string, string> = {
  Ki: 'kilobyte',
  Mi: 'megabyte',
  Gi: 'gigabyte',
  Ti: 'terabyte',
};

const clockWords = (_found: string, big: string, bigUnit: string, small: string, smallUnit: string) =>
  Number(small) === 0 ? inWords(big, bigUnit) : `${inWords(big, bigUnit)} ${inWords(small, smallUnit)}`;
const shortWords = (_found: string, word: string, count: string, unit: string) =>
  `${word} ${inWords(count, unit.slice(0, 1))}`;

// "(by jmuller)", "(by @dana.k)", "(by dana@example.com)": a login, not a name a reader knows.
// A chat handle in brackets after a name says the name again ("Søren Lindqvist (@soren) acknowledged", trial 28 F17).
const handleNote =
  /\s*\(by (?:@?[\p{Ll}\d][\p{Ll}\d._-]*|[^()\s]+@[^()\s]+)\)|(?<=\p{L})\s+\(@[\p{L}\d][\p{L}\d._-]*\)|\s+by\s+@[\p{L}\d][\p{L}\d._-]*[\p{L}\d](?=[\s,;]|\.?$)/gu;

/** A timeline line without the logins that credit a change: a reader knows people by name, not by handle. */
export function withoutHandles(text: string): string {
  return text.replace(handleNote, '');
}

/** "HighErrorRate" as words: "high error rate"; acronyms keep their capitals ("HTTPErrors" is "HTTP errors"). */
export function alertNameWords(name: string): string {
  // A product written in mixed case stays one word ("BullMQWaitingJobsHigh" is "BullMQ waiting jobs high", not
  // "bull MQ …"; trial 18e).
  const products: string[] = [];
  const kept = name.replace(mixedCaseProduct, (found) => {
    products.push(found);
    return ` \uE010${products.length - 1}\uE011 `;
  });
  return (
    kept
      .replace(/([a-z\d])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      // "High5xx" is "high 5xx"; "P95" keeps its digits.
      .replace(/([a-z]{2,})(\d)/g, '$1 $2')
      .replace(/[-_:.]+/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      // A product keeps its capital ("Kafka consumer lag high", trial 18c); an abbreviation written as a word is in
      // capitals ("OrdersApiLatency" is "orders API latency", trial 18d).
      .map((word) => {
        const product = /^\uE010(\d+)\uE011$/.exec(word);
        if (product) return products[Number(product[1])] ?? word;
        if (/^[A-Z\d]+$/.test(word) && word.length > 1) return word;
        if (spokenAbbreviations.test(word)) return word.toUpperCase();
        return /^[A-Z][a-z]+$/.test(word) && isProductName(word) ? word : word.toLowerCase();
      })
      .join(' ')
  );
}

const mixedCaseProduct =
  /BullMQ|RabbitMQ|ZeroMQ|ActiveMQ|PagerDuty|GitHub|GitLab|PostgreSQL|MySQL|MariaDB|MongoDB|DynamoDB|CosmosDB|CockroachDB|ClickHouse|CloudWatch|CloudFront|ElastiCache|OpenSearch|HAProxy|PgBouncer|GraphQL|HikariCP|ZooKeeper|OpenTelemetry|NGINX|CoreDNS|etcd/g;

const spokenAbbreviations =
  /^(?:api|http|https|dns|tls|ssl|tcp|udp|cdn|cpu|gpu|ram|oom|sql|json|yaml|grpc|aws|gcp|rds|sqs|sns|ec2|eks|gke|aks|s3|url|ui|db|io)$/i;

// A name made of three or more capitalised parts, as alert rules are named ("CheckoutP99High", "HighErrorRate");
// two-part product names ("JavaScript", "GitHub") and acronyms ("PostgreSQL") are said as they are.
// An acronym may stand inside ("PaymentsAPIHigh5xx", "CheckoutHTTPErrors") or open it ("HTTPServerErrorsHigh").
const alertName =
  /\b(?:[A-Z][a-z\d]+|[A-Z]{2,}(?=[A-Z][a-z]))(?:[A-Z][a-z\d]+|[A-Z]{2,}(?=[A-Z][a-z\d]|\b)){2,}\b/g;
// Bare durations: milliseconds anywhere ("180ms"), any seconds after a comparison ("p95 > 2s", "above 2s"), and
// seconds alone unless they read as something else (below), so never an HTTP status in the plural ("502s").
const bareMilliseconds = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)\s?ms(?![\p{L}\p{N}])/gu;
const comparedSeconds =
  /([<>≤≥]=?|\b(?:above|below|over|under|than|exceeds?|to|reached|hit|took|peaked at)\b)(\s*)(\d+(?:\.\d+)?)\s?s(?![\p{L}\p{N}])/gu;
// Seconds written alone ("9.8s", "(2s per query)"): a decimal is always a duration; a whole number is one unless it
// reads as an HTTP status ("503s"), a decade ("1990s", "the 90s") or a count of tens ("10s of requests").
const bareSeconds = /(?<![\p{L}\p{N}.,$€£_-])(\d+(?:\.\d+)?)s(?![\p{L}\p{N}'’_-])/gu;
const notSeconds = (count: string, before: string, after: string) =>
  !count.includes('.') &&
  ((Number(count) >= 100 && Number(count) < 600) ||
    count.length === 4 ||
    /\bthe\s+$/i.test(before) ||
    (Number(count) % 10 === 0 && /^\s+of\b/.test(after)));
// A commit named by its hash: "commit 7f66bfea42", "the commit 7f66bfe". A reader outside engineering learns that
// code changed; the hash is for engineers.
const commitHash = /\b(?:(the|a)\s+)?commit\s+([0-9a-f]{7,40})\b/giu;
// A change named by its hash after what it was: "deploy 9f3c2ab", "the release 4f2a9c1" (a deploy, the release).
// "git revert 7f3c2a1" is the command that made a revert: "a revert", not "git a revert" (trial 23).
const changeHash =
  /\b(?:(the|a)\s+|git\s+)?(deploy|deployment|release|build|rollout|revert)\s+([0-9a-f]{7,40})\b/giu;
// Where a rollback went: "rolled back to commit 4e1d7f0" is to the version before, not to "a code change".
const backToHash =
  /\b(rolled back|reverted|roll back|revert)\s+to\s+(?:the\s+)?(?:commit\s+)?([0-9a-f]{7,40})\b/giu;
// A hash after the verb that made the change: "merged a81d33f", "cherry-picked 4f2a9c1" (trial 29 published one).
const verbHash =
  /\b(merged|merging|cherry-picked|cherry-picking|pushed|pushing|landed|landing|shipped|shipping|deployed|deploying|reverted|reverting|applied|backported)\s+([0-9a-f]{7,40})\b/giu;
const isHash = (hash: string) => /\d/.test(hash) && /[a-f]/i.test(hash);
const capitalLike = (found: string, said: string) =>
  /^\p{Lu}/u.test(found) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
const plural = (count: string, word: string) => `${count} ${word}${count === '1' ? '' : 's'}`;

/**
 * An alert-shaped name as a reader says it: the glossary's everyday term when it names one ("CrashLoopBackOff" is
 * "crash loop"), else its words ("HighErrorRate" is "high error rate"), with a capital where it opens a sentence.
 */
function nameWords(name: string, at: number, whole: string): string {
  // An id in capitals and digits ("P9ABC12", a PagerDuty policy) has no words to say: it stays as written.
  if (!/[a-z]{2}/.test(name)) return name;
  const entry = findGlossaryTerm(name);
  // "went into CrashLoopBackOff" is "went into a crash loop": the term is a noun that needs its article.
  const glossed = entry && /^[\p{L} -]+$/u.test(entry.term);
  const before = whole.slice(Math.max(0, at - 24), at);
  const words = glossed
    ? `${/\b(?:into|in)\s+$/i.test(before.slice(-6)) ? 'a ' : ''}${entry.term.toLowerCase()}`
    : alertInSentence(
        name,
        alertNameWords(name),
        whole.slice(sentenceStart(whole, at), at),
        whole.slice(at + name.length),
      );
  return at === 0 || /(?:^|[.!?]\s+|\n\s*(?:[-*]\s+)?)$/.test(whole.slice(Math.max(0, at - 4), at))
    ? words.charAt(0).toUpperCase() + words.slice(1)
    : words;
}

// The last (or first) word of an alert rule's name says what it watches for ("KafkaConsumerLagHigh",
// "HighErrorRate", "TLSCertExpiringCritical"); a name without one ("PaymentGatewayService") is no alert.
const alertEnding =
  /(?:High|Low|Down|Critical|Warning|Errors?|Fail(?:ing|ures?|ed)|Latency|Spike|Exhausted|Saturat\w*|Expir\w*|Lag(?:ging)?|Full|Missing|Absent|Stuck|Slow|CrashLooping|Restarting|Throttl\w*|Burn(?:Rate)?|5xx|4xx|Unavailable|Unreachable|Unhealthy|Degraded|Breach\w*)$/;
const alertOpening = /^(?:High|Low|Too)[A-Z]/;

/**
 * An alert's name said alone in a sentence reads as words of the sentence ("acknowledged Kafka consumer lag high and
 * then checkout P99 high fired", trial 24 F12): it is named as an alert, in quotes, "the “Kafka consumer lag high”
 * alert". Not where the sentence already says it is one ("the … alert", "Alert fired: …").
 */
function alertInSentence(name: string, words: string, before: string, after: string): string {
  if (!alertEnding.test(name) && !alertOpening.test(name)) return words;
  if (/\balert/i.test(before) || /^\s*(?:\(\w+\)\s*)?alerts?\b/i.test(after)) return words;
  return /\b(?:the|an?)\s+$/i.test(before) ? `“${words}” alert` : `the “${words}” alert`;
}

// An alert's state marker in prose, as Alertmanager titles it ("Alert [FIRING:1] OrdersP99High paged the on-call",
// "[FIRING:1] KubePodCrashLooping fired"): the alert, named in words after it (trial 18b B-1). A timeline line is
// made a sentence by plainWords first ("Alert fired: …").
const proseAlertMarker = /(\balerts?\s+)?\[(FIRING|RESOLVED)(?::\d+)?\]\s*/giu;
const saidMarker = (_found: string, alert: string | undefined, state: string, at: number, whole: string) => {
  if (alert !== undefined) return alert;
  const said = state.toUpperCase() === 'FIRING' ? 'the alert ' : 'the resolved alert ';
  return at === 0 || /[.!?]\s+$/.test(whole.slice(Math.max(0, at - 3), at)) ? `T${said.slice(1)}` : said;
};

/** Names and numbers as they are said aloud: alert names, bare durations and commit hashes in words. */
export function spokenNames(text: string): string {
  return secondsInWords(text.replace(proseAlertMarker, saidMarker).replace(alertName, nameWords))
    .replace(backToHash, (found: string, went: string, hash: string) =>
      isHash(hash) ? `${went} to the version before` : found,
    )
    .replace(changeHash, (found: string, article: string | undefined, noun: string, hash: string) =>
      isHash(hash) ? capitalLike(found, `${(article ?? 'a').toLowerCase()} ${noun.toLowerCase()}`) : found,
    )
    .replace(commitHash, (found: string, article: string | undefined, hash: string) =>
      isHash(hash) ? capitalLike(found, `${(article ?? 'a').toLowerCase()} code change`) : found,
    )
    .replace(verbHash, (found: string, verb: string, hash: string) =>
      isHash(hash) ? `${verb} a code change` : found,
    );
}

// A range of lengths with the unit once at its end ("GC pauses of 8-12s", "2–5 min"): both ends in that unit
// (trial 18d kept "8-12s"). Not a count in millions ("2-3m users").
const durationRange =
  /(?<![\p{L}\p{N}.$€£_/-])(\d+(?:\.\d+)?)\s?[-–]\s?(\d+(?:\.\d+)?)\s?(ms|s|m|min|h)(?![\p{L}\p{N}'’_-])(?!\s+(?:users|customers|people|requests|orders|records|rows|events|messages|accounts|dollars|euros|pounds)\b)/gu;
const rangeUnits: Record<string, string> = {
  ms: 'millisecond',
  s: 'second',
  m: 'minute',
  min: 'minute',
  h: 'hour',
};

// A duration before what it sets ("with 2s timeout", "a 500ms delay"): "with a 2-second timeout" (trial 23 read "with
// 2 seconds timeout"), also with a word between ("a 5s context deadline", trial 24). A preposition or verb before it
// gets the article English wants.
const durationBeforeSetting =
  /(\b(?:with|without|of|use|using|set|add|adds|added)\s+)?(?<![\p{L}\p{N}.,$€£_-])(\d+(?:\.\d+)?)\s?(ms|s)\s+((?:(?:context|request|connection|read|write|idle|call|query|lock|dial|handshake|total|overall|retry|client|server|http|grpc)\s+)?(?:timeouts?|delays?|windows?|ttls?|intervals?|budgets?|deadlines?|backoffs?|grace periods?|cooldowns?))\b/giu;
const anBefore = (count: string) => (/^(?:8|11|18)(?!\d)|^8\d(?!\d)|^8\d\d(?!\d)/.test(count) ? 'an' : 'a');

/** Milliseconds and seconds in words ("180ms" is "180 milliseconds", "above 2s" is "above 2 seconds"). */
function secondsInWords(text: string): string {
  return text
    .replace(
      durationBeforeSetting,
      (_found, lead: string | undefined, count: string, unit: string, noun: string) =>
        `${lead ? `${lead}${anBefore(count)} ` : ''}${count}-${unit.toLowerCase() === 'ms' ? 'millisecond' : 'second'} ${noun}`,
    )
    .replace(
      durationRange,
      (_found, from: string, to: string, unit: string) => `${from} to ${plural(to, rangeUnits[unit]!)}`,
    )
    .replace(bareMilliseconds, (found: string, count: string, at: number, whole: string) =>
      // Before a noun after an article it describes it: "an 800ms timeout" is "an 800-millisecond timeout".
      /\b(?:a|an|the)\s+$/i.test(whole.slice(Math.max(0, at - 5), at)) &&
      /^\s+\p{L}/u.test(whole.slice(at + found.length))
        ? `${count}-millisecond`
        : plural(count, 'millisecond'),
    )
    .replace(
      comparedSeconds,
      (_found, than: string, space: string, count: string) =>
        `${than}${space || ' '}${plural(count, 'second')}`,
    )
    .replace(bareSeconds, (found: string, count: string, at: number, whole: string) =>
      notSeconds(count, whole.slice(Math.max(0, at - 8), at), whole.slice(at + found.length))
        ? found
        : plural(count, 'second'),
    );
}

/** Engineering shorthand as it is said aloud: the reader's phrases, then names and numbers in words. */
export function sayShorthand(text: string): string {
  return spokenNames(readerPhrases(text));
}

/**
 * What an engineer reads aloud: durations in words ("15m" is "15 minutes", "180ms" is "180 milliseconds"), and
 * nothing else changed. Alert names, `for:` clauses, commit hashes and channels are the room's own words: the
 * readers' rewrites (`sayShorthand`) are for readers outside engineering.
 */
export function sayDurations(text: string): string {
  return secondsInWords(
    text
      .replace(clockDuration, clockWords)
      .replace(shortDuration, shortWords)
      .replace(goDuration, goDurationWords),
  );
}
