import { type Action, type IncidentDocument, isOpenAction, isOverdue } from '../domain/index.js';
import type { Audience } from './audience.js';
import { affectedNoun, singularNoun, withoutImpactLabel } from './impact-facts.js';
import { countWord, plainDate, plainPercent } from './plain-dates.js';

/** One part of the "What it means for the business" block, as plain text the renderer escapes. */
export interface BusinessFact {
  kind: 'customers' | 'cost' | 'sla' | 'errorBudget' | 'recurrence' | 'slipping' | 'ask';
  text: string;
}

export const businessHeading = 'What it means for the business';

const numberFormat = new Intl.NumberFormat('en-US');

/** Ends a sentence that holds the author's words with one full stop, not two. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function customers(view: IncidentDocument): string | undefined {
  const { impact } = view;
  const { usersAffected: users, failedRequests: failed } = impact;
  const noun = affectedNoun(view);
  const affected =
    users === undefined
      ? undefined
      : users === 0
        ? `No ${noun} were affected`
        : `${numberFormat.format(users)} ${users === 1 ? `${singularNoun(noun)} was` : `${noun} were`} affected`;
  if (affected && failed !== undefined && users !== 0)
    return `${affected}, and ${numberFormat.format(failed)} of their requests failed.`;
  if (affected) return `${affected}.`;
  // No count of people recorded: what customers saw, in the author's first sentence, rather than no word on
  // customers (after the failed requests when those are counted: trial 29 read only "1,240,000 customer requests
  // failed" where the impact said a third of users saw empty results).
  const first = withoutImpactLabel(impact.description)
    .trim()
    .split(/(?<=[.!?])\s+|\n/)[0]
    ?.trim();
  if (failed !== undefined) {
    const requests = `${numberFormat.format(failed)} customer requests failed.`;
    return first ? `${requests} ${customersSaw(first)}` : `${requests} ${notRecorded.customers}`;
  }
  if (!first) return notRecorded.customers;
  return customersSaw(first);
}

/** The author's first sentence about customers, said as what customers saw. */
function customersSaw(first: string): string {
  // "For customers: For 23 minutes …" said "for" twice (trial 18c); a sentence about customers says so itself
  // ("For customers: Customers saw stale balances", trial 23).
  if (/^(?:customers|users|clients|merchants|buyers|shoppers|subscribers)\b/i.test(first))
    return sentence(first);
  return /^for\b/i.test(first)
    ? `What customers saw: ${sentence(first)}`
    : `For customers: ${sentence(first)}`;
}

// What the block says when the author has not recorded a part: an executive must be able to tell "none" from
// "nobody wrote it down", so each question the block answers gets an answer.
const notRecorded = {
  customers: 'Customers affected: not recorded yet.',
  cost: 'Cost to the business and any contract (SLA) impact: not recorded yet.',
  costAlone: 'Cost to the business: not recorded yet.',
  // The cost recorded, the contract side not: an executive cannot tell "met" from "nobody checked" (trial 23).
  sla: 'Contract (SLA) impact: not recorded yet.',
  ask: 'What we ask of you: nothing has been asked yet.',
};

function costLine(impact: IncidentDocument['impact']): string | undefined {
  if (impact.cost?.trim()) return sentence(`Cost to the business: ${impact.cost}`);
  // Neither recorded: one line says so for both. An SLA line answers the contract side only: that the SLAs were
  // met says nothing of what the outage cost, so the cost is still said to be unrecorded (trial 18e E2-7).
  return sla(impact) === undefined ? notRecorded.cost : notRecorded.costAlone;
}

function sla(impact: IncidentDocument['impact']): string | undefined {
  const note = impact.sla?.trim() ? `: ${impact.sla.trim()}` : '';
  if (impact.slaBreached === true)
    return sentence(`A service level we promise customers in contracts (an SLA) was not met${note}`);
  if (impact.slaBreached === false)
    return sentence(`The service levels we promise customers in contracts (SLAs) were met${note}`);
  return note ? sentence(`Service levels we promise customers in contracts (SLAs)${note}`) : undefined;
}

