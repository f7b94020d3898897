import {
  credentialKinds,
  credentialMark,
  formatMetrics,
  type IncidentDocument,
  invalidInput,
  metricsFromMoments,
  withoutCredentials,
  withoutCredentialsOrKeys,
} from '../domain/index.js';
import { anonymizeDocument, anonymousLabels } from './anonymize.js';
import { type Audience, audiences, documentForAudience, execSelection } from './audience.js';
import { type Bluf, buildBluf } from './bluf.js';
import { authoredBlufWarnings } from './bluf-check.js';
import { businessFacts } from './business-impact.js';
import { type FailureMode, failureModes, failureModesToExplain } from './failure-modes.js';
import { followUpPlan, followUpSentence } from './follow-up-plan.js';
import { renderIncidentHtml } from './html.js';
import { reviewCalendar } from './ics.js';
import { mapDocumentText } from './map-text.js';
import { renderIncidentMarkdown } from './markdown/index.js';
import { renderReaderMarkdown } from './markdown/reader.js';
import { type ConfiguredPeople, type PeopleRegistry, peopleRegistry } from './people.js';
import { plainDuration } from './plain-dates.js';
import { slackSummary } from './slack.js';
import { durationMismatches } from './stated-duration.js';
import { actionsGithubIssues, actionsGithubMarkdown, actionsJiraCsv } from './trackers.js';
import { withWordsExplained, wordsToExplain } from './words-section.js';

