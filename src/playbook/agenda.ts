import {
  type AgendaItem,
  changeWithoutAuthor,
  factorCategoryLabels,
  type IncidentDocument,
  isOverdue,
  momentNames,
  type Review,
  type ReviewKind,
  type Severity,
} from '../domain/index.js';
import { agendaContent } from './content/generated/agenda.js';
import * as script from './content/generated/script.js';
import { followUpFocus } from './follow-up-focus.js';
import { addDays, followUpState, meetingDate, meetingReview, speakingDate } from './incident-facts.js';
import { bookedLengthWarning, chosenMeetingNote, meetingNote, plannedLengthWarning } from './meeting.js';
import { type MeetingPhase, meetingAgenda } from './meeting-agenda.js';
import { questionsFor, questionsForPhase } from './questions.js';
import { type AgendaPhase, agendaPhases, type ProbingQuestion } from './schema.js';
import { spokenDate, spokenDuration, spokenInstant } from './spoken-time.js';

/** One phase of the review with its default time box and what the facilitator aims to get out of it. */
export interface AgendaPhaseItem extends AgendaItem {
  phase: AgendaPhase;
  goal: string;
  /** A note to the facilitator at the start of the phase (the mid-meeting reminder of the blameless rule). */
  cue?: string;
}

/**
 * A phase of the agenda for one incident: what to ask about this incident in particular. An item of the review's
 * own agenda that names no playbook phase has no phase, goal or focus of its own.
 */
export interface IncidentAgendaItem extends MeetingPhase {
  focus: string[];
  /**
   * The phase's probing questions fitted to its time box, the incident's own factor categories first
   * (`questionsForPhase`, as the web's room shows them), leaving out any a focus line already asks.
   */
  questions: string[];
  /** How many more questions the phase has (`debrief playbook questions --phase PHASE` lists them all). */
  moreQuestions: number;
}

/** The agenda of one incident's review, fitted to the scheduled length when a review is scheduled. */
export interface IncidentAgenda {
  severity: Severity;
  minutes: number;
  /** When the review is scheduled (UTC instant), if it is. */
  scheduledAt?: string;
  /** Which booked review this is for, and why that one (or that none is booked), to tell the facilitator. */
  meeting: string;
  /** Set when the review is booked (or planned, with `minutes`) for less time than a meeting of its kind needs. */
  warning?: string;
  /** `review`: the booked review's own agenda, as written on it; `playbook`: the playbook's, fitted to the booking. */
  source: 'review' | 'playbook';
  items: IncidentAgendaItem[];
}

// Titles, goals and time boxes are data: content/agenda.yml.
const {
  phases: phaseText,
  minutes: minutesBySeverity,
  followUp,
  followUpAfter,
  followUpQuestions,
} = agendaContent;

// The reminder goes where blame most often creeps in: when the room starts asking why.
const reminderPhase: AgendaPhase = 'factors';

/** The review agenda for an incident of this severity, with default time boxes. */
export function agendaFor(severity: Severity): AgendaPhaseItem[] {
  const minutes = minutesBySeverity[severity];
  return agendaPhases.map((phase) => ({
    phase,
    title: phaseText[phase].title,
    goal: phaseText[phase].goal,
    minutes: minutes[phase],
    ...(phase === reminderPhase ? { cue: script.reminderCue } : {}),
  }));
}

/** The default agenda of a review meeting of this kind: the full review, or the shorter follow-up review. */
export function reviewAgenda(kind: ReviewKind, severity: Severity): AgendaPhaseItem[] {
  return kind === 'follow-up' ? followUp.map((item) => ({ ...item })) : agendaFor(severity);
}

/**
 * The agenda a booked meeting runs when it has none of its own: the playbook's for its kind and the severity,
 * fitted to the length it is booked for. The CLI's agenda and the web app's meeting timer both use this one.
 */
export function bookedAgenda(
  review: { kind?: ReviewKind | undefined; durationMinutes?: number | undefined },
  severity: Severity,
): AgendaPhaseItem[] {
  const defaults = reviewAgenda(review.kind ?? 'review', severity);
  return review.durationMinutes ? fitAgenda(defaults, review.durationMinutes) : defaults;
}

/**
 * How long a meeting is booked for when nobody says: its whole default agenda (a SEV1 review 120 minutes, a SEV4
 * one 30, a follow-up 30). The CLI, the API and the web's form all book this.
 */
export function defaultBookedMinutes(kind: ReviewKind, severity: Severity): number {
  return agendaMinutes(reviewAgenda(kind, severity));
}

/** Total minutes of an agenda. */
export function agendaMinutes(agenda: ReadonlyArray<Pick<AgendaItem, 'minutes'>>): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}