/**
 * Glossary terms the business block explains where it names them ("Error budget spent, 34%: this incident used
 * …"), by the pattern of that explanation: a report holding it needs no second one in its closing words.
 */
export const explainedInPlace: Readonly<Record<string, RegExp>> = {
  'error-budget': /Error budget spent, [\d,.]+%: this incident /,
};

// The error budget is the common SLO practice's monthly allowance of failures; the reports show it in percent.
function errorBudget(burn: number | undefined): string | undefined {
  if (burn === undefined) return undefined;
  const percent = plainPercent(burn);
  return burn <= 1
    ? `Error budget spent, ${percent}: this incident used ${percent} of the failures we allow ourselves in a month.`
    : `Error budget spent, ${percent}: this incident caused more failures than we allow ourselves in a whole month.`;
}

const guards = new Set<Action['type']>(['prevent', 'mitigate']);

/**
 * Whether the same conditions could cause the incident again before its fixes land: the open actions that
 * prevent a repeat or limit its harm, and the date the last of them is due. Given `today`, a date already past
 * is said to be overdue, never presented as still ahead.
 */
export function recurrenceSentence(actions: readonly Action[], today?: string): string {
  const open = actions.filter((action) => guards.has(action.type) && isOpenAction(action));
  if (open.length === 0) {
    return actions.some((action) => guards.has(action.type) && action.status === 'done')
      ? 'The actions agreed to prevent a repeat or limit its harm are done.'
      : 'No action to prevent a repeat is planned yet, so the same conditions could cause this again.';
  }
  const prevent = open.filter((action) => action.type === 'prevent').length;
  const n = open.length;
  const many = n === 1 ? '' : `${countWord(n)} `;
  const what =
    prevent === n
      ? `the ${many}prevention ${n === 1 ? 'action' : 'actions'}`
      : prevent === 0
        ? `the ${many}${n === 1 ? 'action that limits' : 'actions that limit'} the harm`
        : `the ${many}actions that prevent a repeat or limit its harm`;
  const dates = open.flatMap((action) => (action.dueDate ? [action.dueDate] : [])).sort();
  const last = dates.at(-1);
  const undated = n - dates.length;
  const overdue = today === undefined ? 0 : open.filter((action) => isOverdue(action, today)).length;
  // What stands out beside the last date: how many are overdue already, how many have no date at all.
  const notes = [
    overdue > 0 && overdue < n ? `${countWord(overdue)} ${overdue === 1 ? 'is' : 'are'} overdue` : '',
    undated > 0 ? `${countWord(undated)} ${undated === 1 ? 'has' : 'have'} no date yet` : '',
  ].filter(Boolean);
  const when = !last
    ? 'no date set yet'
    : overdue === n
      ? n === 1
        ? `overdue since ${plainDate(last)}`
        : `${n === 2 ? 'both' : 'all'} overdue, the last since ${plainDate(last)}`
      : `by ${plainDate(last)}${notes.length > 0 ? `; ${notes.join(' and ')}` : ''}`;
  const until = `until ${what} ${n === 1 ? 'is' : 'are'} done (${when})`;
  return prevent === 0
    ? `No action yet prevents a repeat, and ${until}, a repeat would affect customers as much as this one did.`
    : `${until.charAt(0).toUpperCase()}${until.slice(1)}, the same conditions could cause this again.`;
}

// The actions the recurrence line counts (prevent a repeat, limit its harm) and those that catch it sooner: a late
// one the line above calls overdue is named here too (trial 18f: "two are overdue" above one named).
const watched = new Set<Action['type']>(['prevent', 'mitigate', 'detect']);
const typeNouns = { prevent: 'prevention', mitigate: 'mitigation', detect: 'detection' } as const;

/**
 * Three or more watched actions counted by what they do ("two prevention actions and one detection action"): a
 * count of "actions" of its own would read as the recurrence line's set, which holds other actions.
 */
