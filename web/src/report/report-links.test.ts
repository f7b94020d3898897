import { describe, expect, it } from 'vitest';
import { downloadFormats, reportUrl } from './report-links.js';

describe('report links', () => {
  it('a download link names the format and audience and asks for an attachment', () => {
    expect(reportUrl('INC-1', 'exec', 'pdf', true)).toBe(
      '/api/incidents/INC-1/report?format=pdf&audience=exec&download=1',
    );
  });

  it('an override is asked for explicitly', () => {
    expect(reportUrl('INC-1', 'exec', 'md', true, true)).toBe(
      '/api/incidents/INC-1/report?format=md&audience=exec&download=1&override=1',
    );
  });

  it('an anonymised report is asked for explicitly (trial 12b T12-21)', () => {
    expect(reportUrl('INC-1', 'exec', 'html', false, false, true)).toBe(
      '/api/incidents/INC-1/report?format=html&audience=exec&anonymize=1',
    );
  });

  it('a preview link is not an attachment, and the id is escaped', () => {
    expect(reportUrl('INC/1', 'public', 'html', false)).toBe(
      '/api/incidents/INC%2F1/report?format=html&audience=public',
    );
  });
});

describe('the downloads offered', () => {
  const calendar = (audience: 'engineering' | 'exec' | 'public', reviews: number) =>
    downloadFormats(audience, reviews).formats.some(({ format }) => format === 'ics');

  it('offer the calendar to the team once reviews are scheduled', () => {
    expect(calendar('engineering', 2)).toBe(true);
    expect(calendar('exec', 2)).toBe(true);
  });

  it('say why there is no calendar for the public, or before a review is scheduled', () => {
    expect(calendar('public', 2)).toBe(false);
    expect(downloadFormats('public', 2).noCalendar).toMatch(/for the team/);
    expect(calendar('engineering', 0)).toBe(false);
    expect(downloadFormats('engineering', 0).noCalendar).toMatch(/Schedule a review/);
  });
});
