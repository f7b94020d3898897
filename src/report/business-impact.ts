import { type Action, type IncidentDocument, isOpenAction, isOverdue } from '../domain/index.js';
import type { Audience } from './audience.js';
import { countWord, plainDate } from './plain-dates.js';

/** One part of the "What it means for the business" block, as plain text the renderer escapes. */
export interface BusinessFact {
  kind: 'customers' | 'cost' | 'sla' | 'errorBudget' | 'recurrence' | 'slipping' | 'ask';
  text: string;
}

export const businessHeading = 'What it means for the business';

const numberFormat = new Intl.NumberFormat('en-US');

/** Ends a sentence that holds the author's words with one full stop, not two. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function customers(impact: IncidentDocument['impact']): string | undefined {
  const { usersAffected: users, failedRequests: failed } = impact;
  const affected =
    users === undefined
      ? undefined
      : users === 0
        ? 'No users were affected'
        : `${numberFormat.format(users)} ${users === 1 ? 'user was' : 'users were'} affected`;
  if (affected && failed !== undefined && users !== 0)
    return `${affected}, and ${numberFormat.format(failed)} of their requests failed.`;
  if (affected) return `${affected}.`;
  if (failed !== undefined) return `${numberFormat.format(failed)} customer requests failed.`;
  return undefined;
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
  'error-budget': /Error budget spent, [\d,]+%: this incident /,
};

// The error budget is the common SLO practice's monthly allowance of failures; the reports show it in percent.
function errorBudget(burn: number | undefined): string | undefined {
  if (burn === undefined) return undefined;
  const percent = Math.round(burn * 100);
  return burn <= 1
    ? `Error budget spent, ${percent}%: this incident used ${percent}% of the failures we allow ourselves in a month.`
    : `Error budget spent, ${percent}%: this incident caused more failures than we allow ourselves in a whole month.`;
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
  const by =
    last && overdue === n
      ? n === 1
        ? `overdue since ${plainDate(last)}`
        : `all overdue, the last since ${plainDate(last)}`
      : last && overdue > 0
        ? `by ${plainDate(last)}; ${countWord(overdue)} ${overdue === 1 ? 'is' : 'are'} overdue`
        : `by ${plainDate(last ?? '')}`;
  const when = !last
    ? 'no date set yet'
    : undated === 0
      ? by
      : `${by}, except ${countWord(undated)} without a date yet`;
  const until = `until ${what} ${n === 1 ? 'is' : 'are'} done (${when})`;
  return prevent === 0
    ? `No action yet prevents a repeat, and ${until}, a repeat would affect customers as much as this one did.`
    : `${until.charAt(0).toUpperCase()}${until.slice(1)}, the same conditions could cause this again.`;
}

const watched = new Set<Action['type']>(['prevent', 'detect']);

/**
 * Whether the plan to prevent a repeat or catch it sooner is slipping: how many of its open actions are past
 * their date (given `today`) and how many have no owner. Undefined when it is on track.
 */
export function slippingSentence(actions: readonly Action[], today?: string): string | undefined {
  const open = actions.filter((action) => watched.has(action.type) && isOpenAction(action));
  const overdue = today === undefined ? 0 : open.filter((action) => isOverdue(action, today)).length;
  const ownerless = open.filter((action) => action.owner.trim() === '').length;
  if (overdue === 0 && ownerless === 0) return undefined;
  const n = open.length;
  const of = (count: number) =>
    n === 1
      ? 'the one action'
      : count < n
        ? `${countWord(count)} of the ${countWord(n)} actions`
        : `${n === 2 ? 'both' : `all ${countWord(n)}`} actions`;
  const whole = `${n === 1 ? 'that prevents' : 'that prevent'} a repeat or catch${n === 1 ? 'es' : ''} it sooner`;
  const late = overdue > 0 ? `${overdue === 1 ? 'is' : 'are'} overdue` : '';
  const unowned = ownerless > 0 ? `${ownerless === 1 ? 'has' : 'have'} no owner` : '';
  if (overdue > 0 && ownerless > 0)
    return `The plan is slipping: ${of(overdue)} ${whole} ${late}, and ${n === 1 ? 'it' : countWord(ownerless)} ${unowned}.`;
  const count = overdue > 0 ? overdue : ownerless;
  return `The plan is slipping: ${of(count)} ${whole} ${late || unowned}.`;
}

/**
 * What the incident means for the business, in plain sentences, from an audience's view. Executives get each
 * part the author recorded (customers affected, cost, SLA, error budget explained, the decision asked of them)
 * and the recurrence risk derived from the open actions, with a warning when the plan is slipping (given
 * `today`, the date the renderer read once). The public gets none of it: its Impact section already
 * counts the users and requests affected, and cost, contracts, the internal budget, the risk the company carries
 * until its fixes land and what the team asks of its executives are the company's to say, not a status page's.
 */
export function businessFacts(view: IncidentDocument, audience: Audience, today?: string): BusinessFact[] {
  if (audience !== 'exec') return [];
  const facts: Array<[BusinessFact['kind'], string | undefined]> = [
    ['customers', customers(view.impact)],
    ['cost', view.impact.cost?.trim() ? sentence(`Cost to the business: ${view.impact.cost}`) : undefined],
    ['sla', sla(view.impact)],
    ['errorBudget', errorBudget(view.impact.errorBudgetBurn)],
    ['recurrence', recurrenceSentence(view.actions, today)],
    ['slipping', slippingSentence(view.actions, today)],
    ['ask', view.ask.trim() ? `What we ask of you: ${sentence(view.ask.trim())}` : undefined],
  ];
  return facts.flatMap(([kind, text]) => (text ? [{ kind, text }] : []));
}
