import { factorCategoryLabels, formatDuration, type IncidentDocument, isOverdue } from '../domain/index.js';
import { impactDurationMs, servicesPhrase, topActions } from '../playbook/index.js';

/** The BLUF as published: the text, whether the author wrote it, and the facts it had to name as missing. */
export interface Bluf {
  text: string;
  authored: boolean;
  missing: string[];
}

/** Executives read the first lines only; this is the budget the generated BLUF must fit. */
export const blufWordLimit = 80;

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function clip(text: string, words: number): string {
  const parts = text.split(/\s+/).filter(Boolean);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}

const numberFormat = new Intl.NumberFormat('en-US');

function impactSentence(doc: IncidentDocument, missing: string[]): string {
  const { usersAffected, failedRequests, errorBudgetBurn } = doc.impact;
  const numbers: string[] = [];
  if (usersAffected !== undefined) numbers.push(`${numberFormat.format(usersAffected)} users affected`);
  if (failedRequests !== undefined) numbers.push(`${numberFormat.format(failedRequests)} failed requests`);
  if (errorBudgetBurn !== undefined)
    numbers.push(`${Math.round(errorBudgetBurn * 100)}% of the error budget`);
  const duration = impactDurationMs(doc);
  if (numbers.length === 0) missing.push('impact numbers');
  if (duration === undefined) missing.push('impact duration');
  // A reader sees what is known, and plainly what is not yet (the author sees `missing` as a to-do).
  const over = duration !== undefined ? `over ${formatDuration(duration)}` : undefined;
  if (numbers.length > 0)
    return `Impact: ${numbers.join(', ')}${over ? `, ${over}` : '; how long it lasted is not yet known'}.`;
  // No numbers, but the author described it: the first sentence of that says more than "not yet measured".
  const said = firstSentence(doc.impact.description);
  if (said) return `Impact: ${said.replace(/[.!?]$/, '')}${over ? `, ${over}` : ''}.`;
  return over ? `Impact lasted ${over.slice(5)}; its size is not yet measured.` : 'Impact: not yet measured.';
}

function build(
  doc: IncidentDocument,
  actionCount: number,
  titleWords: number,
  owners: boolean,
  today?: string,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const services = servicesPhrase(doc.services);
  const date = (doc.moments.impactStart ?? doc.moments.detected)?.at.slice(0, 10);
  const sentences = [
    `${doc.severity}${date ? ` on ${date}` : ''}: ${clip(doc.title, titleWords)}${services ? ` (${services})` : ''}.`,
    impactSentence(doc, missing),
  ];
  const factor = doc.factors[0];
  if (factor) {
    sentences.push(
      `Systemic cause: ${clip(factor.title, titleWords)} (${factorCategoryLabels[factor.category].toLowerCase()}).`,
    );
  } else {
    missing.push('systemic cause');
    sentences.push('Systemic cause missing.');
  }
  const actions = topActions(doc.actions);
  if (actions.length === 0) {
    missing.push('actions');
    sentences.push('Actions missing.', 'Next step: agree action items with owners and due dates.');
  } else {
    const described = actions.slice(0, actionCount).map((action) => {
      if (owners && !action.owner) missing.push(`owner for ${action.id}`);
      if (!action.dueDate) missing.push(`due date for ${action.id}`);
      const due = action.dueDate ?? 'date missing';
      return `${clip(action.title, titleWords)} (${owners ? `${action.owner || 'owner missing'}, ${due}` : due})`;
    });
    sentences.push(`Actions: ${described.join('; ')}.`);
    const next = actions[0]!;
    const late = today !== undefined && isOverdue(next, today);
    sentences.push(
      `Next step: ${clip(next.title, titleWords)}${next.dueDate ? (late ? `, overdue since ${next.dueDate}` : ` by ${next.dueDate}`) : ''}.`,
    );
  }
  return { text: sentences.join(' '), missing: [...new Set(missing)] };
}

/**
 * The bottom line up front, built only from the incident's fields so the same incident always gives the same
 * text. The author's own BLUF wins when present. Long titles are shortened, then fewer actions named, until the
 * text fits in 80 words. Without `owners` (public reports) actions carry only their dates. Given `today` (the
 * caller reads the clock once), a next step already past its date is called overdue.
 */
export function buildBluf(doc: IncidentDocument, options: { owners?: boolean; today?: string } = {}): Bluf {
  const owners = options.owners ?? true;
  if (doc.bluf.trim() !== '') return { text: doc.bluf.trim(), authored: true, missing: [] };
  const attempts: Array<[number, number]> = [
    [3, 40],
    [2, 40],
    [2, 10],
    [1, 8],
    [1, 5],
  ];
  let result = build(doc, 1, 5, owners, options.today);
  for (const [actions, words] of attempts) {
    const candidate = build(doc, actions, words, owners, options.today);
    if (countWords(candidate.text) <= blufWordLimit) {
      result = candidate;
      break;
    }
  }
  return { text: clip(result.text, blufWordLimit), authored: false, missing: result.missing };
}

/** The first sentence of a text, up to about thirty words; empty when there is none. */
function firstSentence(text: string): string {
  const first = text.trim().split(/(?<=[.!?])\s+|\n/)[0] ?? '';
  const words = first.split(/\s+/).filter(Boolean);
  return words.length > 30 ? `${words.slice(0, 30).join(' ')}…` : first;
}
