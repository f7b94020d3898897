import type { IncidentDocument } from '../domain/index.js';
import { agendaFor, agendaMinutes } from './agenda.js';
import * as script from './content/generated/script.js';
import { followUpAt, formatUtcMinute, impactWindow, servicesPhrase } from './incident-facts.js';

/** A statement for the facilitator to read out, and the facts it could not fill in. */
export interface Statement {
  heading: string;
  text: string;
  /** Facts the incident does not record yet, named so the facilitator can ask for them. */
  missing: string[];
}

// The wording is data (content/script.yml): one constant per piece, and a function per piece with slots to fill.
// This file decides which pieces apply.

/** The opening statement: purpose, blameless ground rules and what the meeting will produce, filled from the incident. */
export function openingStatement(doc: IncidentDocument): Statement {
  const missing: string[] = [];
  const services = servicesPhrase(doc.services);
  if (!services) missing.push(script.openingMissingServices);
  const window = impactWindow(doc);
  if (!window) missing.push(script.openingMissingImpactStart);
  const minutes = agendaMinutes(agendaFor(doc.severity));
  const incident = script.openingIncident({
    title: doc.title,
    severity: doc.severity,
    affected: services ? script.openingAffected({ services }) : script.openingAffectedMissing,
    impact: window ? script.openingImpact({ window }) : script.openingImpactMissing,
  });
  const sentences = [
    script.openingThanks,
    incident,
    script.openingPurpose,
    script.openingGroundRules,
    script.openingTimeBox({ minutes }),
  ];
  return { heading: script.openingHeading, text: sentences.join(' '), missing };
}

/** The closing statement: key findings, actions with owners and dates, and the follow-up date. */
export function closingStatement(doc: IncidentDocument): Statement {
  const missing: string[] = [];
  const lines: string[] = [script.closingIntro];
  if (doc.factors.length > 0) {
    lines.push(script.closingFindings);
    for (const factor of doc.factors) lines.push(script.closingFinding({ title: factor.title }));
  } else {
    missing.push(script.closingMissingFactors);
    lines.push(script.closingFindingsMissing);
  }
  const actions = doc.actions.filter((action) => action.status !== 'dropped');
  if (actions.length > 0) {
    lines.push(script.closingActions);
    for (const action of actions) {
      const owner = action.owner || script.closingOwnerMissing;
      const due = action.dueDate ? script.closingDue({ date: action.dueDate }) : script.closingDueMissing;
      if (!action.owner) missing.push(script.closingMissingOwner({ title: action.title }));
      if (!action.dueDate) missing.push(script.closingMissingDueDate({ title: action.title }));
      lines.push(script.closingAction({ title: action.title, owner, due }));
    }
  } else {
    missing.push(script.closingMissingActions);
    lines.push(script.closingActionsMissing);
  }
  const followUp = followUpAt(doc);
  if (followUp) {
    lines.push(script.closingFollowUp({ when: formatUtcMinute(followUp) }));
  } else {
    missing.push(script.closingMissingFollowUp);
    lines.push(script.closingFollowUpMissing);
  }
  lines.push(script.closingEnd);
  return { heading: script.closingHeading, text: lines.join('\n'), missing };
}
