import { type IncidentDocument, isOverdue, ownerName } from '../domain/index.js';
import { agendaFor, agendaMinutes, meetingFollowUp, suggestedFollowUp } from './agenda.js';
import * as script from './content/generated/script.js';
import { followUpClosingStatement } from './follow-up-closing.js';
import {
  followUpState,
  impactWindow,
  meetingReview,
  servicesPhrase,
  speakingDate,
} from './incident-facts.js';
import { spokenDate, spokenDuration, spokenInstant } from './spoken-time.js';
import { oneAsideAtEnd, type ScriptOptions, type Statement, speakable } from './statement.js';

export type { ScriptOptions, SpokenCheck, Statement } from './statement.js';

// The wording is data (content/script.yml): one constant per piece, and a function per piece with slots to fill.
// This file decides which pieces apply.

export { spokenDuration } from './spoken-time.js';

/**
 * The opening statement: purpose, blameless ground rules and what the meeting will produce, filled from the
 * incident; the length is the scheduled review's, else the severity's default agenda.
 */
export function openingStatement(doc: IncidentDocument, options: ScriptOptions = {}): Statement {
  const missing: string[] = [];
  const services = servicesPhrase(doc.services);
  if (!services) missing.push(script.openingMissingServices);
  const window = impactWindow(doc);
  if (!window) missing.push(script.openingMissingImpactStart);
  const minutes =
    options.minutes ??
    options.review?.durationMinutes ??
    meetingReview(doc, options.today)?.durationMinutes ??
    agendaMinutes(agendaFor(doc.severity));
  const incident = script.openingIncident({
    title: speakable(doc.title, 'title', options, missing),
    severity: doc.severity,
    affected: services ? script.openingAffected({ services }) : script.openingAffectedMissing,
    impact: window ? script.openingImpact({ window }) : script.openingImpactMissing,
  });
  return opening(incident, spokenDuration(minutes), missing, options.review?.kind === 'follow-up');
}

function opening(incident: string, duration: string, missing: string[], followUp = false): Statement {
  const sentences = [
    script.openingThanks,
    incident,
    followUp ? script.openingFollowUpPurpose : script.openingPurpose,
    script.openingGroundRules,
    followUp ? script.openingFollowUpTimeBox({ duration }) : script.openingTimeBox({ duration }),
  ];
  return { heading: script.openingHeading, text: sentences.join(' '), missing };
}

/**
 * The reminder of the blameless rule, read when the contributing factors start (in a follow-up review, the action
 * review) and whenever talk turns to a person.
 */
export function reminderStatement(followUp = false): Statement {
  const cue = followUp ? script.reminderFollowUpCue : script.reminderCue;
  return { heading: script.reminderHeading, text: script.reminderText, missing: [], cue };
}

/**
 * The closing statement: key findings, the decisions this meeting recorded, actions with owners and dates (an open action past its date named as
 * overdue), a check that the room agrees, and the follow-up date, or a suggested one by severity. A follow-up
 * review (`options.review`) closes with its own statement (`followUpClosingStatement`).
 */
export function closingStatement(doc: IncidentDocument, options: ScriptOptions = {}): Statement {
  if (options.review?.kind === 'follow-up') return followUpClosingStatement(doc, options);
  const missing: string[] = [];
  const date = speakingDate(doc, options.today, options.review);
  const say = (day: string) => spokenDate(day, date);
  const findings: string[] = [];
  if (doc.factors.length > 0) {
    findings.push(script.closingFindings);
    for (const factor of doc.factors) {
      findings.push(script.closingFinding({ title: speakable(factor.title, 'factor', options, missing) }));
    }
  } else {
    missing.push(script.closingMissingFactors);
    findings.push(script.closingFindingsMissing);
  }
  const decisions = options.review?.decisions ?? [];
  if (decisions.length > 0) {
    findings.push(script.closingDecisions);
    for (const decision of decisions) {
      findings.push(script.closingDecision({ text: speakable(decision, 'decision', options, missing) }));
    }
  }
  const actionLines: string[] = [];
  const actions = doc.actions.filter((action) => action.status !== 'dropped');
  if (actions.length > 0) {
    actionLines.push(script.closingActions);
    for (const action of actions) {
      const owner = ownerName(action.owner, doc.participants) || script.closingOwnerMissing;
      let due = script.closingDueMissing;
      if (action.status === 'done') {
        due = script.closingDone;
      } else if (action.dueDate && date && isOverdue(action, date)) {
        due = script.closingOverdue({ date: say(action.dueDate) });
        missing.push(script.closingMissingOverdue({ title: action.title, date: say(action.dueDate) }));
      } else if (action.dueDate) {
        due =
          action.status === 'in-progress'
            ? script.closingInProgress({ date: say(action.dueDate) })
            : script.closingDue({ date: say(action.dueDate) });
      }
      if (!action.owner) missing.push(script.closingMissingOwner({ title: action.title }));
      if (!action.dueDate && action.status !== 'done')
        missing.push(script.closingMissingDueDate({ title: action.title }));
      const title = speakable(action.title, 'action', options, missing);
      actionLines.push(oneAsideAtEnd(script.closingAction({ title, owner, due })));
    }
  } else {
    missing.push(script.closingMissingActions);
    actionLines.push(script.closingActionsMissing);
  }
  const followUp = followUpLine(doc, options.today, date, missing);
  missing.push(...businessFactsMissing(doc));
  return closing([...findings, ...actionLines], followUp, missing, actions.length > 0);
}