/** Every output `debrief report` can produce; `pdf` is printed from the HTML by the CLI, which owns the browser. */
export const reportFormats = [
  'md',
  'html',
  'pdf',
  'json',
  'ics',
  'jira-csv',
  'github-md',
  'github-json',
  'slack',
] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** Content type and file extension per format, for `-o` defaults and HTTP responses. */
export const formatMedia: Record<ReportFormat, { contentType: string; extension: string }> = {
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  ics: { contentType: 'text/calendar; charset=utf-8', extension: 'ics' },
  'jira-csv': { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  'github-md': { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  'github-json': { contentType: 'application/json; charset=utf-8', extension: 'json' },
  slack: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
};

export interface ReportOptions {
  format: ReportFormat;
  audience: Audience;
  anonymize?: boolean;
  /** Base URL of the debrief web app, for links back to the incident. */
  baseUrl?: string | undefined;
  /** Fixed "now" for calendar stamps, so output is reproducible. */
  now?: Date;
  /** People and teams from the project's configuration, redacted or anonymised like the incident's own. */
  people?: ConfiguredPeople | undefined;
}

/** A rendered report: its text (the HTML for `pdf`), the view it came from, and the BLUF it led with. */
export interface RenderedReport {
  text: string;
  view: IncidentDocument;
  bluf: Bluf;
  /** Failure modes from the glossary found in the full timeline (none for the public). */
  failureModes: FailureMode[];
  format: ReportFormat;
  audience: Audience;
  /** Everyone the incident names, by name: the language check treats them as people. */
  people: string[];
  /** Names from code a reader's report lists unexplained (words-section.ts), for the author to reword. */
  codeNames: string[];
  /** Other technical words it lists unexplained (GKE, 512Mi, staticcheck: technical-words.ts), for the author too. */
  technicalWords: string[];
  /**
   * An exec report's prose in the author's own words, before names from code are said in words: the language check
   * reads it too, so a rewording cannot hide blame a rule finds in what was written (trial 23).
   */
  authorsWords?: string;
  /**
   * What the author should mend in their own words before readers see them (the CLI prints them as warnings): a
   * length of impact their text states that the measured one contradicts, jargon or a name in their bottom line.
   */
  authorWarnings: string[];
}

/** Parses a format name, or throws invalid_input listing the accepted ones. */
export function parseReportFormat(value: string): ReportFormat {
  const name = value.trim().toLowerCase();
  if ((reportFormats as readonly string[]).includes(name)) return name as ReportFormat;
  throw invalidInput(`unknown format ${JSON.stringify(value)}; expected one of ${reportFormats.join(', ')}`);
}

const audienceAliases: Readonly<Record<string, Audience>> = {
  executive: 'exec',
  engineer: 'engineering',
  eng: 'engineering',
  customer: 'public',
};

/** Parses an audience name, or throws invalid_input listing the accepted ones. */
export function parseAudience(value: string): Audience {
  // Any case, as severities and roles are taken ("--audience Public", trial 12e E-22).
  const name = value.trim().toLowerCase();
  if ((audiences as readonly string[]).includes(name)) return name as Audience;
  // As people say them (trial 21 typed `--audience executive`, as the playbook's role is named).
  const said = audienceAliases[name] ?? audienceAliases[name.replace(/s$/, '')];
  if (said) return said;
  throw invalidInput(`unknown audience ${JSON.stringify(value)}; expected one of ${audiences.join(', ')}`);
}

/** The report as JSON: the audience's view of the incident with its BLUF and metrics. */
export function renderIncidentJson(
  view: IncidentDocument,
  audience: Audience,
  bluf: Bluf,
  modes: readonly FailureMode[] = [],
  today?: string,
  words: ReadonlyArray<{ term: string; explanation: string }> = [],
  unexplained?: { codeNames: string[]; technicalWords: string[] },
): string {
  const metrics = metricsFromMoments(view.moments);
  // A reader's durations as they are said ("7 minutes"); engineers keep the exact form ("7m 00s").
  const said =
    audience === 'engineering'
      ? formatMetrics(metrics)
      : Object.fromEntries(Object.entries(metrics).map(([name, ms]) => [name, plainDuration(ms ?? 0)]));
  const failures = modes.map((m) => ({
    id: m.entry.id,
    term: m.entry.term,
    explanation: audience === 'engineering' ? m.entry.engineer : m.entry.exec,
    occurrences: m.occurrences,
    firstAt: m.firstAt,
  }));
  // A reader's text explains its terms in "In plain words, X: …" paragraphs; in JSON they are data of their own,
  // so a field such as `incident.summary` is the incident's text alone.
  const { doc, glossary } =
    audience === 'engineering' ? { doc: view, glossary: [] } : withoutExplanations(view);
  const report = {
    format: 'debrief-report',
    formatVersion: 1,
    audience,
    bluf,
    metrics: { ms: metrics, text: said },
    failureModes: failures,
    ...(audience === 'engineering' ? {} : { glossary: glossaryWith(glossary, words) }),
    // What the exec Markdown lists at the end without explaining: names from code and other technical words.
    ...(unexplained ? { unexplained } : {}),
    // What the exec Markdown and HTML say besides the incident's own fields: the business block and when the team
    // reports back, so a digest built from JSON says what they say.
    ...(audience === 'exec' ? { business: businessFacts(view, audience, today) } : {}),
    ...(audience === 'exec' && today ? { followUpPlan: followUpOf(view, today) } : {}),
    incident: audience === 'public' ? publicIncident(doc) : doc,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function followUpOf(view: IncidentDocument, today: string) {
  const plan = followUpPlan(view, today.slice(0, 10));
  return { ...plan, text: followUpSentence(plan) };
}

/**
 * What a public JSON report carries: what its Markdown and HTML show, and nothing a status page should not print —
 * no record ids, no workflow status or restriction, no people, no evidence sources or origins, no moment reasons
 * (they quote internal log lines), no owners or due dates (the public sees what is changing, not who or when).
 */
function publicIncident(doc: IncidentDocument) {
  const moments = Object.fromEntries(
    Object.entries(doc.moments).flatMap(([name, moment]) => (moment ? [[name, { at: moment.at }]] : [])),
  );
  return {
    title: doc.title,
    severity: doc.severity,
    services: doc.services,
    // No author's bottom line: the public's is the one debrief builds from the fields (the report's `bluf`), as its
    // Markdown and HTML show; the author's is written for executives and may say what the public must not (trial 12c
    // C-9: a cost and a person's failure, unchecked by the gate, which lints what the public formats show).
    summary: doc.summary,
    impact: {
      description: doc.impact.description,
      ...(doc.impact.usersAffected === undefined ? {} : { usersAffected: doc.impact.usersAffected }),
      ...(doc.impact.failedRequests === undefined ? {} : { failedRequests: doc.impact.failedRequests }),
    },
    moments,
    timeline: doc.timeline.map((event) => ({
      at: event.at,
      approximate: event.approximate,
      kind: event.kind,
      summary: event.summary,
      count: event.count,
    })),
    factors: doc.factors.map((factor) => ({
      title: factor.title,
      category: factor.category,
      description: factor.description,
    })),
    changes: doc.actions
      .filter((action) => action.status !== 'dropped')
      .map((action) => ({ title: action.title })),
    followUp: doc.followUp,
  };
}

/** The terms the text explains, then those its Markdown explains at the end (its own labels), each once. */
function glossaryWith(
  explained: ReadonlyArray<{ term: string; explanation: string }>,
  words: ReadonlyArray<{ term: string; explanation: string }>,
) {
  const seen = new Set(explained.map((entry) => entry.term.toLowerCase()));
  return [...explained, ...words.filter((entry) => !seen.has(entry.term.toLowerCase()))];
}

const explained = /\n*^In plain words, ([^:\n]+): ([^\n]*)$/gm;

/** The view with its "In plain words" paragraphs taken out of every text, and the terms they explained, once each. */
function withoutExplanations(view: IncidentDocument): {
  doc: IncidentDocument;
  glossary: Array<{ term: string; explanation: string }>;
} {
  const glossary = new Map<string, string>();
  const doc = mapDocumentText(view, (text) =>
    text.replace(explained, (_found, term: string, explanation: string) => {
      if (!glossary.has(term)) glossary.set(term, explanation);
      return '';
    }),
  );
  return { doc, glossary: [...glossary].map(([term, explanation]) => ({ term, explanation })) };
}

/**
 * Renders an incident for an audience in a format. The audience view is computed first, so every format shows
 * the same facts; the BLUF is built from that view (the author's own text wins).
 */
/** `doc` with the meeting places `original` gives (a join link's passcode is for the invitees). */
function withMeetingPlaces(doc: IncidentDocument, original: IncidentDocument): IncidentDocument {
  return {
    ...doc,
    reviews: doc.reviews.map((review, i) => ({
      ...review,
      location: original.reviews[i]?.location ?? review.location,
    })),
  };
}

/** The kinds of credential the incident's text holds, each once. */
function credentialsIn(doc: IncidentDocument): string[] {
  const kinds = new Set<string>();
  mapDocumentText(doc, (text) => {
    for (const kind of credentialKinds(text)) kinds.add(kind);
    return text;
  });
  return [...kinds];
}

export function renderReport(given: IncidentDocument, options: ReportOptions): RenderedReport {
  const { audience, format } = options;
  // No report, for any audience, prints a credential pasted into the incident (trial 21): it is replaced, and the
  // author told to rotate it and take it out.
  const credentials = credentialsIn(given);
  // A meeting's place stays as written: its join link's passcode is for the invitees (trial 22).
  // A reader's report says the removed value alone: "Tried [credential removed] on the replica", not a setting's name
  // beside it, which its plain words would read as a setting of their own (trial 23: "an internal setting removed]").
  const removed = audience === 'engineering' ? withoutCredentials : withoutCredentialsOrKeys;
  const doc = credentials.length > 0 ? withMeetingPlaces(mapDocumentText(given, removed), given) : given;
  // A public report goes outside the company: no link back to the internal debrief server.
  const baseUrl = audience === 'public' ? undefined : options.baseUrl;
  const registry = peopleRegistry(doc, options.people);
  // Everyone the incident knows, by every spelling: never a technical word of the report's.
  const names = registry.people.flatMap((p) => [p.name, ...p.aliases]);
  const view = documentForAudience(doc, audience, { anonymize: options.anonymize ?? false, registry });
  // The clock is read once, here (or given, for reproducible output): overdue actions and a suggested follow-up.
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const bluf = buildBluf(view, { owners: audience !== 'public', today, plain: audience !== 'engineering' });
  // From the full timeline: the exec view drops the raw log lines that show a failure mode, not the fact of it.
  const modes = audience === 'public' || !['html', 'pdf', 'json'].includes(format) ? [] : failureModes(doc);
  const withBluf = (): IncidentDocument => ({ ...view, bluf: bluf.text });
  let codeNames: string[] = [];
  let technicalWords: string[] = [];
  const explained = (rendered: { text: string; codeNames: string[]; technicalWords: string[] }) => {
    codeNames = rendered.codeNames;
    technicalWords = rendered.technicalWords;
    return rendered.text;
  };
  const text = ((): string => {
    switch (format) {
      case 'md':
        // Engineers get the canonical incident file (it round-trips); other readers get a report shaped like the HTML.
        return audience === 'engineering'
          ? renderIncidentMarkdown(withBluf(), { signatures: true, anonymised: options.anonymize ?? false })
          : explained(
              withWordsExplained(renderReaderMarkdown(view, audience, bluf, today), 'md', audience, names),
            );
      case 'html':
      case 'pdf': {
        const html = renderIncidentHtml(view, audience, bluf, modes, today);
        return audience === 'engineering'
          ? html
          : explained(withWordsExplained(html, 'html', audience, names));
      }
      case 'json': {
        if (audience === 'engineering') return renderIncidentJson(view, audience, bluf, modes, today);
        // A reader's JSON lists only the failure modes its own text meets, as its HTML does, and explains the words
        // its Markdown explains at the end (the names it can only list too), so a digest built from it can as well.
        const listed = wordsToExplain(renderReaderMarkdown(view, audience, bluf, today), names);
        ({ codeNames, technicalWords } = listed);
        return renderIncidentJson(
          view,
          audience,
          bluf,
          failureModesToExplain(modes, view),
          today,
          listed.words,
          audience === 'exec' ? { codeNames, technicalWords } : undefined,
        );
      }
      case 'ics':
        // Meeting invitations name the team and where it meets; the public view has neither.
        if (audience === 'public') {
          throw invalidInput(
            'a calendar of the review meetings is for the team, not the public: choose the engineering or exec audience',
          );
        }
        return reviewCalendar(view, bluf, {
          baseUrl,
          ...(options.now ? { now: options.now } : {}),
          // An invitation must reach its people: anonymised, they are named by role but still invited by address;
          // named, by the address the evidence gives them when the participant list has none (trial 12g G-12).
          addresses: options.anonymize ? addressesByLabel(doc, registry) : addressesByName(registry),
        });
      case 'jira-csv':
        return actionsJiraCsv(view, baseUrl, audience);
      case 'github-md':
        return actionsGithubMarkdown(view, baseUrl, audience);
      case 'github-json':
        return `${JSON.stringify(actionsGithubIssues(view, baseUrl, audience), null, 2)}\n`;
      case 'slack':
        // Executives and the public get the bottom line's terms in plain words, as their reports explain them.
        return slackSummary(view, bluf, today, { baseUrl, audience });
    }
  })();
  const authorsWords =
    audience === 'exec'
      ? authorsProse(
          execSelection(options.anonymize ? anonymizeDocument(doc, registry) : doc),
          format,
          bluf.authored ? view.bluf : '',
        )
      : undefined;
  return {
    text,
    view,
    bluf,
    failureModes: modes,
    format,
    audience,
    ...(authorsWords === undefined ? {} : { authorsWords }),
    // Every spelling of a person the incident knows: a handle or an address in a sentence is that person.
    people: names,
    codeNames,
    technicalWords,
    authorWarnings: [
      ...(credentials.length > 0
        ? [
            `the incident holds what looks like ${credentials.join(', ')}: no report prints it (it reads "${credentialMark}"); rotate it, then take it out of the incident with \`debrief edit\`.`,
          ]
        : []),
      ...durationMismatches(doc),
      // Executives read the author's bottom line as written (the public gets one built from the fields).
      // The title heads it whoever wrote the bottom line.
      ...(audience === 'exec'
        ? authoredBlufWarnings({ ...doc, bluf: bluf.authored ? doc.bluf : '' }, registry, {
            people: !(options.anonymize ?? false),
          })
        : []),
      // A status page that never says when customers will hear more leaves them asking (trial 18e: no section, no
      // warning). debrief does not promise a date to the public on the author's behalf.
      ...(audience === 'public' && doc.followUp.trim() === ''
        ? [
            'the public report does not say when customers will hear more: write it under "## Follow-up" with `debrief edit`, for example the date the full review will be published.',
          ]
        : []),
    ],
  };
}

/** Each anonymised person's role label (lower case) and their address, for an anonymised calendar. */
function addressesByLabel(doc: IncidentDocument, registry: PeopleRegistry): Map<string, string> {
  const labels = anonymousLabels(doc, registry);
  const out = new Map<string, string>();
  for (const person of registry.people) {
    const address = addressOf(person);
    const label = labels.get(person);
    if (address && label) out.set(label.toLowerCase(), address);
  }
  return out;
}

/** The e-mail address the registry keeps for a person, if any (an alias with an "@" inside, not a handle). */
function addressOf(person: PeopleRegistry['people'][number]): string | undefined {
  return person.aliases.find((alias) => alias.includes('@') && !alias.startsWith('@'));
}

/** Each person's address by every name the registry knows them by (lower case), for a calendar with names. */
function addressesByName(registry: PeopleRegistry): Map<string, string> {
  const out = new Map<string, string>();
  for (const person of registry.people) {
    const address = addressOf(person);
    if (!address) continue;
    for (const name of [person.name, ...person.aliases])
      if (!name.includes('@') && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), address);
  }
  return out;
}

/**
 * The author's words of what a format publishes (see `RenderedReport.authorsWords`): a whole report's prose, the
 * actions and the factors they address for a tracker; none for a Slack summary or a calendar, whose few lines are
 * debrief's own or the bottom line.
 */
function authorsProse(selection: IncidentDocument, format: ReportFormat, bluf: string): string | undefined {
  switch (format) {
    case 'md':
    case 'html':
    case 'pdf':
      // A reader's page shows no review's notes or decisions (only the engineering report has a Reviews section):
      // what was said in the room is not checked as if it were published (trial 26 F13).
      return publishedProse({ ...selection, reviews: [] }, { text: bluf, authored: true, missing: [] });
    case 'json':
      return publishedProse(selection, { text: bluf, authored: true, missing: [] });
    case 'jira-csv':
    case 'github-json':
    case 'github-md':
      return [
        ...selection.actions.map((action) => action.title),
        ...selection.factors.map((f) => f.title),
      ].join('\n\n');
    default:
      return undefined;
  }
}

/** The text a report publishes in prose, for the blameless-language check (markup and log lines left out). */
export function publishedProse(view: IncidentDocument, bluf: Bluf): string {
  const parts = [
    view.title,
    bluf.text,
    view.summary,
    view.impact.description,
    view.impact.cost ?? '',
    view.impact.sla ?? '',
    view.ask,
    ...view.factors.flatMap((f) => [f.title, f.description]),
    ...view.actions.map((a) => a.title),
    ...view.wentWell,
    ...view.gotLucky,
    view.followUp,
    // Everything else the audience's view still carries is published too, so it is checked too.
    ...view.timeline.map((event) => event.summary),
    ...view.extraSections.flatMap((section) => [section.heading, section.body]),
    ...view.reviews.flatMap((review) => [review.notes, ...review.decisions]),
  ];
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}
