import { escapeRegExp } from '../domain/index.js';
import { isProductName } from '../language/index.js';
import { findGlossaryTerm } from '../playbook/index.js';
import { fitToPosition } from './name-replacer.js';

// Internal names people write in free text, which no event of the incident names: alert names in a sentence, teams
// by a team-like noun, PagerDuty object ids, and cloud regions inside host and service names. Each becomes words
// that still read ("two alerts", "a team", "the escalation policy", "an internal host").

// Tools written in CamelCase that the analyzer's product list (src/language) does not know yet: never alert names.
const tools = new Set(
  'cloudwatch cloudfront mongodb elasticache bigquery cockroachdb launchdarkly statuspage javascript typescript websocket gitlab opsgenie newrelic datadog victorops servicenow firehydrant grafanacloud'.split(
    ' ',
  ),
);

const numberWords = ['no', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "an alert", "two alerts", … "12 alerts". */
function alertCount(n: number): string {
  return n === 1 ? 'an alert' : `${numberWords[n] ?? String(n)} alerts`;
}

const firstMentions = ['an alert', 'another alert', 'a third alert', 'a fourth alert'];
const laterMentions = ['the first alert', 'the second alert', 'the third alert', 'the fourth alert'];

/**
 * Words for each distinct alert in one text, so two alerts never read as one: "an alert fired, then another alert
 * fired"; said again, the one alert is "the alert", one of several "the first alert". `start` begins a new text.
 */
export function alertNamer(): {
  start: () => void;
  see: (name: string) => void;
  one: (name: string) => string;
} {
  const position = new Map<string, number>();
  const mentioned = new Set<string>();
  const see = (name: string) => {
    const key = name.toLowerCase();
    if (!position.has(key)) position.set(key, position.size);
  };
  return {
    start: () => {
      position.clear();
      mentioned.clear();
    },
    see,
    one(name) {
      see(name);
      const key = name.toLowerCase();
      const at = position.get(key) ?? 0;
      if (!mentioned.has(key)) {
        mentioned.add(key);
        return firstMentions[at] ?? 'another alert';
      }
      return position.size === 1 ? 'the alert' : (laterMentions[at] ?? 'the alert');
    },
  };
}

// A CamelCase identifier with at least two humps (HighErrorRate, KubePodCrashLooping, HTTP5xxHigh).
const camel = String.raw`\p{Lu}[\p{Ll}\d]+(?:\p{Lu}+[\p{Ll}\d]*)+|\p{Lu}{2,}[\p{Ll}\d]+(?:\p{Lu}[\p{Ll}\d]*)*`;
// A snake_case alert name (pg_replication_lag), as Prometheus rules and Datadog monitors are often named.
const snake = String.raw`[a-z][a-z0-9]*(?:_[a-z0-9]+)+`;
const alertVerbs =
  'followed|fired|firing|was firing|were firing|is firing|are firing|paged|triggered|went off|resolved|cleared';

/**
 * Replaces alert names in prose, by the words around them: "the HighErrorRate and KubePodCrashLooping alerts" is
 * "two alerts", "alert HighErrorRate fired" is "an alert fired", "KubePodCrashLooping fired" is "An alert fired".
 * `known` adds the incident's own alert names (which need not be CamelCase). Product names (PagerDuty) stay.
 */
export function alertNamesInProse(
  known: readonly string[],
  count: () => void,
  namer = alertNamer(),
): (text: string) => string {
  const names = [...known.map(escapeRegExp), camel, snake].join('|');
  const one = `(?<![\\p{L}\\p{N}_-])(?:${names})(?![\\p{L}\\p{N}_-])`;
  const list = `${one}(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)${one})*`;
  const after = new RegExp(`(?:\\b(?:[Tt]he|[Aa]n?)\\s+)?(${list})\\s+(alerts?)\\b`, 'gu');
  const before = new RegExp(
    `(?:\\b(?:[Tt]he|[Aa]n?)\\s+)?\\b([Aa]lerts?)(?:\\s+named|\\s+called)?\\s+(${list})`,
    'gu',
  );
  const acting = new RegExp(`(?:\\b(?:[Tt]he|[Aa]n?)\\s+)?(${list})(?=\\s+(?:${alertVerbs})\\b)`, 'gu');
  // A monitoring tool's alert by name ("Pingdom alert CdnDnsResolution paged"): "a Pingdom alert", the tool kept
  // (trial 21 read "Pingdom an alert paged").
  const toolAlert = new RegExp(
    `(?:\\b(?:[Tt]he|[Aa]n?)\\s+)?\\b(\\p{Lu}[\\p{L}\\d]*(?:\\s\\p{Lu}[\\p{L}\\d]*)?)\\s+([Aa]lerts?|[Mm]onitors?|[Tt]riggers?|[Aa]larms?)(?:\\s+named|\\s+called)?\\s+(${list})`,
    'gu',
  );
  const namedCheck = new RegExp(
    `(?:\\b(?:[Tt]he|[Aa]n?)\\s+)?\\b([Ss]ynthetic|[Uu]ptime|[Hh]ealth|[Bb]lackbox|[Cc]anary|[Ee]xternal)\\s+(checks?|probes?|monitors?)\\s+(${list})`,
    'gu',
  );
  const each = new RegExp(one, 'gu');
  const countIn = (found: string): number | undefined => {
    const parts = found.match(each) ?? [];
    // A product is not an alert ("the PagerDuty alert" is PagerDuty's alert).
    if (parts.length === 0 || parts.some((part) => isProductName(part) || tools.has(part.toLowerCase())))
      return undefined;
    return parts.length;
  };
  const words = (text: string, index: number, n: number, names: string) => {
    count();
    return fitToPosition(text, index, n === 1 ? namer.one(names.trim()) : alertCount(n));
  };
  return (text) => {
    // Alerts are told apart in the order the text names them, whichever wording names each.
    const single = [after, before, acting].flatMap((pattern) =>
      [...text.matchAll(pattern)]
        .map((m) => ({ at: m.index ?? 0, names: (pattern === before ? m[2] : m[1]) ?? '' }))
        .filter(({ names }) => countIn(names) === 1),
    );
    for (const { names } of single.sort((a, b) => a.at - b.at)) namer.see(names.trim());
    // "Synthetic check ApiSgAvailability fired" is a synthetic check that fired (trial 28 F13 read "Synthetic check
    // an alert fired").
    const checked = text.replace(
      namedCheck,
      (found, kind: string, noun: string, names: string, index: number) => {
        if (countIn(names) !== 1) return found;
        count();
        return fitToPosition(text, index, `a ${kind.toLowerCase()} ${noun.toLowerCase()}`);
      },
    );
    const first = checked.replace(
      toolAlert,
      (found, tool: string, _noun: string, names: string, index: number) => {
        const n = countIn(names);
        if (
          n === undefined ||
          !(isProductName(tool) || tools.has(tool.toLowerCase()) || findGlossaryTerm(tool))
        )
          return found;
        count();
        return fitToPosition(
          checked,
          index,
          n === 1
            ? `${/^[AEIOU]/i.test(tool) ? 'an' : 'a'} ${tool} alert`
            : `${alertCount(n).replace(/ alerts$/, '')} ${tool} alerts`,
        );
      },
    );
    let out = first.replace(after, (found, names: string, _noun: string, index: number) => {
      const n = countIn(names);
      return n === undefined ? found : words(first, index, n, names);
    });
    const second = out;
    out = out.replace(before, (found, _noun: string, names: string, index: number) => {
      const n = countIn(names);
      return n === undefined ? found : words(second, index, n, names);
    });
    const third = out;
    return out.replace(acting, (found, names: string, index: number) => {
      const n = countIn(names);
      return n === undefined ? found : words(third, index, n, names);
    });
  };
}

/**
 * A name shaped as alerts are named ("CheckoutHighErrorRate", "KubePodCrashLooping"): an alert wherever it stands,
 * also with no word around it saying so (trial 12g G-18: a title's "5xx: CheckoutHighErrorRate on production"), and
 * with its severity after ("KafkaConsumerLagHigh", "CertExpiringCritical"; trial 23 F20 read one in a public action).
 */
export const alertShaped =
  /(?<![\p{L}\p{N}_-])(?:\p{Lu}[\p{Ll}\d]+|\p{Lu}{2,}(?=\p{Lu}\p{Ll}))+(?:High|Low)?(?:ErrorRate|ErrorBudgetBurn|BurnRate|Latency|Down|Saturat(?:ed|ion)|Exhausted|CrashLooping|Failing|Unavailable|Degraded|Lag|Errors|TooMany\w+|OOMKill(?:ed|ing)?|Absent|NotReady|Full|Spike|Stalled|Stuck|Expiring|Expired|Restarting)(?:High|Low|Critical|Warning|Major|Minor)?(?![\p{L}\p{N}_-])/gu;

// Nouns that name a group of people; "pod" only where the words after it say it is people ("the ledger pod owns").
const groupNouns = 'guilds|guild|squads|squad|tribes|tribe|chapters|chapter|crews|crew';
const podAsTeam = String.raw`pods?(?=\s+(?:owns?|owned|leads?|is on[- ]call|was on[- ]call|on[- ]call|members?|engineers?|was paged|were paged|is paged|lead))`;
// Words before a group noun that describe it rather than name it: "the whole squad", "our own crew".
const notNames = new Set(
  'the a an our their your its this that these those whole same entire other another new old next first second last final own right wrong small big one two three every each any no some on-call night day incident response rescue'.split(
    ' ',
  ),
);

/**
 * Replaces a named team written with a team-like noun: "the ledger-core guild", "the Payments squad", "the checkout
 * tribe", "the ledger pod owns …". Distinct names stay distinct: "a team", "another team", "a third team".
 */
export function groupNamesInProse(
  count: () => void,
  team?: (name: string, mayBeOnCall?: boolean) => string,
): (text: string) => string {
  const pattern = new RegExp(
    `(?:\\b(the|a|an|our|their)\\s+)?(?<![\\p{L}\\p{N}_-])([\\p{L}\\p{N}][\\p{L}\\p{N}_.-]*)\\s+(${groupNouns}|${podAsTeam})\\b`,
    'giu',
  );
  const ordinals = ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  // Counted in each text: "another team" needs a first one in the same text.
  return (text) => {
    const seen = new Map<string, number>();
    return text.replace(
      pattern,
      (found, _det: string | undefined, name: string, noun: string, index: number) => {
        if (notNames.has(name.toLowerCase())) return found;
        // "chapter" is also a book's: a team by that noun needs a name that looks like one ("the Payments chapter").
        if (/^chapters?$/i.test(noun) && !/^\p{Lu}|[-_\d]|\p{Ll}\p{Lu}/u.test(name)) return found;
        count();
        const key = name.toLowerCase();
        if (!seen.has(key)) seen.set(key, seen.size);
        const n = seen.get(key) as number;
        const plural = /s$/i.test(noun);
        // Counted with the teams the incident knows, when the redactor counts them ("a team and another team").
        const words = plural
          ? 'teams'
          : team
            ? team(`${name} ${noun}`, false)
            : n === 0
              ? 'a team'
              : n === 1
                ? 'another team'
                : `a ${ordinals[n - 2] ?? 'further'} team`;
        return fitToPosition(text, index, words);
      },
    );
  };
}

// PagerDuty object ids: seven capitals and digits starting with P (P7XK2QZ), with a digit and a letter after the P.
const pagerdutyId = String.raw`\bP(?=[A-Z0-9]{6}\b)(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}\b`;
const pagerdutyNouns =
  'escalation polic(?:y|ies)|polic(?:y|ies)|schedules?|services?|rotations?|users?|teams?|incidents?|integrations?|rulesets?';

const determined = /\b(?:the|a|an|our|its|their|this|that|each|every|any|no|which|[\p{L}]+['’]s)\s+$/iu;

/**
 * Drops PagerDuty object ids (P7XK2QZ): after the noun they belong to ("via escalation policy P7XK2QZ" is "via the
 * escalation policy"), in brackets ("(P7XK2QZ)" goes), after "id"; alone they are "an on-call setting".
 */
export function pagerdutyIdsInProse(count: () => void): (text: string) => string {
  // The product's name may stand before the noun: "through PagerDuty escalation policy P7XK2QZ" is "through the
  // PagerDuty escalation policy" (trial 26 F20 read "through PagerDuty the escalation policy").
  const withNoun = new RegExp(
    `\\b((?:(?:PagerDuty|Opsgenie|OpsGenie)\\s+)?(?:${pagerdutyNouns}))(?:\\s+(?:id|ID)\\b)?[:\\s]\\s*${pagerdutyId}`,
    'g',
  );
  const bracketed = new RegExp(
    `\\s*[(\\[](?:(?:${pagerdutyNouns})\\s+)?(?:id:?\\s*)?${pagerdutyId}[)\\]]`,
    'gi',
  );
  const labelled = new RegExp(`\\s*\\b(?:id|ID)[:\\s]\\s*${pagerdutyId}`, 'g');
  const alone = new RegExp(pagerdutyId, 'g');
  return (text) => {
    const out = text
      .replace(bracketed, () => {
        count();
        return '';
      })
      .replace(withNoun, (_found, noun: string, index: number, whole: string) => {
        count();
        // The id was the noun's determiner: "through escalation policy P7XK2QZ" is "through the escalation policy".
        return determined.test(whole.slice(0, index)) ? noun : fitToPosition(whole, index, `the ${noun}`);
      })
      .replace(labelled, () => {
        count();
        return '';
      });
    return out.replace(alone, (_found, index: number) => {
      count();
      return fitToPosition(out, index, 'an on-call setting');
    });
  };
}

// Cloud regions as providers and people write them: us-east-1 (AWS), europe-west4 (Google), eu-west, euw1.
const compass = 'north|south|east|west|central|northeast|southeast|northwest|southwest';
const region = String.raw`(?:us|eu|ap|sa|ca|me|af|il|mx|cn|europe|asia|australia|northamerica|southamerica|africa)-(?:${compass})(?:-?\d)?`;
const environment = 'prod|production|staging|stg|dev|qa|test|live';

/**
 * Replaces names that carry a cloud region. A host or service name with a region in it (api.us-east-1.shop.example,
 * checkout-api-prod-eu-west) is internal as a whole: it becomes "an internal host" (dotted) or "an internal service",
 * so no region is left behind once the service is gone. A region alone, or with its environment (prod-eu-west,
 * us-east-1), is "one region".
 */
export function regionNamesInProse(countHost: () => void): (text: string) => string {
  const part = '[a-z0-9]+';
  const token = new RegExp(
    `(?:\\b(the|an?)\\s+)?(?:(?<=(?:^|[\\s(,;:])(?:in|on|at|to|from|of|into|across|and|or|the|an?)\\s+|^|\\()(cluster|host|server|node|database|service)\\s+)?(?<![\\w.@/-])((?:${part}[-.])*?(?:(?:${environment})-)?${region}(?:[-.]${part})*)(?![\\w-])(?:\\s+(regions?|services?|hosts?|clusters?|servers?|nodes?|apis?|databases?))?`,
    'gi',
  );
  const alone = new RegExp(`^(?:(?:${environment})-)?${region}$`, 'i');
  return (text) => {
    // Two regions in one text stay two: "from us-east-1 to eu-west-1 and back" reads "from one region to another
    // region and back", and a region named again is "the first region", not a third.
    const regions = new Map<string, number>();
    const regionWords = (name: string): string => {
      const key = name.toLowerCase();
      const known = regions.get(key);
      if (known !== undefined)
        return regions.size === 1 ? 'that region' : (ordinalRegion[known] ?? 'that region');
      regions.set(key, regions.size);
      return firstMentionRegion[regions.size - 1] ?? 'another region';
    };
    return text.replace(
      token,
      (
        found: string,
        det: string | undefined,
        nounBefore: string | undefined,
        token: string,
        nounAfter: string | undefined,
        index: number,
      ) => {
        // "in cluster prod-eu-west-1" is "in an internal cluster", as "the prod-eu-west-1 cluster" is (trial 12g G-14).
        const noun = nounAfter ?? nounBefore?.toLowerCase();
        const name = token.replace(/\.+$/, '');
        const rest = token.slice(name.length);
        countHost();
        const lead = /^\p{Lu}/u.test(found) && index === 0;
        let words: string;
        // A region before what sits in it ("the us-west-2 NLB") owns it: "another region's NLB" (trial 28 F12).
        const owns =
          !noun &&
          /^\s+(?:[A-Z]{2,5}s?|load balancers?|buckets?|endpoints?|gateways?)\b/.test(
            text.slice(index + found.length),
          );
        if (alone.test(name))
          words =
            noun && !/^regions?$/i.test(noun)
              ? `an internal ${noun.toLowerCase()}`
              : `${regionWords(name)}${owns ? "'s" : ''}`;
        else if (noun && /s$/i.test(noun)) words = `internal ${noun.toLowerCase()}`;
        else if (nounBefore) words = `an internal ${nounBefore.toLowerCase()}`;
        else
          words = name.includes('.')
            ? 'an internal host'
            : `an internal ${(noun ?? 'service').toLowerCase()}`;
        if (det && /^the$/i.test(det) && /^an internal /.test(words)) words = words.replace(/^an /, 'the ');
        const out = fitToPosition(text, index, words);
        return (lead ? out.charAt(0).toUpperCase() + out.slice(1) : out) + rest;
      },
    );
  };
}

const firstMentionRegion = ['one region', 'another region', 'a third region', 'a fourth region'];
const ordinalRegion = ['the first region', 'the second region', 'the third region', 'the fourth region'];

/**
 * Words for each distinct team, counted in the text being redacted (`reset` starts a new one): "the on-call team",
 * "a team", "another team", "a third team", so "another team" always follows a first one.
 */
export function teamWords(known: readonly string[]): {
  words: (name: string, mayBeOnCall?: boolean, paged?: boolean) => string;
  reset: () => void;
} {
  // Which team is on call is decided once for the whole document; the counting starts again in each text. A team
  // whose name says it is on call ("payments-oncall") is "the on-call team", the first such one named, or with none
  // so named the first team a page went to; any other ("Team Falcon") is a team (trial 12d D-3).
  let onCallTeam: string | undefined;
  let inText = new Map<string, number>();
  const ordinals = ['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const onCall = (name: string) => /on-?call|pager/i.test(name);
  const firstOnCall = known.find(onCall)?.toLowerCase();
  const words = (name: string, mayBeOnCall = true, paged = false) => {
    const key = name.toLowerCase();
    // A team named only by a team-like noun ("the Ledger guild") is never taken for the on-call team.
    if (mayBeOnCall && (onCall(name) || (paged && !firstOnCall)) && onCallTeam === undefined)
      onCallTeam = firstOnCall ?? key;
    if (mayBeOnCall && key === onCallTeam) return 'the on-call team';
    if (!inText.has(key)) inText.set(key, inText.size);
    const n = inText.get(key) as number;
    if (n === 0) return 'a team';
    if (n === 1) return 'another team';
    return `a ${ordinals[n - 2] ?? 'further'} team`;
  };
  return {
    words,
    reset: () => {
      inText = new Map();
    },
  };
}

const teamLabels = [
  'a team',
  'another team',
  ...['third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((o) => `a ${o} team`),
];
// "a team channel" is a kind of channel (channelWords in redact.ts), not a team to count (trial 12d D-17).
const teamLabel = new RegExp(
  `\\b(${teamLabels.map((l) => l.replace(/^a/, '[Aa]')).join('|')})\\b(?! channels?\\b)`,
  'g',
);
/**
 * Team labels numbered in the order a reader meets them: teams named in different ways are replaced in different
 * steps, so "Another team and a team met" is "A team and another team met" (the same team keeps one label).
 */
export function teamsInOrder(text: string): string {
  const matches = [...text.matchAll(teamLabel)];
  const found = matches.map((m) => (m[1] ?? '').toLowerCase());
  const order = [...new Set(found)];
  // After "the on-call team" the next one is "another team".
  const onCall = text.search(/\bthe on-call team\b/i);
  const offset = onCall >= 0 && onCall < (matches[0]?.index ?? 0) ? 1 : 0;
  if (order.every((label, i) => teamLabels.indexOf(label) === i + offset)) return text;
  const renamed = new Map(order.map((label, i) => [label, teamLabels[i + offset] ?? label]));
  return text.replace(teamLabel, (label: string) => {
    const said = renamed.get(label.toLowerCase()) ?? label;
    return /^A/.test(label) ? said.charAt(0).toUpperCase() + said.slice(1) : said;
  });
}

const plurals: Record<string, string> = { address: 'addresses', 'address range': 'address ranges' };
/**
 * "an internal cluster and an internal cluster" says how many: "two internal clusters" (and "the internal host, the
 * internal host and the internal host" is "three internal hosts").
 */
export function samePlaceholdersCounted(text: string): string {
  const one = String.raw`\b(?:an|the) internal ((?:address range|network interface|security group|storage location|[a-z]+))`;
  const pattern = new RegExp(
    `${one}((?:, (?:an|the) internal \\1\\b)*),? and (?:an|the) internal \\1\\b(?!['’]s)`,
    'gi',
  );
  // How many the placeholders in `more` and the `first` before them are, in words, or undefined past five.
  const many = (noun: string, more: string, first: number) => {
    const words = ['two', 'three', 'four', 'five'][first + (more.match(/internal/g)?.length ?? 0) - 2];
    return words && `${words} internal ${plurals[noun.toLowerCase()] ?? `${noun}s`}`;
  };
  const counted = (found: string, noun: string, more: string, index: number, whole: string) => {
    const words = many(noun, more, 2);
    return words ? fitToPosition(whole, index, words) : found;
  };
  const same = text
    .replace(pattern, (found, noun: string, more: string, index: number) =>
      counted(found, noun, more, index, text),
    )
    // A list in brackets has no "and": "(an internal column, an internal column)" is "(two internal columns)".
    .replace(bracketed, (found, noun: string, more: string) => {
      const words = many(noun, more, 1);
      return words ? `(${words})` : found;
    });
  // Distinct ones named together ("one internal host and another internal host") are counted too, unless the text
  // goes on to tell them apart ("the first internal host").
  return same.replace(numbered, (found, noun: string, more: string, index: number) =>
    new RegExp(`\\bthe (?:first|other|second|third|fourth|fifth) internal ${noun}\\b`, 'i').test(
      same.slice(index + found.length),
    )
      ? found
      : counted(found, noun, more, index, same),
  );
}
/**
 * "one internal host" with no other host left in the text is "an internal host", and "the first internal host" is
 * "the internal host": a name counted when the text was read may be said in other words ("the consumer group"), or
 * be the same host written twice ("pg-orders-2 (db-2.internal)").
 */
export function loneNumbering(text: string): string {
  const nouns = new Set(
    [...text.matchAll(/\b(?:one|the first) internal ([a-z]+)\b/gi)].map((m) => (m[1] ?? '').toLowerCase()),
  );
  let out = text;
  for (const noun of nouns) {
    const others = new RegExp(
      `\\b(?:another|other|the second|a (?:second|third|fourth|fifth)|the (?:third|fourth|fifth))(?: [\\w-]+){0,2}? internal ${noun}\\b`,
      'i',
    );
    if (others.test(out)) continue;
    out = out.replace(
      new RegExp(`\\b([Oo]ne|[Tt]he first) internal ${noun}\\b`, 'g'),
      (_found, word: string) =>
        /^one$/i.test(word)
          ? `${word.startsWith('O') ? 'An' : 'an'} internal ${noun}`
          : `${word.startsWith('T') ? 'The' : 'the'} internal ${noun}`,
    );
  }
  return out;
}

const bracketed = /\((?:an|the) internal ([a-z]+)((?:, (?:an|the) internal \1)+)\)/gi;
const further = '(?:another|a (?:third|fourth|fifth))';
const numbered = new RegExp(
  `\\bone internal ([a-z]+)((?:, ${further} internal \\1\\b)*),? and ${further} internal \\1\\b(?!['’]s)`,
  'gi',
);