function byType(list: readonly Action[]): string {
  return (
    (['prevent', 'mitigate', 'detect'] as const)
      .map((type) => [type, list.filter((action) => action.type === type).length] as const)
      .filter(([, n]) => n > 0)
      .map(([type, n]) => `${countWord(n)} ${typeNouns[type]} ${n === 1 ? 'action' : 'actions'}`)
      // Three kinds are a list, not "one … and one … and one …" (trial 26 F9).
      .join(', ')
      .replace(/, (?=[^,]*$)/, ' and ')
  );
}

/**
 * Whether the plan to prevent a repeat, limit its harm or catch it sooner is slipping: its open actions past their date (given
 * `today`) and those with no owner, named when there are one or two ("Fire the alert after 1 minute" is overdue
 * since 1 December 2026), counted by type beyond ("two prevention actions and two detection actions"). Never a bare
 * "four actions": the recurrence line above counts another set (the actions that prevent a repeat or limit its
 * harm), and two different "four actions" in one block read as one. Undefined when the plan is on track.
 */
export function slippingSentence(actions: readonly Action[], today?: string): string | undefined {
  const open = actions.filter((action) => watched.has(action.type) && isOpenAction(action));
  const overdue = today === undefined ? [] : open.filter((action) => isOverdue(action, today));
  const ownerless = open.filter((action) => action.owner.trim() === '');
  if (overdue.length === 0 && ownerless.length === 0) return undefined;
  const named = (list: readonly Action[]) =>
    list.length <= 2
      ? list.map((action) => `"${action.title.trim().replace(/[.!?]$/, '')}"`).join(' and ')
      : byType(list);
  const parts: string[] = [];
  if (overdue.length > 0) {
    const since =
      overdue.length === 1 && overdue[0]?.dueDate ? ` since ${plainDate(overdue[0].dueDate)}` : '';
    parts.push(`${named(overdue)} ${overdue.length === 1 ? 'is' : 'are'} overdue${since}`);
  }
  if (ownerless.length > 0) {
    const same = overdue.length > 0 && ownerless.every((action) => overdue.includes(action));
    // An action named just above is pointed back to, not named again (trial 28 F7 read a long title twice).
    const ordinal =
      same && overdue.length === 2 && ownerless.length === 1
        ? overdue[0] === ownerless[0]
          ? 'the first'
          : 'the second'
        : undefined;
    parts.push(
      !same
        ? `${named(ownerless)} ${ownerless.length === 1 ? 'has' : 'have'} no owner`
        : ownerless.length === 1 && overdue.length === 1
          ? 'it has no owner'
          : ordinal
            ? `${ordinal} has no owner`
            : overdue.length <= 2 && ownerless.length === overdue.length
              ? `neither has an owner`
              : `${named(ownerless)} ${ownerless.length === 1 ? 'has' : 'have'} no owner`,
    );
  }
  return `The plan is slipping: ${parts.join(', and ')}.`;
}

/**
 * What the incident means for the business, in plain sentences, from an audience's view. Executives get each
 * part the author recorded (customers affected, cost, SLA, error budget explained, the decision asked of them),
 * "not recorded yet" for customers, cost and the ask when nothing says them,
 * and the recurrence risk derived from the open actions, with a warning when the plan is slipping (given
 * `today`, the date the renderer read once). The public gets none of it: its Impact section already
 * counts the users and requests affected, and cost, contracts, the internal budget, the risk the company carries
 * until its fixes land and what the team asks of its executives are the company's to say, not a status page's.
 */
export function businessFacts(view: IncidentDocument, audience: Audience, today?: string): BusinessFact[] {
  if (audience !== 'exec') return [];
  const facts: Array<[BusinessFact['kind'], string | undefined]> = [
    ['customers', customers(view)],
    ['cost', costLine(view.impact)],
    ['sla', sla(view.impact) ?? (view.impact.cost?.trim() ? notRecorded.sla : undefined)],
    ['errorBudget', errorBudget(view.impact.errorBudgetBurn)],
    ['recurrence', recurrenceSentence(view.actions, today)],
    ['slipping', slippingSentence(view.actions, today)],
    ['ask', view.ask.trim() ? `What we ask of you: ${sentence(view.ask.trim())}` : notRecorded.ask],
  ];
  return facts.flatMap(([kind, text]) => (text ? [{ kind, text }] : []));
}