/**
 * The agenda with its time boxes scaled to `total` minutes, in proportion to the defaults (largest remainders
 * get the spare minutes, every phase keeps at least one, so a total shorter than the phases is not met).
 */
export function fitAgenda<T extends Pick<AgendaItem, 'minutes'>>(agenda: readonly T[], total: number): T[] {
  const current = agendaMinutes(agenda);
  if (current === total || current === 0) return agenda.map((item) => ({ ...item }));
  const exact = agenda.map((item) => (item.minutes * total) / current);
  const minutes = exact.map((value) => Math.max(1, Math.floor(value)));
  let spare = total - agendaMinutes(minutes.map((m) => ({ minutes: m })));
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of byRemainder) {
    if (spare <= 0) break;
    minutes[index] = (minutes[index] ?? 0) + 1;
    spare -= 1;
  }
  // The one-minute floors can overshoot a very short meeting: take the extra from the longest phases.
  while (spare < 0 && minutes.some((m) => m > 1)) {
    const longest = minutes.indexOf(Math.max(...minutes));
    minutes[longest] = (minutes[longest] ?? 1) - 1;
    spare += 1;
  }
  // The close reads back every finding and action, checks that the room agrees and sets the follow-up: it keeps
  // its default up to five minutes in a meeting of half an hour or more, taken from the longest phases (trial 18b
  // B-11 gave a 45-minute SEV2 two minutes to close).
  const close = agenda.findIndex((item) => (item as { phase?: string }).phase === 'close');
  const floor = close < 0 || total < 30 ? 0 : Math.min(5, agenda[close]?.minutes ?? 0);
  while (close >= 0 && (minutes[close] ?? 0) < floor) {
    const longest = minutes.indexOf(Math.max(...minutes));
    if (longest === close) break;
    minutes[longest] = (minutes[longest] ?? 1) - 1;
    minutes[close] = (minutes[close] ?? 0) + 1;
  }
  return agenda.map((item, index) => ({ ...item, minutes: minutes[index] ?? item.minutes }));
}

/**
 * The day itself, or the Monday after when it falls on a Saturday or Sunday (the Friday before with `back`): a
 * follow-up is suggested on a working day. Public holidays differ by country and team, so they are left to
 * whoever books it.
 */
export function workdayFrom(date: string, direction: 'forward' | 'back' = 'forward'): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday !== 0 && weekday !== 6) return date;
  if (direction === 'back') return addDays(date, weekday === 6 ? -1 : -2);
  return addDays(date, weekday === 6 ? 2 : 1);
}

/** The suggested follow-up review for a severity: days after the meeting, how to say it, and the date if known. */
export function suggestedFollowUp(
  severity: Severity,
  from?: string,
): { days: number; after: string; date?: string } {
  const { days, spoken } = followUpAfter[severity];
  return { days, after: spoken, ...(from ? { date: workdayFrom(addDays(from.slice(0, 10), days)) } : {}) };
}

/**
 * The follow-up to suggest at this incident's review: the severity's interval after the meeting's day (today's
 * when no review is booked), so "two weeks after this meeting" counts from the meeting whether it is ahead of
 * today or behind it. `passed` when that day is already behind `today`: the room books it as soon as it can.
 */
export function meetingFollowUp(
  doc: Pick<IncidentDocument, 'reviews' | 'severity'>,
  today?: string,
): { days: number; after: string; date?: string; passed: boolean } {
  const suggestion = suggestedFollowUp(doc.severity, meetingDate(doc, today));
  const passed = suggestion.date !== undefined && today !== undefined && suggestion.date < today.slice(0, 10);
  return { ...suggestion, passed };
}

/** The probing questions a follow-up review asks in a phase (agenda.yml `followUpQuestions`). */
function followUpAsks(phase: AgendaPhase): { shown: ProbingQuestion[]; rest: number } {
  const ids = followUpQuestions[phase] ?? [];
  return { shown: questionsFor({ phase }).filter((question) => ids.includes(question.id)), rest: 0 };
}

/**
 * The agenda of this incident's review: the review's own agenda when it has one, else the severity's phases
 * fitted to the scheduled review's length (`meetingAgenda`, as the web console runs it), each with
 * what to ask about this incident (missing moments, uncertain times, each factor with a question for its
 * category, factors no action addresses, actions without owner or date or overdue, the follow-up to book).
 * `today` (an ISO date) stands in for the meeting's date when no review is scheduled; `review` names the meeting
 * (else the running or next one); `minutes` fits the phases to that length instead of the booked one.
 */
