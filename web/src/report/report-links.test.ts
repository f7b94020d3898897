import { describe, expect, it } from 'vitest';
import { reportUrl } from './report-links.js';

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

  it('a preview link is not an attachment, and the id is escaped', () => {
    expect(reportUrl('INC/1', 'public', 'html', false)).toBe(
      '/api/incidents/INC%2F1/report?format=html&audience=public',
    );
  });
});
