import {
  type EventKind,
  escapeRegExp,
  type IncidentDocument,
  machineEventKinds,
  metricsFromMoments,
  ownerName,
} from '../domain/index.js';
import { isProductName } from '../language/index.js';
import { anonymizeDocument } from './anonymize.js';
import { buildBluf } from './bluf.js';
import { withFirstErrorLine, withImpactStartLine } from './impact-start-line.js';
import { mapDocumentText } from './map-text.js';
import { fitToPosition, nameReplacer, opensSentence } from './name-replacer.js';
import { type ConfiguredPeople, type PeopleRegistry, peopleRegistry } from './people.js';
import { plainWords } from './plain-words.js';
import { codeNamesInWords, publicCodeWords } from './public-code-words.js';
import { publicLinks } from './public-links.js';
import { withoutMoney } from './public-money.js';
import { readerPhrases, spokenNames } from './reader-phrases.js';
import { programNamesIn, publicRedactor } from './redact.js';
import { endpointPathsInProse, shellCommandsInProse } from './redact-cloud.js';
import { roleForRedactedName } from './redact-grammar.js';
import { alertShaped, loneNumbering } from './redact-prose.js';
import { spelledAsMeasured, withMeasuredNote } from './stated-duration.js';

/** Who a report is for: engineers get everything; executives a plain summary; the public a status-page post. */
export const audiences = ['engineering', 'exec', 'public'] as const;
export type Audience = (typeof audiences)[number];

export interface AudienceOptions {
  /** Replace people's names with their roles throughout. */
  anonymize?: boolean;
  /** People and teams from the project's configuration, named by no field of the incident. */
  people?: ConfiguredPeople | undefined;
  /** The incident's people, when the caller has built the registry already. */
  registry?: PeopleRegistry | undefined;
}

// Raw machine output: log lines, panics, Kubernetes events and chat are for engineers only.
const rawKinds = new Set<EventKind>([...machineEventKinds, 'chat', 'note']);
// What a status-page reader needs to follow the story.
const publicKinds = new Set<EventKind>([
  'alert-fired',
  'deploy',
  'rollback',
  'config-change',
  'flag-change',
  'mitigation',
  'resolution',
]);

/**
 * Drops moment links to events a view removed, keeping the moment's time; the reason goes with the link, as it
 * quoted the removed event (an executive's JSON read "first error: `lookup failed for request <*>`", trial 19).
 */
function pruneMomentLinks(doc: IncidentDocument): IncidentDocument {
  const ids = new Set(doc.timeline.map((event) => event.id));
  const moments = Object.fromEntries(
    Object.entries(doc.moments).map(([name, moment]) => {
      if (!moment?.eventId || ids.has(moment.eventId)) return [name, moment];
      const { eventId: _eventId, reason: _reason, ...rest } = moment;
      return [name, rest];
    }),
  );
  return { ...doc, moments };
}

// A note the author marked error or critical is a moment of the story ("the cache hit its memory limit and refused
// writes"), not raw output: executives see it (trial 18e lost the moment checkout began failing).
const marked = (event: IncidentDocument['timeline'][number]) =>
  event.kind === 'note' && (event.severity === 'error' || event.severity === 'critical');

const keptForExec = (event: IncidentDocument['timeline'][number]) =>
  !rawKinds.has(event.kind) || marked(event);

/**
 * What an exec report is written from, in the author's own words: the timeline lines it keeps, before names from
 * code are said in words. Its language is checked too (trial 23: "Kenji ignored the HighErrorRate alert", said
 * "the high error rate alert", slipped past a rule the author's words met).
 */
export function execSelection(doc: IncidentDocument): IncidentDocument {
  return { ...doc, timeline: withFirstErrorLine(doc, keptForExec).timeline.filter(keptForExec) };
}