export function incidentAgenda(
  doc: IncidentDocument,
  options: { today?: string; minutes?: number; review?: Review } = {},
): IncidentAgenda {
  const review = options.review ?? meetingReview(doc, options.today);
  const booked = meetingAgenda(review ?? { agenda: [], kind: 'review' }, doc.severity);
  // A length asked for (`--minutes`) wins over the booked one: the facilitator is planning a meeting of that length.
  const phases = options.minutes ? fitAgenda(booked, options.minutes) : booked;
  const date = speakingDate(doc, options.today, review);
  const followUp = review?.kind === 'follow-up';
  const focus = {
    ...focusFor(doc, date, options.today),
    ...(followUp ? followUpFocus(doc, review, options.today, date) : {}),
  };
  // A phase's questions go with the first item that runs it (an own agenda may split a phase in two).
  const seen = new Set<AgendaPhase>();
  const categories = [...new Set(doc.factors.map((factor) => factor.category))];
  const items = phases.map((item): IncidentAgendaItem => {
    if (item.phase === undefined || seen.has(item.phase))
      return { ...item, focus: [], questions: [], moreQuestions: 0 };
    seen.add(item.phase);
    const lines = focus[item.phase];
    // A follow-up checks what the first review agreed: its phases ask the follow-up's own questions (agenda.yml),
    // not the first review's, which choose factors and actions.
    const fitted = followUp
      ? followUpAsks(item.phase)
      : questionsForPhase(item.phase, { categories, minutes: item.minutes });
    const questions = fitted.shown
      .map((question) => question.text)
      .filter((text) => !lines.some((line) => line.endsWith(text)));
    return { ...item, focus: lines, questions, moreQuestions: fitted.rest };
  });
  const warning = options.minutes
    ? plannedLengthWarning(review?.kind ?? 'review', options.minutes)
    : review && bookedLengthWarning(review);
  return {
    severity: doc.severity,
    minutes: agendaMinutes(items),
    ...(review ? { scheduledAt: review.scheduledAt } : {}),
    meeting: plannedNote(
      options.review
        ? chosenMeetingNote(options.review, options.today)
        : meetingNote(
            doc,
            options.today,
            agendaMinutes(items),
            options.minutes !== undefined && !review ? agendaMinutes(booked) : undefined,
          ),
      review,
      options.minutes,
    ),
    ...(warning ? { warning } : {}),
    source: review && review.agenda.length > 0 ? 'review' : 'playbook',
    items,
  };
}

/** The note on which meeting this is for, saying so when `--minutes` plans another length than the booking. */
function plannedNote(
  note: string,
  review: Pick<Review, 'durationMinutes'> | undefined,
  minutes?: number,
): string {
  if (!review || minutes === undefined || minutes === review.durationMinutes) return note;
  return `${note} ${script.meetingPlanned({ planned: spokenDuration(minutes) })}`;
}

const momentPrompt = {
  impactStart: script.focusMomentImpactStart,
  detected: script.focusMomentDetected,
  acknowledged: script.focusMomentAcknowledged,
  mitigated: script.focusMomentMitigated,
  resolved: script.focusMomentResolved,
} as const;

// Headings a write-up gives the questions the team still has; such a section is kept as written (an extra section).
const questionHeadings =
  /^(?:open|unanswered|outstanding|remaining)\s+questions?$|^questions(?:\s+still\s+open)?$/i;

/**
 * The questions the write-up lists under an "Open questions" section of its own (a list, or one per line), so the
 * meeting takes them up.
 */
export function openQuestions(doc: Pick<IncidentDocument, 'extraSections'>): string[] {
  return doc.extraSections
    .filter((section) => questionHeadings.test(section.heading.trim()))
    .flatMap((section) => section.body.split('\n'))
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}

const changeKinds = new Set(['deploy', 'config-change', 'flag-change']);
const clock = (at: string) => `${at.slice(11, 16)} UTC`;
// Between the clock times as said (to the minute), so "from 14:03 … at 14:07" is 4 minutes later, not 5.
const toMinute = (at: string) => Date.parse(`${at.slice(0, 16)}:00Z`);
const minutesBetween = (from: string, to: string) => Math.round((toMinute(to) - toMinute(from)) / 60_000);

/**
 * A person of the incident who opens a change's line, by full name or first name ("Tomasz deployed …", trial 26 F2):
 * timeline notes name people as colleagues do, and a name by its shape alone is only a full one.
 */
function leadingPerson(doc: IncidentDocument, line: string): string | undefined {
  const people = [...doc.participants.map((p) => p.name), ...doc.actions.map((a) => a.owner ?? '')]
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const names = [...people, ...people.map((name) => name.split(/\s+/)[0] as string)];
  return names.find(
    (name) => name.length >= 2 && line.startsWith(name) && /^\s+\p{Ll}/u.test(line.slice(name.length)),
  );
}

