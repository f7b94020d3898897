import {
  factorCategoryLabels,
  type IncidentDocument,
  isOverdue,
  type MeetingSummary,
  type TimelineEvent,
} from '../domain/index.js';
import { formatUtcMinute } from '../playbook/index.js';
import { type Bluf, generatedBlufNote } from './bluf.js';
import { type BusinessFact, businessHeading } from './business-impact.js';
import type { FailureMode } from './failure-modes.js';
import { followUpPlan, followUpSentenceBeside } from './follow-up-plan.js';
import { codeSpansHtml, escapeHtml, proseHtml } from './html-escape.js';
import { impactFacts, missingNumbersNote } from './impact-facts.js';
import { plainDue } from './plain-dates.js';
import { signatureRates, sparklineSvg } from './signature-rates.js';
import { chartDomain, timelineChartSvg, timelineLegendHtml } from './timeline-chart.js';

/** `12,500`: Intl is too slow to call once per event on a 10,000-event timeline. */
function formatCount(n: number): string {
  const text = String(n);
  return n < 1000 ? text : text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
const section = (heading: string, body: string, className = '') =>
  body === ''
    ? ''
    : `<section${className ? ` class="${className}"` : ''}>\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`;

/**
 * The bottom line, with the facts it could not state named for engineers; `noteGenerated` (exec) says under a
 * bottom line debrief built that it did, so the author sees it is still theirs to write.
 */
export function blufSection(bluf: Bluf, showMissing: boolean, noteGenerated = false): string {
  const missing =
    showMissing && bluf.missing.length > 0
      ? `<p class="missing">Missing: ${escapeHtml(bluf.missing.join(', '))}.</p>`
      : '';
  const note =
    noteGenerated && !bluf.authored
      ? `<p class="generated"><em>${escapeHtml(generatedBlufNote)}</em></p>`
      : '';
  return section('Bottom line', `${proseHtml(bluf.text)}${note}${missing}`, 'bluf');
}

/** What the incident means for the business, one fact an item (the ask keeps its line breaks). */
export function businessSection(facts: readonly BusinessFact[]): string {
  const items = facts.map(
    (fact) => `<li class="${fact.kind}">${escapeHtml(fact.text.trim()).replace(/\n/g, '<br>')}</li>`,
  );
  return items.length ? section(businessHeading, `<ul>${items.join('')}</ul>`, 'business') : '';
}

/** When the team reports back: the follow-up review's date (or a suggested one, said to be one) and the plan. */
export function followUpSection(doc: IncidentDocument, today: string): string {
  const sentence = followUpSentenceBeside(followUpPlan(doc, today), doc.followUp);
  const plan = sentence === '' ? '' : `<p>${escapeHtml(sentence)}</p>`;
  return section('When we will report back', [plan, proseHtml(doc.followUp)].filter(Boolean).join('\n'));
}

/** Impact numbers, the key durations (`plain`: in words, for readers) and the impact description. */
export function impactSection(
  doc: IncidentDocument,
  plain = false,
  audience: 'engineering' | 'exec' | 'public' = 'exec',
): string {
  const cells = impactFacts(doc, plain);
  const numbers = cells.length
    ? `<dl class="numbers">${cells.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${escapeHtml(dd)}</dd></div>`).join('')}</dl>`
    : (missingNumbersNote(doc, audience)?.replace(/^(.*)$/, '<p class="missing">$1</p>') ?? '');
  return section('Impact', `${numbers}\n${proseHtml(doc.impact.description)}`);
}

/** Free prose under a heading, or nothing when it is empty. */
export function proseSection(heading: string, text: string): string {
  return section(heading, proseHtml(text));
}

/** Formats a table's times; one per report (`tableTimeFormat`), so every table keeps seconds or none does. */
export type TimeFormat = (iso: string) => string;

function eventRow(event: TimelineEvent, withDetail: boolean, time: TimeFormat): string {
  const when = event.at === null ? 'time unknown' : `${event.approximate ? '~' : ''}${time(event.at)}`;
  const count = event.count > 1 ? ` <span class="count">×${formatCount(event.count)}</span>` : '';
  const detail = withDetail
    ? `<td>${escapeHtml(event.service ?? '')}</td><td>${escapeHtml(event.source)}</td>`
    : '';
  // Column styles come from the table's CSS (nth-child), keeping 10,000 rows free of repeated class attributes.
  // Readers get no Kind column: "alert-fired" is the tool's word, and the sentence says what happened.
  const kind = withDetail ? `<td>${event.kind}</td>` : '';
  return `<tr class="sev-${event.severity}"><td>${when}</td>${kind}<td>${codeSpansHtml(event.summary)}${count}</td>${detail}</tr>`;
}

/** The SVG chart and the table of events; engineers also see each event's service and source. */
export function timelineSection(doc: IncidentDocument, withDetail: boolean, time: TimeFormat): string {
  const chart = timelineChartSvg(doc);
  const head = withDetail
    ? '<tr><th>Time</th><th>Kind</th><th>What happened</th><th>Service</th><th>Source</th></tr>'
    : '<tr><th>Time</th><th>What happened</th></tr>';
  const rows = doc.timeline.map((event) => eventRow(event, withDetail, time));
  const table = rows.length
    ? `<table class="timeline${withDetail ? '' : ' reader'}"><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
    : '';
  if (!chart && !table) return '';
  return section('Timeline', `${chart ? `${chart}\n${timelineLegendHtml(doc.moments)}` : ''}\n${table}`);
}