function execView(doc: IncidentDocument): IncidentDocument {
  const timeline = withFirstErrorLine(doc, keptForExec)
    .timeline.filter(keptForExec)
    .map(({ signature: _signature, ...event }) => ({
      ...event,
      origins: event.origins.filter((o) => !o.file),
    }));
  // Names from code are said in words before the glossary explains what is left (trial 18e E-11): an executive
  // reads "a shared Go HTTP client", not "a shared http.Client" and a gloss of it. Alert lines keep their rule names
  // for plainWords, which says them as words of their own.
  // Names of services and people, addresses and meeting places are not prose.
  const copies = runningCopies(doc.services);
  // An alert's line keeps its rule's name for plainWords; a deployment's name in it is said in words here.
  const deployments = deploymentNames(plainServiceNames(doc.services));
  const words = (text: string) => execCodeWords(copies(text));
  const said = {
    ...mapDocumentText({ ...doc, timeline: [] }, words),
    services: doc.services,
    participants: doc.participants,
    reviews: doc.reviews,
  };
  // An owner's chat handle is the participant it spells, as the bottom line names them (trial 22 F11).
  said.actions = said.actions.map((action, i) => ({
    ...action,
    owner: ownerName(doc.actions[i]?.owner ?? action.owner, doc.participants),
  }));
  return pruneMomentLinks(
    readerWords(
      {
        ...said,
        timeline: timeline.map((event) =>
          alertingKinds.has(event.kind)
            ? { ...event, summary: deployments(event.summary) }
            : { ...event, summary: words(event.summary) },
        ),
      },
      'exec',
    ),
  );
}

// A command typed at a shell is "a command" to an executive as to the public (trial 12g G-20: "rolled back with
// kubectl rollout undo deployment/checkout-api -n shop" was kept, with a gloss of kubectl after it).
// A web path ("the /healthz/deep probe") is a health check or an internal endpoint to both (trial 12g G-5).
const typedCommands = shellCommandsInProse(() => {});
const webPaths = endpointPathsInProse(() => {});
function execCodeWords(text: string): string {
  return codeNamesInWords(webPaths(typedCommands(text)));
}

/**
 * A pod or instance named after its service ("checkout-api-7f9c", "ledger-3", "pay-api-7d9f8b-x2k4q") is "a running
 * copy of checkout-api" to an executive (trial 12g G-30 left it neither said in words nor listed); a version
 * ("checkout-api-v2") is no copy.
 */
/** The services named as one word of letters, digits and hyphens: the ones a running copy's name is built from. */
const plainServiceNames = (services: readonly string[]) =>
  services.filter((service) => /^[a-z][a-z0-9-]*$/i.test(service));

function runningCopies(services: readonly string[]): (text: string) => string {
  const names = plainServiceNames(services);
  const deployed = deploymentNames(names);
  if (names.length === 0) return deployed;
  // Its kind before or after it goes with it: "the pod pay-api-7d9f8" is not "the pod a running copy of pay-api"
  // (trial 12h A-4). A numbered name on a machine ("on pay-api-3", "host pay-api-3") is a server running it.
  const copy = new RegExp(
    `(?:\\b(?:the|a|an)\\s+)?(?:\\b(pod|instance|container|replica|node|host|server|machine|vm)s?\\s+)?(?<![\\w./@-])(${names.map(escapeRegExp).join('|')})-(?!v\\d)(?=[a-z0-9-]*\\d)([a-z0-9]{1,10}(?:-[a-z0-9]{1,10})?)(?![\\w/@]|-\\w|\\.\\w)(?:\\s+(?:pod|instance|container|replica|node)s?\\b)?`,
    'gi',
  );
  return (text) =>
    deployed(text).replace(
      copy,
      (_found, kind: string | undefined, service: string, suffix: string, index: number) => {
        const machine =
          /^\d+$/.test(suffix) &&
          (/^(?:node|host|server|machine|vm)$/i.test(kind ?? '') ||
            (kind === undefined && /\bon\s+$/i.test(text.slice(Math.max(0, index - 4), index))));
        return fitToPosition(
          text,
          index,
          machine ? `a server running ${service}` : `a running copy of ${service}`,
        );
      },
    );
}

