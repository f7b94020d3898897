import { describe, expect, it } from 'vitest';
import { renderReport } from '../report/index.js';
import { sampleIncident } from '../report/test-support/sample-incident.js';
import { storedFields } from './incident-rows.js';

describe('stored incident fields', () => {
  it('reads a row written before a field existed with that field’s default, and reports on it', () => {
    // What an earlier version stored: no `ask`.
    const {
      id: _id,
      timeline: _t,
      factors: _f,
      actions: _a,
      reviews: _r,
      ask: _ask,
      ...old
    } = sampleIncident();
    const fields = storedFields(JSON.stringify(old));
    expect(fields.ask).toBe('');
    const doc = { ...sampleIncident(), ...fields };
    expect(() => renderReport(doc, { format: 'md', audience: 'public' })).not.toThrow();
  });
});
