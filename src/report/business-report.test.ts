import { describe, expect, it } from 'vitest';
import type { IncidentDocument } from '../domain/index.js';
import { htmlToText } from './published-text.js';
import { renderReport } from './render.js';
import { recordedFacts, recordedIncident, sampleIncident } from './test-support/sample-incident.js';

const formats = ['html', 'md'] as const;
type Format = (typeof formats)[number];

const { cost, ask } = recordedFacts;

const recorded = recordedIncident;

// The day of the sample's review meeting: its actions and follow-up review are still ahead (after them, see
// exec-report.test.ts).
const now = new Date('2026-03-06T12:00:00Z');

/** The report as its reader reads it: the words of the HTML, or the Markdown itself. */
function read(doc: IncidentDocument, format: Format, audience: 'exec' | 'public'): string {
  const { text } = renderReport(doc, { format, audience, now });
  return format === 'html' ? htmlToText(text) : text;
}

/** The text of one section: from its heading to the next one. */
function sectionOf(text: string, heading: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.replace(/^## /, '') === heading);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line, index) => index > 0 && (line.startsWith('## ') || isHtmlHeading(line)));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}
// htmlToText leaves headings as plain lines; the report's headings are known.
const headings = new Set(['Impact', 'Contributing factors', 'Action items', 'When we will report back']);
const isHtmlHeading = (line: string) => headings.has(line) || line === 'Words in this report';

describe.each(formats)('the executive report in %s', (format) => {
  it('puts what it means for the business right after the bottom line, with each part recorded', () => {
    const text = read(recorded(), format, 'exec');
    const block = sectionOf(text, 'What it means for the business');
    expect(text.indexOf('What it means for the business')).toBeGreaterThan(text.indexOf('Bottom line'));
    expect(text.indexOf('What it means for the business')).toBeLessThan(text.indexOf('Users affected'));
    for (const part of [
      '12,400 users were affected, and 48,210 of their requests failed.',
      `Cost to the business: ${cost}.`,
      'A service level we promise customers in contracts (an SLA) was not met: credits owed to 3 Enterprise customers.',
      'Error budget spent, 34%: this incident used 34% of the failures we allow ourselves in a month.',
      'Until the prevention action is done (by 20 March 2026), the same conditions could cause this again.',
      `What we ask of you: ${ask}`,
    ])
      expect(block).toContain(part);
  });

  it('says which parts nobody recorded yet, so none reads as "nothing happened"', () => {
    const block = sectionOf(read(sampleIncident(), format, 'exec'), 'What it means for the business') ?? '';
    expect(block).toContain('12,400 users were affected');
    expect(block).toContain('Error budget spent, 35%');
    expect(block).toContain('Until the prevention action is done');
    expect(block).toContain('Cost to the business and any contract (SLA) impact: not recorded yet.');
    expect(block).toContain('What we ask of you: nothing has been asked yet.');
  });

  it('derives the recurrence risk from the open prevention actions', () => {
    const base = sampleIncident();
    const doc = sampleIncident({
      actions: [
        ...base.actions,
        { id: 'ACT-4', title: 'Cap pool changes per deploy', type: 'prevent', dueDate: '2026-03-27' },
      ],
    });
    expect(read(doc, format, 'exec')).toContain(
      'Until the two prevention actions are done (by 27 March 2026), the same conditions could cause this again.',
    );
  });

  it('says when the team reports back: the follow-up review booked, and the plan', () => {
    const doc = sampleIncident({ followUp: 'We will share what the new checks found.' });
    const section = sectionOf(read(doc, format, 'exec'), 'When we will report back');
    expect(section).toContain('Follow-up review on 27 March 2026 at 15:00 UTC.');
    expect(section).toContain('We will share what the new checks found.');
  });

  it('suggests a follow-up date by severity when none is booked, and says it is a suggestion', () => {
    const doc = sampleIncident({ reviews: [] });
    // Counted from today when no meeting is booked (the date itself is tested in follow-up-plan.test.ts).
    expect(sectionOf(read(doc, format, 'exec'), 'When we will report back')).toMatch(
      /No follow-up review is booked yet\. Suggested date: \d{1,2} \w+ \d{4}, two weeks from today, the usual interval for a SEV2 incident\./,
    );
  });
});

describe('names in the business facts', () => {
  it('are replaced by roles when the executive report is anonymised, like every other field', () => {
    const doc = recorded({
      ask: 'Give Priya Raman two more weeks for the pool work.',
      impact: { description: '', cost: 'about €9,000, estimated by Jordan Lee' },
    });
    const { text } = renderReport(doc, { format: 'md', audience: 'exec', anonymize: true });
    expect(text).toContain('What we ask of you: Give ');
    for (const name of ['Priya', 'Jordan']) expect(text).not.toContain(name);
  });
});

describe.each(formats)('the public report in %s', (format) => {
  it('shows no cost, SLA, error budget note, recurrence risk or ask', () => {
    const text = read(recorded(), format, 'public');
    for (const internal of [
      'What it means for the business',
      cost,
      'credits owed',
      ask,
      'What we ask of you',
      'Error budget spent,',
      'the same conditions could cause this again',
      'Suggested date',
    ])
      expect(text).not.toContain(internal);
  });
});