const environments: Record<string, string> = {
  prod: 'production',
  production: 'production',
  prd: 'production',
  staging: 'staging',
  stg: 'staging',
  stage: 'staging',
  dev: 'development',
  canary: 'the canary',
};
const areas: Record<string, string> = {
  eu: 'Europe',
  europe: 'Europe',
  asia: 'Asia',
  australia: 'Australia',
  northamerica: 'North America',
  southamerica: 'South America',
  us: 'the US',
  ap: 'Asia Pacific',
  sa: 'South America',
  ca: 'Canada',
  me: 'the Middle East',
  af: 'Africa',
};
/**
 * A service's deployment named by environment and cloud region ("ledger-api-prod-eu-west-1") said in words to an
 * executive: "ledger-api in production in Europe" (trial 21 F8 left it neither said nor listed).
 */
function deploymentNames(services: readonly string[]): (text: string) => string {
  // Any name with an environment and a region after it is a deployment; a known service needs no region ("orders-prod").
  // Regions as AWS, Azure and GCP write them, with a zone after ("eu-west-1a", "us-central1-b", "europe-west4").
  const region = `(${Object.keys(areas).join('|')})-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-?\\d[a-z]?(?:-[a-z])?`;
  const environment = `(${Object.keys(environments).join('|')})`;
  const bounded = (name: string, tail: string) =>
    new RegExp(`(?<![\\w./@-])(${name})-${environment}${tail}(?![\\w/@-]|\\.\\w)`, 'gi');
  const patterns = [
    ...(services.length > 0 ? [bounded(services.map(escapeRegExp).join('|'), `(?:-${region})?`)] : []),
    bounded('[a-z][a-z0-9]*(?:-[a-z0-9]+)*?', `-${region}`),
  ];
  const say = (_found: string, service: string, env: string, area: string | undefined) =>
    `${service} in ${environments[env.toLowerCase()]}${area ? ` in ${areas[area.toLowerCase()]}` : ''}`;
  return (text) => patterns.reduce((out, pattern) => out.replace(pattern, say), text);
}

/**
 * The view in plain words, its terms explained from the bottom line the report will open with. Alert names, bare
 * durations and commit hashes are said in words too ("HighErrorRate" as "high error rate", "180ms" as "180
 * milliseconds", "commit 7f66bfe" as "a code change"), for the public as for executives: the public redactor has
 * taken out the alerts the timeline names, not a rule named in an action's title. The timeline shows when
 * customers were first affected.
 */
function readerWords(view: IncidentDocument, audience: 'exec' | 'public'): IncidentDocument {
  const measured = metricsFromMoments(view.moments).impactDuration;
  const respelled = mapDocumentText(withImpactStartLine(view), (text) =>
    spelledAsMeasured(readerPhrases(text), measured),
  );
  const phrased = {
    ...respelled,
    bluf: withMeasuredNote(respelled.bluf, measured),
    summary: withMeasuredNote(respelled.summary, measured),
    impact: { ...respelled.impact, description: withMeasuredNote(respelled.impact.description, measured) },
  };
  // Timeline lines keep their alert names and commit notes until plainWords has made sentences of them.
  const said = { ...mapDocumentText(phrased, spokenNames), timeline: phrased.timeline };
  const plain = plainWords(
    said,
    audience,
    buildBluf(said, { owners: audience === 'exec', plain: true }).text,
  );
  return {
    ...plain,
    timeline: plain.timeline.map((event) => ({ ...event, summary: spokenNames(event.summary) })),
  };
}

// Alert names as the importers and people write them: "Alert HighErrorRate firing", "[FIRING:2] HighErrorRate …",
// "PagerDuty incident acknowledged by …: HighErrorRate on payments", "CheckoutErrorRate above 5%": CamelCase or
// CamelCase words in an alerting event, products (PagerDuty) aside.
const alertWord = /(?<![\p{L}\p{N}_-])\p{Lu}[\p{Ll}\d]+(?:\p{Lu}[\p{Ll}\d]*)+(?![\p{L}\p{N}_-])/gu;
const alertingKinds = new Set<EventKind>([
  'alert-fired',
  'alert-resolved',
  'page',
  'acknowledged',
  'resolution',
]);