/** Log signatures with their totals and a rate sparkline, when events carry signatures. */
export function signaturesSection(doc: IncidentDocument, time: TimeFormat): string {
  const domain = chartDomain(doc);
  if (!domain) return '';
  const rates = signatureRates(doc.timeline, domain);
  if (rates.length === 0) return '';
  const rows = rates.map(
    (rate) =>
      `<tr><td><code>${escapeHtml(rate.template)}</code></td><td>${rate.total === undefined ? '—' : formatCount(rate.total)}</td><td class="time">${time(rate.firstAt)}</td><td class="time">${rate.lastAt ? time(rate.lastAt) : '—'}</td><td>${rate.peak ? `${formatCount(rate.peak.perMinute)}/min at <span class="time">${time(rate.peak.at)}</span>` : 'none'}</td><td>${rate.series.length > 0 ? sparklineSvg(rate.series) : ''}</td></tr>`,
  );
  return section(
    'Error signatures',
    `<table><thead><tr><th>Template</th><th>Lines</th><th>First</th><th>Last</th><th>Busiest spike</th><th>Spikes</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
  );
}

/** Contributing factors with their category and description. */
export function factorsSection(doc: IncidentDocument): string {
  const items = doc.factors.map(
    (factor) =>
      `<div class="factor"><h3>${escapeHtml(factor.title)}</h3><p class="category">${factorCategoryLabels[factor.category]}</p>${proseHtml(factor.description)}</div>`,
  );
  return section('Contributing factors', items.join('\n'));
}

// Engineers read ISO dates; executives read dates as words, as everywhere else in their report.
function dueCell(
  action: IncidentDocument['actions'][number],
  audience: 'engineering' | 'exec',
  today: string,
): string {
  if (audience === 'exec') return plainDue(action, today).replace(/^due /, '');
  if (!action.dueDate) return 'date needed';
  return isOverdue(action, today) ? `overdue since ${action.dueDate}` : action.dueDate;
}

/** Actions as a table with owners and dates, or (for the public) as a plain list of what is changing. */
export function actionsSection(
  doc: IncidentDocument,
  audience: 'engineering' | 'exec' | 'public',
  today: string,
): string {
  const actions = doc.actions.filter((action) => audience === 'engineering' || action.status !== 'dropped');
  if (actions.length === 0) return '';
  if (audience === 'public') {
    return section(
      'What we are changing',
      `<ul>${actions.map((a) => `<li>${escapeHtml(a.title)}</li>`).join('')}</ul>`,
    );
  }
  const rows = actions.map((action) => {
    const link =
      action.trackerUrl && /^https?:\/\//i.test(action.trackerUrl)
        ? ` <a href="${escapeHtml(action.trackerUrl)}">tracker</a>`
        : '';
    return `<tr><td>${escapeHtml(action.title)}${link}</td><td>${escapeHtml(action.owner || 'owner needed')}</td><td class="time">${dueCell(action, audience, today)}</td><td>${action.priority}</td><td>${action.type}</td><td>${action.status}</td></tr>`;
  });
  return section(
    'Action items',
    `<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Priority</th><th>Type</th><th>Status</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
  );
}

