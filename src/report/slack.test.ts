import { describe, expect, it } from 'vitest';
import { renderReport } from './render.js';
import { trialIncident } from './test-support/trial-incident.js';

const now = new Date('2026-12-04T12:00:00Z');
const slack = (doc: ReturnType<typeof trialIncident>) =>
  renderReport(doc, { format: 'slack', audience: 'exec', now }).text;

// Trial 18d, E-15/E-4: the block repeated the ask, showed two durations, and glossed terms other than its own.
describe('the exec Slack block', () => {
  it('says nothing twice: no duration line under a bottom line that states one, no ask it already makes', () => {
    const text = slack(
      trialIncident({
        bluf: 'Card payments failed for 47 minutes and cost about €180,000. We ask you to approve two engineer-weeks to move settlement to a queue before the holiday peak.',
      }),
    );
    expect(text).not.toContain('• Impact duration');
    expect(text.match(/engineer-weeks/g)).toHaveLength(1);
    expect(text).not.toContain('• Cost:');
  });

  it('gives the measured duration, the cost and the ask when the author’s bottom line says none of them', () => {
    const text = slack(trialIncident({ bluf: 'Card payments failed after a release.' }));
    expect(text).toContain('• Impact duration: 40 minutes');
    expect(text).toContain('• Cost: about €180,000');
    expect(text).toContain('• We ask you: approve two engineer-weeks');
  });

  it('explains the terms of its ask', () => {
    const text = slack(trialIncident({ ask: 'Approve a load test of settlement before the holiday peak' }));
    expect(text).toContain('• We ask you: approve a load test of settlement');
    expect(text).toMatch(/^• _load test_: /m);
  });
});
