import {
  factorCategoryInputSchema,
  factorCategoryLabels,
  type IncidentDocument,
  parseWith,
  type Review,
  type Severity,
  severityInputSchema,
} from '../../domain/index.js';
import {
  agendaFor,
  agendaMinutes,
  agendaPhaseInputSchema,
  glossary as allTerms,
  fitAgenda,
  formatUtcMinute,
  glossaryMatches,
  glossarySuggestions,
  type IncidentAgendaItem,
  incidentAgenda,
  nuanceTopic,
  nuanceTopics,
  objectionResponse,
  objections,
  objectionsRaisedBy,
  type ProbingQuestion,
  plannedLengthProblem,
  plannedLengthWarning,
  questionsFor,
  questionsForPhase,
  raisedBy,
  reviewScript,
  type SpokenCheck,
  speakerFromText,
  speakers,
} from '../../playbook/index.js';
import { CliError } from '../errors.js';
import { formatTable } from '../output.js';

interface Output {
  text: string;
  json: unknown;
  /** Said on stderr, after the output: a booked length too short for the meeting. */
  warnings?: string[];
}

interface Flags {
  severity?: string;
  phase?: string;
  category?: string;
  /** script: the blame check of each title, factor and action read aloud (`spokenCheck`). */
  check?: SpokenCheck;
  /** objections: only those this role typically raises (any case). */
  role?: string;
  /** script: the id of the booked meeting it is for (`--review`); default: the one `meetingChoice` picks. */
  review?: string;
  /** agenda and script: the meeting's length (`--minutes`, checked by the verb), instead of the booked one. */
  minutes?: number | undefined;
  /**
   * Now (an ISO instant, or a date), read by the verb: it picks the meeting (the next review, not a past one) and
   * stands in for the meeting's date when no review is scheduled.
   */
  today?: string;
}

/** Builds what `debrief playbook TOPIC` prints, as text and as JSON. */
export function playbookOutput(
  topic: string,
  term: string,
  flags: Flags,
  doc: IncidentDocument | undefined,
): Output {
  switch (topic) {
    case 'script':
      return script(doc, flags);
    case 'agenda':
      return agenda(doc, flags);
    case 'objections':
      return objectionList(flags.role);
    case 'questions':
      return questions(flags);
    case 'nuance':
      return nuance(term);
    default:
      return glossary(term);
  }
}

/** The booked meeting `--review` names, or a usage error listing the incident's meetings. */
function chosenReview(doc: IncidentDocument, id: string): Review {
  const review = doc.reviews.find((candidate) => candidate.id === id.trim().toUpperCase());
  if (review) return review;
  const booked = doc.reviews.map((r) => `${r.id} (${r.kind}, ${r.scheduledAt.slice(0, 10)})`);
  throw new CliError(
    `--review: ${doc.id} has no meeting ${JSON.stringify(id)}; ${booked.length > 0 ? `its meetings: ${booked.join(', ')}` : 'none is booked (`debrief review schedule`)'}`,
  );
}

function script(doc: IncidentDocument | undefined, flags: Flags): Output {
  const { today, check, minutes } = flags;
  const review = doc && flags.review !== undefined ? chosenReview(doc, flags.review) : undefined;
  const options = {
    ...(today ? { today } : {}),
    ...(check ? { check } : {}),
    ...(review ? { review } : {}),
    ...(minutes ? { minutes } : {}),
  };
  // The script's length is the agenda's: refused, or warned about, as the agenda is.
  const plan = doc ? incidentAgenda(doc, options) : undefined;
  if (plan) refuseUnplannable(minutes, plan.items.length);
  const warning = plan ? plan.warning : plannedAgenda('SEV2', minutes).warning;
  const statements = reviewScript(doc, options);
  const body = statements
    .map((s) => {
      const missing = s.missing.length ? `\n(Missing: ${s.missing.join('; ')})\n` : '';
      const cue = s.cue ? `(When: ${s.cue})\n` : '';
      return `${s.heading}\n${'='.repeat(s.heading.length)}\n${cue}${s.text}\n${missing}`;
    })
    .join('\n');
  const [opening, reminder, closing] = statements;
  const warnings = warning ? [warning] : [];
  if (!plan) return { text: body, json: { template: true, opening, reminder, closing }, warnings };
  return {
    text: `${plan.meeting}\n\n${body}`,
    json: {
      template: false,
      meeting: plan.meeting,
      ...(review ? { review: review.id } : {}),
      ...(warning ? { warning } : {}),
      opening,
      reminder,
      closing,
    },
    warnings,
  };
}