/** A bulleted list under a heading, or nothing when empty. */
export function listSection(heading: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  return section(heading, `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
}

/** The review and follow-up meetings with their dates and decisions. */
export function reviewsSection(doc: IncidentDocument): string {
  const items = doc.reviews.map((review) => {
    const decisions = review.decisions.length
      ? `<ul>${review.decisions.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`
      : '';
    const kind = review.kind === 'follow-up' ? 'Follow-up review' : 'Review';
    return `<li>${kind}: ${formatUtcMinute(review.scheduledAt)}, ${review.durationMinutes} minutes${review.location ? `, ${escapeHtml(review.location)}` : ''}${decisions}${review.outcome ? `<h4>Outcome</h4>${proseHtml(review.outcome)}` : ''}${review.nextReviewAt ? `<p>Next follow-up: ${formatUtcMinute(review.nextReviewAt)}</p>` : ''}${review.summary ? meetingSummaryHtml(review.summary) : ''}</li>`;
  });
  return items.length ? section('Reviews', `<ul>${items.join('')}</ul>`) : '';
}

/**
 * Failure modes the timeline shows, from the glossary, for engineers: the definition, when it first appeared and how
 * often. A reader's report explains them where its words are explained, once (trial 24 found the exec HTML
 * explaining "OOM kill" in a box of its own and again under "Words in this report").
 */
export function failureModesSection(modes: readonly FailureMode[], time: TimeFormat): string {
  if (modes.length === 0) return '';
  const rows = modes.map(
    (m) =>
      `<tr><td>${escapeHtml(m.entry.term)}</td><td>${escapeHtml(m.entry.engineer)}</td><td class="time">${m.firstAt ? time(m.firstAt) : 'time unknown'}</td><td>${formatCount(m.occurrences)}</td></tr>`,
  );
  return section(
    'Failure modes',
    `<table><thead><tr><th>Failure mode</th><th>What it is</th><th>First seen</th><th>Events</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
  );
}

/** A held meeting's summary: who came, each phase against its time box, and what it added to the incident. */
function meetingSummaryHtml(summary: MeetingSummary): string {
  const minutes = (ms: number) => Math.round(ms / 60_000);
  const phases = summary.phases
    .map(
      (phase) =>
        `<tr><td>${escapeHtml(phase.title)}</td><td>${minutes(phase.spentMs)} min</td><td>${phase.bookedMinutes} min</td></tr>`,
    )
    .join('');
  const list = (items: string[]) => (items.length ? `<ul>${items.join('')}</ul>` : '<p>None.</p>');
  const factors = summary.factors.map((factor) => `<li>${escapeHtml(factor.title)}</li>`);
  const actions = summary.actions.map(
    (action) =>
      `<li>${escapeHtml(action.title)} — ${escapeHtml(action.owner || 'owner needed')}${action.dueDate ? `, due ${escapeHtml(action.dueDate)}` : ''}</li>`,
  );
  return `<section class="meeting-summary" aria-label="Meeting summary"><h3>Meeting summary</h3>
<p>Held ${formatUtcMinute(summary.startedAt)} to ${formatUtcMinute(summary.endedAt)}${summary.attendees.length ? `, with ${escapeHtml(summary.attendees.join(', '))}` : ''}.</p>
<table><thead><tr><th>Phase</th><th>Spent</th><th>Booked</th></tr></thead><tbody>${phases}</tbody></table>
<h4>Contributing factors added</h4>${list(factors)}
<h4>Actions added</h4>${list(actions)}</section>`;
}
