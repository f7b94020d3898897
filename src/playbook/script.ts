import type { IncidentDocument } from '../domain/index.js';
import { agendaFor, agendaMinutes } from './agenda.js';
import { scriptText } from './content/generated/script.js';
import { followUpAt, formatUtcMinute, impactWindow, servicesPhrase } from './incident-facts.js';

/** A statement for the facilitator to read out, and the facts it could not fill in. */
export interface Statement {
  heading: string;
  text: string;
  /** Facts the incident does not record yet, named so the facilitator can ask for them. */
  missing: string[];
}

// The wording is data (content/script.yml); this file decides which pieces apply and fills their slots.
const { opening, closing } = scriptText;

/** Fills the `{name}` slots of a piece of the script; the values themselves are not searched for slots. */
function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => String(values[name] ?? slot));
}

/** The opening statement: purpose, blameless ground rules and what the meeting will produce, filled from the incident. */
export function openingStatement(doc: IncidentDocument): Statement {
  const missing: string[] = [];
  const services = servicesPhrase(doc.services);
  if (!services) missing.push(opening.missing.services);
  const window = impactWindow(doc);
  if (!window) missing.push(opening.missing.impactStart);
  const minutes = agendaMinutes(agendaFor(doc.severity));
  const incident = fill(opening.incident, {
    title: doc.title,
    severity: doc.severity,
    affected: services ? fill(opening.affected, { services }) : opening.affectedMissing,
    impact: window ? fill(opening.impact, { window }) : opening.impactMissing,
  });
  const text = [
    opening.thanks,
    incident,
    opening.purpose,
    opening.groundRules,
    fill(opening.timeBox, { minutes }),
  ];
  return { heading: opening.heading, text: text.join(' '), missing };
}

/** The closing statement: key findings, actions with owners and dates, and the follow-up date. */
export function closingStatement(doc: IncidentDocument): Statement {
  const missing: string[] = [];
  const lines: string[] = [closing.intro];
  if (doc.factors.length > 0) {
    lines.push(closing.findings);
    for (const factor of doc.factors) lines.push(fill(closing.finding, { title: factor.title }));
  } else {
    missing.push(closing.missing.factors);
    lines.push(closing.findingsMissing);
  }
  const actions = doc.actions.filter((action) => action.status !== 'dropped');
  if (actions.length > 0) {
    lines.push(closing.actions);
    for (const action of actions) {
      const owner = action.owner || closing.ownerMissing;
      const due = action.dueDate ? fill(closing.due, { date: action.dueDate }) : closing.dueMissing;
      if (!action.owner) missing.push(fill(closing.missing.owner, { title: action.title }));
      if (!action.dueDate) missing.push(fill(closing.missing.dueDate, { title: action.title }));
      lines.push(fill(closing.action, { title: action.title, owner, due }));
    }
  } else {
    missing.push(closing.missing.actions);
    lines.push(closing.actionsMissing);
  }
  const followUp = followUpAt(doc);
  if (followUp) {
    lines.push(fill(closing.followUp, { when: formatUtcMinute(followUp) }));
  } else {
    missing.push(closing.missing.followUp);
    lines.push(closing.followUpMissing);
  }
  lines.push(closing.end);
  return { heading: closing.heading, text: lines.join('\n'), missing };
}