/** The business facts the executive report asks for that the incident does not record yet. */
function businessFactsMissing(doc: IncidentDocument): string[] {
  const { impact } = doc;
  const missing: string[] = [];
  if (
    impact.usersAffected === undefined &&
    impact.failedRequests === undefined &&
    impact.description.trim() === ''
  )
    missing.push(script.closingMissingCustomers);
  if (impact.cost === undefined && impact.slaBreached === undefined) missing.push(script.closingMissingCost);
  if (doc.ask.trim() === '') missing.push(script.closingMissingAsk);
  return missing;
}

/**
 * The follow-up as said at the close: the booked one ahead of us; one behind us (held, or its date passed without
 * it being closed) is said as such, with a new date by severity from the day the room speaks; none booked, the
 * severity's interval after this meeting (`meetingFollowUp`), said as already behind us when it is.
 */
function followUpLine(
  doc: IncidentDocument,
  today: string | undefined,
  date: string | undefined,
  missing: string[],
): string {
  const followUp = followUpState(doc, today);
  if (followUp?.state === 'booked') return script.closingFollowUp({ when: spokenInstant(followUp.at, date) });
  const again = suggestedFollowUp(doc.severity, date);
  if (followUp && again.date) {
    const when = spokenInstant(followUp.at, date);
    missing.push(script.closingMissingFollowUpPast({ when }));
    const slots = {
      when,
      severity: doc.severity,
      after: again.after,
      date: script.closingSuggestedAround({ date: spokenDate(again.date, date) }),
    };
    return followUp.state === 'held'
      ? script.closingFollowUpHeld(slots)
      : script.closingFollowUpOverdue(slots);
  }
  missing.push(script.closingMissingFollowUp);
  const first = meetingFollowUp(doc, today);
  if (!first.date)
    return script.closingFollowUpSuggestedUndated({ severity: doc.severity, after: first.after });
  const day = spokenDate(first.date, date);
  return script.closingFollowUpSuggested({
    severity: doc.severity,
    after: first.after,
    date: first.passed
      ? script.closingSuggestedPassed({ date: day })
      : script.closingSuggestedAround({ date: day }),
  });
}

function closing(
  readBack: string[],
  followUp: string,
  missing: string[],
  actionsReadOut: boolean,
): Statement {
  // Nobody can agree with owners and dates that were not read out.
  const alignment = actionsReadOut ? script.closingAlignment : script.closingAlignmentNoActions;
  const lines = [script.closingIntro, ...readBack, alignment, followUp, script.closingEnd];
  return { heading: script.closingHeading, text: lines.join('\n'), missing };
}

/**
 * The whole script for an incident's review: the opening, the mid-meeting reminder and the closing. Without an
 * incident, the template a facilitator adapts while preparing, with a [placeholder] for every fact.
 */
export function reviewScript(doc: IncidentDocument | undefined, options: ScriptOptions = {}): Statement[] {
  if (doc) {
    // The meeting chosen for the facilitator may be the booked follow-up (`meetingChoice`): its own opening and
    // closing, as when it is named with `--review`.
    const chosen = options.review ? undefined : meetingReview(doc, options.today);
    const said = chosen?.kind === 'follow-up' ? { ...options, review: chosen } : options;
    return [
      openingStatement(doc, said),
      reminderStatement(said.review?.kind === 'follow-up'),
      closingStatement(doc, said),
    ];
  }
  const t = script;
  const incident = t.openingIncident({
    title: t.templateTitle,
    severity: t.templateSeverity,
    affected: t.openingAffected({ services: t.templateServices }),
    impact: t.openingImpact({ window: t.templateWindow }),
  });
  const readBack = [t.closingFindings, t.templateFinding, t.closingActions, t.templateAction];
  return [
    opening(incident, options.minutes ? spokenDuration(options.minutes) : t.templateDuration, []),
    reminderStatement(),
    closing(readBack, t.closingFollowUp({ when: t.templateWhen }), [], true),
  ];
}