/**
 * What the walk-through should look at in this incident's own timeline: the last change in the two hours before
 * customers felt it, and the time between the impact and our noticing it (when both moments are recorded).
 */
function timelineFacts(doc: IncidentDocument): string[] {
  const impact = doc.moments.impactStart?.at;
  if (!impact) return [];
  const facts: string[] = [];
  const change = doc.timeline
    .filter((event) => event.at !== null && changeKinds.has(event.kind))
    .filter((event) => {
      const before = minutesBetween(event.at as string, impact);
      return before >= 0 && before <= 120;
    })
    .at(-1);
  if (change?.at) {
    const gap = Math.max(minutesBetween(change.at, impact), 0);
    facts.push(
      script.focusChangeBefore({
        // What changed, not who: the author, the commit's hash and credits are no question for the room (trial 12g
        // G-33); a stakeholder who wants a name may be in it (trial 21 F5).
        summary: changeWithoutAuthor(change.summary, leadingPerson(doc, change.summary)).replace(
          /[.!?]$/,
          '',
        ),
        at: clock(change.at),
        gap: gap === 0 ? 'minutes' : spokenDuration(gap),
      }),
    );
  }
  const detected = doc.moments.detected?.at;
  const gap = detected ? minutesBetween(impact, detected) : 0;
  if (detected && gap > 0) {
    facts.push(
      script.focusDetectGap({ impact: clock(impact), detected: clock(detected), gap: spokenDuration(gap) }),
    );
  }
  return facts;
}

function focusFor(
  doc: IncidentDocument,
  date: string | undefined,
  today: string | undefined,
): Record<AgendaPhase, string[]> {
  const timeline: string[] = momentNames
    .filter((name) => !doc.moments[name])
    .map((name) => momentPrompt[name]);
  timeline.push(...openQuestions(doc).map((question) => script.focusOpenQuestion({ question })));
  timeline.push(...timelineFacts(doc));
  const uncertain = doc.timeline.filter((event) => event.approximate || event.at === null).length;
  if (doc.timeline.length === 0) timeline.push(script.focusNoTimeline);
  else if (uncertain === 1) timeline.push(script.focusApproximateOne);
  else if (uncertain > 0) timeline.push(script.focusApproximate({ count: uncertain }));

  const factors =
    doc.factors.length === 0
      ? [script.focusNoFactors]
      : doc.factors.map((factor) => {
          const question = questionsForPhase('factors', { categories: [factor.category] }).shown.find((q) =>
            q.categories.includes(factor.category),
          );
          const category = factorCategoryLabels[factor.category];
          return question
            ? script.focusFactor({ title: factor.title, category, question: question.text })
            : `"${factor.title}" (${category})`;
        });

  const live = doc.actions.filter((action) => action.status !== 'dropped');
  const addressed = new Set(live.map((action) => action.factorId));
  const actions = [
    ...doc.factors
      .filter((factor) => !addressed.has(factor.id))
      .map((factor) => script.focusFactorWithoutAction({ title: factor.title })),
    ...(live.length === 0 ? [script.focusNoActions] : []),
    ...live.flatMap((action) => {
      const { title } = action;
      const overdue =
        action.dueDate && date && isOverdue(action, date) ? spokenDate(action.dueDate, date) : undefined;
      if (overdue)
        return [
          action.owner
            ? script.focusActionOverdue({ title, date: overdue })
            : script.focusActionNoOwnerOverdue({ title, date: overdue }),
        ];
      if (!action.owner)
        return [
          action.dueDate ? script.focusActionNoOwner({ title }) : script.focusActionNoOwnerNoDue({ title }),
        ];
      return action.dueDate ? [] : [script.focusActionNoDue({ title })];
    }),
  ];

  const followUp = followUpState(doc, today);
  // A follow-up already behind us gets a new date from the day the room speaks; none booked yet, the usual
  // interval after this meeting.
  const again = suggestedFollowUp(doc.severity, date);
  const first = meetingFollowUp(doc, today);
  const around = (day: string | undefined, passed = false) =>
    day === undefined
      ? ''
      : (passed ? script.focusPassed : script.focusAround)({ date: spokenDate(day, date) });
  const close = [
    followUp?.state === 'booked'
      ? script.focusFollowUpBooked({ when: spokenInstant(followUp.at, date) })
      : followUp
        ? script.focusFollowUpPast({
            when: spokenInstant(followUp.at, date),
            severity: doc.severity,
            after: again.after,
            date: around(again.date),
          })
        : script.focusFollowUpSuggested({
            severity: doc.severity,
            after: first.after,
            date: around(first.date, first.passed),
          }),
  ];
  return { 'ground-rules': [], timeline, factors, 'went-well': [], actions, close };
}