// The events whose capitalised compounds are alert names. A resolution is written by people and names the tools and
// jobs that closed the incident ("replayed the DLQ with ServiceBusExplorer, ReconciliationJob green"; trial 18e
// read them as two alerts); an alert-shaped name there is still one (alertShaped).
const alertNamingKinds = new Set<EventKind>(['alert-fired', 'alert-resolved', 'page', 'acknowledged']);

/** The free texts of a document a reader sees, for names to look for. */
function readerTexts(doc: IncidentDocument): string[] {
  const texts: string[] = [];
  mapDocumentText(doc, (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}

// A hyphenated name written in code marks in one place (consumer group `orders-enricher`, role `cert-manager-dns`)
// is ours wherever else it stands bare: said there as an internal name (trial 26 F15: "An alert fired for
// orders-enricher"). Where it stands in code marks the names from code say it by its kind.
const markedHyphenatedName = /`([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`/g;
function bareMarkedNames(texts: readonly string[]): ((text: string) => string) | undefined {
  const marked = [
    ...new Set(texts.flatMap((text) => [...text.matchAll(markedHyphenatedName)].map((m) => m[1] as string))),
  ].sort((a, b) => b.length - a.length);
  if (marked.length === 0) return undefined;
  const bare = new RegExp(
    `(?<![\\p{L}\\p{N}_\x60-])(?:${marked.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_\x60]|-[\\p{L}\\p{N}])`,
    'gu',
  );
  return (text) =>
    text.replace(bare, (_found, index: number) => fitToPosition(text, index, 'an internal name'));
}

// A name and another name for it in brackets, both said the same way ("pg-orders-2 (db-prod-eu-2.internal)" is "an
// internal host (an internal host)", trial 27 F11): said once.
const sameInBrackets =
  /\b((?:an?|the|one|another) internal ([\w-]+)) \((?:an?|the|one|another) internal \2\)/g;

/** The internal names an incident uses: its services, the services its events name, its alerts and teams. */
function internalNamesOf(texts: readonly string[], doc: IncidentDocument, registry: PeopleRegistry) {
  const alerts = [
    ...doc.timeline.flatMap((event) =>
      alertNamingKinds.has(event.kind) ? [...event.summary.matchAll(alertWord)].map((m) => m[0]) : [],
    ),
    ...texts.flatMap((text) => [...text.matchAll(alertShaped)].map((m) => m[0])),
  ].filter((word) => !isProductName(word));
  // A name the text shows to be a program in one place ("the ledger-writer service", "Deploy search-indexer v9") is
  // that program wherever else it stands ("ledger-writer's retries", "in ledger-writer v2.14.0"; trial 12c C-10).
  const named = texts.flatMap(programNamesIn);
  return {
    services: [
      ...doc.services,
      ...doc.timeline.flatMap((event) => (event.service ? [event.service] : [])),
      ...named,
    ],
    alerts,
    teams: registry.teams,
  };
}

function publicView(doc: IncidentDocument, registry: PeopleRegistry): IncidentDocument {
  // Everyone the incident names is "an engineer" in public, before any address or host is looked at.
  // Each person is marked where named, then said as an engineer of their sentence (engineersBySentence).
  const ids = new Map<unknown, number>();
  const replace = nameReplacer(registry, (person) => {
    if (!ids.has(person)) ids.set(person, ids.size);
    return `\uE000${ids.get(person)}\uE000`;
  });
  // A role before a name is the role ("On-call engineer Dana" is "The on-call engineer"), not "… an engineer".
  // Links go first, whole: a name or a service inside a link's path is no word of the sentence.
  const anonymous = mapDocumentText(doc, (text) =>
    fewEngineers(roleForRedactedName(engineersBySentence(replace(publicLinks(withoutMoney(text)))))),
  );
  const texts = readerTexts(doc);
  const { redact } = publicRedactor(internalNamesOf(texts, doc, registry));
  const keptMoments = new Set(Object.values(doc.moments).flatMap((m) => (m?.eventId ? [m.eventId] : [])));
  // Cost, the SLA and what is asked of executives are for the company to say, not for a status page.
  const { cost: _cost, sla: _sla, slaBreached: _breached, ...impact } = anonymous.impact;
  const stripped: IncidentDocument = {
    ...anonymous,
    impact,
    ask: '',
    services: [],
    participants: [],
    reviews: [],
    extraSections: [],
    timeline: anonymous.timeline
      .filter(
        (event) => publicKinds.has(event.kind) || (keptMoments.has(event.id) && !rawKinds.has(event.kind)),
      )
      .map(({ service: _s, signature: _g, ...event }) => ({ ...event, origins: [] })),
    actions: anonymous.actions
      .filter((action) => action.status !== 'dropped')
      .map(({ trackerUrl: _t, ...action }) => ({ ...action, owner: '' })),
  };
  // Names from code, libraries and versions go after the redactor's names, which they may stand beside.
  const bareMarked = bareMarkedNames(texts);
  const redacted = mapDocumentText(mapDocumentText(stripped, redact), (text) => {
    const said = loneNumbering(withoutCodeMarks(publicCodeWords(text)).replace(sameInBrackets, '$1'));
    return bareMarked ? bareMarked(said) : said;
  });
  // Two actions that read the same once their owners' names are gone are one change to the public (trial 12h A-8
  // listed "Remind an engineer to run the load test" twice).
  const titles = new Set<string>();
  const actions = redacted.actions.filter((action) => {
    const key = action.title.trim().toLowerCase();
    if (titles.has(key)) return false;
    titles.add(key);
    return true;
  });
  return pruneMomentLinks(readerWords(onceEach(alertsInWords({ ...redacted, actions })), 'public'));
}

const engineerWords = ['an engineer', 'another engineer', 'a third engineer', 'a fourth engineer'];
/**
 * Two people in one sentence are two engineers: "An engineer paged another engineer" (trial 12b T12-14); the same
 * person twice is the same words, and each sentence starts counting again. A field that is only a name is "an
 * engineer".
 */
function engineersBySentence(written: string): string {
  if (/^\uE000\d+\uE000$/.test(written)) return engineerWords[0] as string;
  // A name before a noun after an article ("The 김민준 branch") is whose it is: "An engineer's branch" (trial 12c C-14).
  // One person named twice side by side ("Ask @grant or grant.okonkwo@corp.example") is named once (trial 12h A-8).
  const text = written
    .replace(/\b(?:the|a|an|this|that) (\uE000\d+\uE000) (?=\p{Ll})/giu, "$1's ")
    .replace(/(\uE000(\d+)\uE000)(?:,? (?:or|and|&) |\s*\/\s*)\uE000\2\uE000/g, '$1');
  let seen = new Map<string, number>();
  const said = text.replace(
    /\uE000(\d+)\uE000|[.!?](?=\s)|\n/g,
    (found, id: string | undefined, index: number) => {
      if (id === undefined) {
        seen = new Map();
        return found;
      }
      // Named again in the same sentence, the person is "the same engineer": "Email an engineer or ping the same
      // engineer in the incident channel", not two (trial 12h A-8).
      const again = seen.has(id);
      if (!again) seen.set(id, seen.size);
      const words = again ? 'the same engineer' : (engineerWords[seen.get(id) ?? 0] ?? 'a further engineer');
      return opensSentence(text, index) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
    },
  );
  // "张伟 (@zhang.wei)" names one person twice: "an engineer".
  return said.replace(
    /\b((?:[Aa]n(?:other)?|[Aa] (?:third|fourth|further)) engineer) \((?:\1|the same engineer)\)/gi,
    '$1',
  );
}

/** A name in backticks the redactor said in words ("`an internal host`") is no code any more: the marks go. */
function withoutCodeMarks(text: string): string {
  return text.replace(/`((?:an?|the|another) (?:internal [a-z ]{2,30}|engineer)|an engineer)`/g, '$1');
}

const counted = ['two', 'three', 'four', 'five'];
/**
 * "An engineer and an engineer agreed" says how many: "Two engineers agreed". Two people with a comma between them
 * ("We paged an engineer, and an engineer's request…") stand in two clauses, and a possessive is one person's.
 */
function fewEngineers(text: string): string {
  return text.replace(
    /\b([Aa]n engineer)((?:, (?:an(?:other)?|a (?:third|fourth|further)) engineer)*)(,?) and (?:an(?:other)?|a (?:third|fourth|further)) engineer\b(?!['’]s\b)/g,
    (found, first: string, more: string, comma: string) => {
      if (comma && !more) return found;
      const n = 2 + (more.match(/engineer/g)?.length ?? 0);
      const words = `${counted[n - 2] ?? String(n)} engineers`;
      return first.startsWith('A') ? words.charAt(0).toUpperCase() + words.slice(1) : words;
    },
  );
}

/** A redacted alert line says what happened to the alert: "An alert fired: 5xx above 5%". */
function alertsInWords(doc: IncidentDocument): IncidentDocument {
  return {
    ...doc,
    timeline: doc.timeline.map((event) => {
      if (!['alert-fired', 'alert-resolved', 'resolution'].includes(event.kind)) return event;
      const m = /^An alert(?: (?:firing|fired|resolved))?(?=$|:)(.*)$/s.exec(event.summary);
      if (!m) return event;
      return { ...event, summary: `An alert ${event.kind === 'alert-fired' ? 'fired' : 'resolved'}${m[1]}` };
    }),
  };
}

/**
 * One line per thing that happened: once redacted, two instances of an alert read the same ("An alert firing:
 * 5xx above 5%"), and a reader sees one line with its count, at the first time.
 */
function onceEach(doc: IncidentDocument): IncidentDocument {
  const first = new Map<string, IncidentDocument['timeline'][number]>();
  const merged = new Map<IncidentDocument['timeline'][number], number>();
  const timeline: IncidentDocument['timeline'] = [];
  for (const event of doc.timeline) {
    const key = `${event.kind}\u0000${event.summary}`;
    const seen = first.get(key);
    if (seen) {
      seen.count += event.count;
      merged.set(seen, (merged.get(seen) ?? 1) + 1);
      continue;
    }
    const copy = { ...event };
    first.set(key, copy);
    timeline.push(copy);
  }
  // Alerts that read alike once redacted may be different alerts: "Two alerts fired", not "An alert fired (2
  // times)", which reads as one alert firing twice at the first time (trial 19 F15).
  for (const [event, n] of merged) {
    const m = /^An alert (fired|resolved)(.*)$/s.exec(event.summary);
    if (!m || event.count !== n) continue;
    const number = counted[n - 2] ?? String(n);
    event.summary = `${number.charAt(0).toUpperCase()}${number.slice(1)} alerts ${m[1]}${m[2]}`;
    event.count = 1;
  }
  return { ...doc, timeline };
}

/**
 * The document as a given audience may see it. Every renderer works from this view, so what an audience must
 * not see is removed once, here, and cannot leak through a renderer that forgot a field.
 */
export function documentForAudience(
  doc: IncidentDocument,
  audience: Audience,
  options: AudienceOptions = {},
): IncidentDocument {
  const registry = options.registry ?? peopleRegistry(doc, options.people);
  if (audience === 'public') return publicView(doc, registry);
  const base = options.anonymize ? anonymizeDocument(doc, registry) : doc;
  return audience === 'exec' ? execView(base) : base;
}