function agenda(doc: IncidentDocument | undefined, flags: Flags): Output {
  const { today, minutes, severity: severityFlag } = flags;
  if (doc) {
    const review = flags.review !== undefined ? chosenReview(doc, flags.review) : undefined;
    const plan = incidentAgenda(doc, {
      ...(today ? { today } : {}),
      ...(minutes ? { minutes } : {}),
      ...(review ? { review } : {}),
    });
    refuseUnplannable(minutes, plan.items.length);
    // The line under the heading names the booked meeting; the heading says it only when that line does not (trial
    // 18b B-15 read the date and time twice).
    const when = plan.scheduledAt && !plan.meeting ? `, scheduled ${formatUtcMinute(plan.scheduledAt)}` : '';
    const source =
      plan.source === 'review'
        ? "\nThis meeting's own agenda, as set on the review (the web console runs the same one)."
        : '';
    const heading = `Review agenda for "${doc.title}" (${plan.severity}, ${plan.minutes} minutes${when})\n${plan.meeting}${source}`;
    return {
      text: agendaText(heading, plan.items),
      json: plan,
      warnings: plan.warning ? [plan.warning] : [],
    };
  }
  const severity = parseWith(severityInputSchema, severityFlag ?? 'SEV2', '--severity');
  const planned = plannedAgenda(severity, minutes);
  const warning = planned.warning;
  // Each phase's questions, as an incident's agenda has them (trial 21 F25: the plan without an incident had none).
  const items = planned.items.map((item) => {
    const fitted = item.phase ? questionsForPhase(item.phase, { minutes: item.minutes }) : undefined;
    return fitted
      ? { ...item, questions: fitted.shown.map((question) => question.text), moreQuestions: fitted.rest }
      : item;
  });
  const heading = `Review agenda for a ${severity} incident (${agendaMinutes(items)} minutes)`;
  return {
    text: agendaText(heading, items),
    json: { severity, minutes: agendaMinutes(items), items },
    warnings: warning ? [warning] : [],
  };
}

/**
 * The playbook's review agenda for a severity, fitted to `--minutes` when given (refused under a minute a phase),
 * with the warning for a length shorter than a review needs.
 */
function plannedAgenda(severity: Severity, minutes: number | undefined) {
  const items = agendaFor(severity);
  if (!minutes) return { items, warning: undefined };
  refuseUnplannable(minutes, items.length);
  return { items: fitAgenda(items, minutes), warning: plannedLengthWarning('review', minutes) };
}

/** `--minutes` too short to give each of the agenda's phases a minute: a usage error naming the shortest. */
function refuseUnplannable(minutes: number | undefined, phases: number): void {
  const problem = minutes ? plannedLengthProblem(minutes, phases) : undefined;
  if (problem) throw new CliError(`--minutes: ${problem}`);
}

type PrintedItem = Omit<IncidentAgendaItem, 'focus' | 'questions' | 'moreQuestions'> &
  Partial<Pick<IncidentAgendaItem, 'focus' | 'questions' | 'moreQuestions'>>;

/** The questions the phase's time box leaves room for, then how to see the others. */
function questionLines(item: PrintedItem): string[] {
  const questions = item.questions ?? [];
  if (questions.length === 0) return [];
  const more = item.moreQuestions
    ? [`    (${item.moreQuestions} more: debrief playbook questions --phase ${item.phase})`]
    : [];
  return ['  Questions to ask:', ...questions.map((q) => `    - ${q}`), ...more];
}

