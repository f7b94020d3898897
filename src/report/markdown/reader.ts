/*
 * Markdown for readers outside engineering: the exec and public reports. It follows the HTML report of the same
 * audience, section for section and in the same order, in plain words. Unlike the canonical incident file it is
 * not read back, so it carries none of the file's bookkeeping: no front matter, no record ids, no origins or
 * authors, no table columns a reader would see empty.
 */
import {
  type Action,
  factorCategoryLabels,
  type IncidentDocument,
  incidentStart,
  type TimelineEvent,
} from '../../domain/index.js';
import type { Audience } from '../audience.js';
import { type Bluf, generatedBlufNote } from '../bluf.js';
import { businessFacts, businessHeading } from '../business-impact.js';
import { followUpPlan, followUpSentenceBeside } from '../follow-up-plan.js';
import { impactFacts, missingNumbersNote } from '../impact-facts.js';
import { plainDate, plainDue } from '../plain-dates.js';
import { escapeReaderText as escapeText } from './escape.js';

/** The audiences that get a reader's report rather than the incident file. */
export type ReaderAudience = Exclude<Audience, 'engineering'>;

const audienceLabels: Record<ReaderAudience, string> = {
  exec: 'Executive summary',
  public: 'Incident report',
};

const section = (heading: string, body: string) => (body.trim() === '' ? '' : `## ${heading}\n\n${body}`);

/** A `- ` list; later lines of an item are indented so they stay in it. */
const list = (items: readonly string[]) =>
  items.map((item) => `- ${item.split('\n').join('\n  ')}`).join('\n');

const numberFormat = new Intl.NumberFormat('en-US');

function impactSection(view: IncidentDocument, audience: ReaderAudience): string {
  const lines: string[] = [];
  if (view.services.length > 0) lines.push(`Affected: ${escapeText(view.services.join(', '))}`);
  for (const [label, value] of impactFacts(view, true)) lines.push(`${label}: ${value}`);
  // Same wording as the HTML: saying the numbers are missing is better than a section that hides it.
  const numbers = lines.length > 0 ? list(lines) : missingNumbersNote(view, audience);
  return section('Impact', [numbers, escapeText(view.impact.description)].filter(Boolean).join('\n\n'));
}

/**
 * Times in UTC: the date on the first event of each day, minutes only, and seconds for events that share their
 * minute with another, so their order stays visible.
 */
function timelineSection(view: IncidentDocument): string {
  const perMinute = new Map<string, number>();
  for (const event of view.timeline) {
    if (event.at) perMinute.set(event.at.slice(0, 16), (perMinute.get(event.at.slice(0, 16)) ?? 0) + 1);
  }
  let day = '';
  const items = view.timeline.map((event: TimelineEvent) => {
    const count = event.count > 1 ? ` (${numberFormat.format(event.count)} times)` : '';
    const what = `${escapeText(event.summary)}${count}`;
    if (event.at === null) return `Time unknown — ${what}`;
    const shared = (perMinute.get(event.at.slice(0, 16)) ?? 0) > 1;
    const clock = `${event.at.slice(11, shared ? 19 : 16)} UTC`;
    // The day as readers write it ("30 November 2026, 14:02 UTC"), like every other date of the report.
    const time = event.at.slice(0, 10) === day ? clock : `${plainDate(event.at)}, ${clock}`;
    day = event.at.slice(0, 10);
    return `${event.approximate ? 'About ' : ''}${time} — ${what}`;
  });
  return section('Timeline', list(items));
}

function factorsSection(view: IncidentDocument): string {
  const factors = view.factors.map((factor) =>
    [
      `### ${escapeText(factor.title)}`,
      `Category: ${factorCategoryLabels[factor.category]}`,
      escapeText(factor.description),
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return section('Contributing factors', factors.join('\n\n'));
}

const statusWords: Record<Action['status'], string> = {
  open: 'open',
  'in-progress': 'in progress',
  done: 'done',
  dropped: 'dropped',
};

/** Executives see who owns each action and by when; the public sees what is changing. */
function actionsSection(view: IncidentDocument, audience: ReaderAudience, today: string): string {
  // A dropped action is not something we are changing; its reason is the team's note, not the reader's.
  const actions = view.actions.filter((action) => action.status !== 'dropped');
  if (audience === 'public') {
    return section('What we are changing', list(actions.map((action) => escapeText(action.title))));
  }
  const items = actions.map((action) => {
    const owner = action.owner ? escapeText(action.owner) : 'owner needed';
    const due = plainDue(action, today);
    return `${escapeText(action.title)} — ${owner}, ${due}, ${action.priority} priority, ${statusWords[action.status]}`;
  });
  return section('Action items', list(items));
}

/** The business block, as the HTML report has it right after the bottom line (none for the public). */
function businessSection(view: IncidentDocument, audience: ReaderAudience, today: string): string {
  return section(
    businessHeading,
    list(businessFacts(view, audience, today).map((fact) => escapeText(fact.text))),
  );
}

/**
 * Executives always get a date: the follow-up review's, or a suggested one. The public view carries no reviews
 * and a suggestion is no promise, so a public report shows the team's follow-up text alone.
 */
function reportBackSection(view: IncidentDocument, audience: ReaderAudience, today: string): string {
  const plan =
    audience === 'exec' ? escapeText(followUpSentenceBeside(followUpPlan(view, today), view.followUp)) : '';
  const parts = [plan, escapeText(view.followUp)];
  return section('When we will report back', parts.filter((part) => part.trim() !== '').join('\n\n'));
}

function footer(view: IncidentDocument, audience: ReaderAudience): string {
  const start = incidentStart(view.moments);
  const meta = [audienceLabels[audience], view.severity, start ? plainDate(start) : ''];
  if (audience === 'exec') meta.push(view.status, view.id);
  return `${escapeText(meta.filter(Boolean).join(' · '))}. Blameless post-mortem, written to learn and improve our systems. Generated by debrief.`;
}

/**
 * A report in Markdown for executives or the public, from the audience's view of the incident: title, bottom line
 * first, then the HTML report's sections in its order, then when the team will report back.
 */
export function renderReaderMarkdown(
  view: IncidentDocument,
  audience: ReaderAudience,
  bluf: Bluf,
  today: string,
): string {
  // An executive's bottom line debrief built says so, so the author sees it is still theirs to write.
  const note = audience === 'exec' && !bluf.authored ? `\n\n_${escapeText(generatedBlufNote)}_` : '';
  const bottomLine = section('Bottom line', `${escapeText(bluf.text)}${note}`);
  const summary = section('What happened', escapeText(view.summary));
  const sections =
    audience === 'exec'
      ? [
          bottomLine,
          businessSection(view, audience, today),
          summary,
          impactSection(view, audience),
          factorsSection(view),
          actionsSection(view, audience, today),
          timelineSection(view),
          section('What went well', list(view.wentWell.map(escapeText))),
          section('Where we got lucky', list(view.gotLucky.map(escapeText))),
          reportBackSection(view, audience, today),
        ]
      : [
          bottomLine,
          summary,
          impactSection(view, audience),
          timelineSection(view),
          factorsSection(view),
          actionsSection(view, audience, today),
          reportBackSection(view, audience, today),
        ];
  const parts = [`# ${escapeText(view.title)}`, ...sections.filter(Boolean), footer(view, audience)];
  return `${parts.join('\n\n')}\n`;
}
