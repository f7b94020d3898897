import type { IncidentDocument } from '../domain/index.js';
import { agendaFor, agendaMinutes } from './agenda.js';
import { followUpAt, formatUtcMinute, impactWindow, servicesPhrase } from './incident-facts.js';

/** A statement for the facilitator to read out, and the facts it could not fill in. */
export interface Statement {
  heading: string;
  text: string;
  /** Facts the incident does not record yet, named so the facilitator can ask for them. */
  missing: string[];
}

/** The opening statement: purpose, blameless ground rules and what the meeting will produce, filled from the incident. */
export function openingStatement(doc: IncidentDocument): Statement {
  const missing: string[] = [];
  const services = servicesPhrase(doc.services);
  if (!services) missing.push('affected services');
  const window = impactWindow(doc);
  if (!window) missing.push('impact start');
  const minutes = agendaMinutes(agendaFor(doc.severity));
  const what = [
    `This is the review of "${doc.title}", a ${doc.severity} incident`,
    services ? ` that affected ${services}` : ' (affected services not recorded yet)',
    window ? `, with customer impact ${window}.` : ' (impact window not recorded yet).',
  ].join('');
  const text = [
    'Thank you for making the time.',
    what,
    'We are here to learn how our systems and ways of working allowed this to happen, and to decide what we will change. We are not here to find someone to blame.',
    'Three ground rules. First, we assume everyone did what made sense with what they knew at the time, so we ask what they saw rather than what they should have done. Second, we talk about conditions, tools and decisions, not about culprits. Third, anyone may pause the discussion if it starts to sound like blame, including me.',
    `We have ${minutes} minutes. By the end we will have one shared timeline, the contributing factors, and a short list of action items, each with an owner and a due date.`,
  ].join(' ');
  return { heading: 'Opening statement', text, missing };
}

/** The closing statement: key findings, actions with owners and dates, and the follow-up date. */
export function closingStatement(doc: IncidentDocument): Statement {
  const missing: string[] = [];
  const lines: string[] = ['Thank you. Let me read back what we found and what we agreed.'];
  if (doc.factors.length > 0) {
    lines.push('Key findings:');
    for (const factor of doc.factors) lines.push(`- ${factor.title}`);
  } else {
    missing.push('contributing factors');
    lines.push(
      'We have not recorded any contributing factors yet; let us name at least one before we leave.',
    );
  }
  const actions = doc.actions.filter((action) => action.status !== 'dropped');
  if (actions.length > 0) {
    lines.push('Action items:');
    for (const action of actions) {
      const owner = action.owner || 'owner needed';
      const due = action.dueDate ? `due ${action.dueDate}` : 'due date needed';
      if (!action.owner) missing.push(`owner for "${action.title}"`);
      if (!action.dueDate) missing.push(`due date for "${action.title}"`);
      lines.push(`- ${action.title} (${owner}, ${due})`);
    }
  } else {
    missing.push('action items');
    lines.push('We have no action items yet; a review without one change is a review we will repeat.');
  }
  const followUp = followUpAt(doc);
  if (followUp) {
    lines.push(`We will meet again on ${formatUtcMinute(followUp)} to check how the actions are going.`);
  } else {
    missing.push('follow-up review date');
    lines.push('We still need a date for the follow-up review; let us pick one now.');
  }
  lines.push('The write-up will be shared within two working days. Thank you for being open today.');
  return { heading: 'Closing statement', text: lines.join('\n'), missing };
}