/** A table whose last column, past `width` characters, wraps onto lines of its own under where it starts. */
function wrapLastColumn(table: string, width: number): string {
  const lines = table.split('\n');
  const rule = lines[1] ?? '';
  const start = rule.lastIndexOf(' ') + 1;
  if (start <= 0) return table;
  return lines
    .flatMap((line, index) => {
      if (index < 2 || line.length <= start + width) return [line];
      const words = line.slice(start).split(' ');
      const wrapped: string[] = [];
      let current = '';
      for (const word of words) {
        if (current !== '' && current.length + 1 + word.length > width) {
          wrapped.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      if (current !== '') wrapped.push(current);
      return wrapped.map((part, i) => `${i === 0 ? line.slice(0, start) : ' '.repeat(start)}${part}`);
    })
    .map((line, index) =>
      index === 1 ? line.slice(0, start) + '-'.repeat(Math.min(width, line.length - start)) : line,
    )
    .join('\n');
}

function agendaText(heading: string, items: readonly PrintedItem[]): string {
  const rows = items.map((item) => [`${item.minutes} min`, item.title, item.goal ?? '']);
  const notes = items.flatMap((item) => {
    const lines = [
      ...(item.cue ? [`  Cue: ${item.cue}`] : []),
      ...(item.focus ?? []).map((f) => `  - ${f}`),
      ...questionLines(item),
    ];
    return lines.length > 0 ? [`${item.title}`, ...lines] : [];
  });
  // A goal is never cut (trial 21 read "…has happened sin…"): a long one goes on under itself, in its column.
  const table = wrapLastColumn(formatTable(['Time', 'Phase', 'Goal'], rows, 1_000), 72);
  return `${heading}\n\n${table}\n${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`;
}

function objectionList(roleFlag: string | undefined): Output {
  let list = objections;
  if (roleFlag !== undefined) {
    const role = speakerFromText(roleFlag);
    if (!role) {
      throw new CliError(
        `--role: unknown role ${JSON.stringify(roleFlag)}; expected one of ${speakers.join(', ')} or a title such as cto, head of engineering, tech lead or engineering manager (any case; \`debrief playbook --help\` lists every name)`,
      );
    }
    list = objectionsRaisedBy(role);
  }
  const text = list
    .map((o) =>
      [
        `“${o.said}”`,
        ...harsherLine(o),
        `  Usually raised by ${raisedBy(o)}.`,
        `  Acknowledge: ${o.acknowledge}`,
        `  Explain: ${o.explain}`,
        ...o.systemChecks.map((check) => `  - ${check}`),
        `  Ask: ${o.redirect}`,
        '',
      ].join('\n'),
    )
    .join('\n');
  const json = list.map((o) => ({ ...o, raisedBy: raisedBy(o), response: objectionResponse(o) }));
  return { text, json };
}

/** For a sharper wording of another objection, the fair form it sharpens, so the two are answered alike. */
function harsherLine(objection: (typeof objections)[number]): string[] {
  const fair = objections.find((other) => other.id === objection.harsherFormOf);
  return fair ? [`  A harsher form of: “${fair.said}”`] : [];
}

function nuance(term: string): Output {
  const wanted = term.trim();
  const topics = wanted === '' ? nuanceTopics : [nuanceTopic(wanted)].filter((t) => t !== undefined);
  if (topics.length === 0) {
    throw new CliError(
      `no nuance topic ${JSON.stringify(wanted)}; expected one of ${nuanceTopics.map((t) => t.id).join(', ')}`,
    );
  }
  const text = topics
    .map((topic) => [topic.title, ...topic.points.map((point) => `- ${point}`), ''].join('\n'))
    .join('\n');
  return { text, json: wanted === '' ? topics : topics[0] };
}

function questions(flags: Flags): Output {
  // An empty value is a mistake (an unset shell variable), not "no filter".
  const filter = {
    ...(flags.phase !== undefined
      ? { phase: parseWith(agendaPhaseInputSchema, flags.phase, '--phase') }
      : {}),
    ...(flags.category !== undefined
      ? { category: parseWith(factorCategoryInputSchema, flags.category, '--category') }
      : {}),
  };
  const list = questionsFor(filter);
  const line = (q: ProbingQuestion) =>
    `[${q.phase}${q.categories.length ? ` · ${q.categories.join(', ')}` : ''}] ${q.text}`;
  if (!filter.category) return { text: `${list.map(line).join('\n')}\n`, json: list };
  // With a category, its own questions come first; the general ones (fit for any category) follow under their own
  // heading, so nobody takes them for questions about that category. The JSON lists both in that same order:
  // `categories` is empty on a general question.
  const own = list.filter((q) => q.categories.length > 0);
  const general = list.filter((q) => q.categories.length === 0);
  const label = factorCategoryLabels[filter.category];
  const sections = [
    `Questions about ${label} (${own.length})`,
    ...(own.length > 0 ? own.map(line) : ['(none for this category and phase)']),
    '',
    `General questions, for any category (${general.length})`,
    ...general.map(line),
  ];
  return { text: `${sections.join('\n')}\n`, json: [...own, ...general] };
}

function glossary(term: string): Output {
  if (term.trim() === '') {
    const rows = allTerms.map((e) => [e.term, e.kind, e.aliases.join(', ')]);
    return { text: `${formatTable(['Term', 'Kind', 'Also called'], rows, 60)}\n`, json: allTerms };
  }
  const [entry, ...also] = glossaryMatches(term);
  if (!entry) {
    const near = glossarySuggestions(term).map((e) => e.term);
    throw new CliError(
      `no glossary entry for ${JSON.stringify(term)}${near.length ? `; did you mean: ${near.join(', ')}` : '; list the terms with `debrief playbook glossary`'}`,
    );
  }
  const text = [
    `${entry.term} (${entry.kind})`,
    '',
    `For engineers: ${entry.engineer}`,
    `In plain words: ${entry.exec}`,
    `Factor categories: ${entry.categories.join(', ')}`,
    'Questions to ask:',
    ...questionsForEntry(entry.questions).map((q) => `- ${q}`),
    ...(also.length > 0
      ? ['', `Also matching "${term.trim()}": ${also.map((e) => `${e.term} (${e.kind})`).join(', ')}`]
      : []),
    '',
  ].join('\n');
  return {
    text,
    json: { ...entry, questionTexts: questionsForEntry(entry.questions), also: also.map((e) => e.id) },
  };
}

function questionsForEntry(ids: readonly string[]): string[] {
  const all = questionsFor();
  return ids.flatMap((id) => all.filter((q) => q.id === id).map((q) => q.text));
}
