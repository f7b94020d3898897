import { describe, expect, it } from 'vitest';
import { buildBluf } from './bluf.js';
import { reportDate, sampleIncident } from './test-support/sample-incident.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the BLUF', () => {
  it('states what happened, the impact, the systemic cause, owned actions and the next step', () => {
    const bluf = buildBluf(sampleIncident(), { today: reportDate });
    expect(bluf.authored).toBe(false);
    expect(bluf.text).toMatchInlineSnapshot(
      `"SEV2 on 2026-03-04: Checkout returned 502s after a connection-pool change (checkout-api and payments-gateway). Impact: 12,400 users affected, 48,210 failed requests, 35% of the error budget, over 41m 00s. Systemic cause: Pool size changes are not validated against expected peak load (configuration). Actions: Page on pool saturation above 80% (Priya Raman, 2026-03-13); Validate pool size against peak concurrency in CI (Jordan Lee, 2026-03-20). Next step: Page on pool saturation above 80%, overdue since 2026-03-13."`,
    );
    expect(words(bluf.text)).toBeLessThanOrEqual(80);
  });

  it('names missing facts instead of papering over them', () => {
    const bluf = buildBluf(
      sampleIncident({ impact: { description: '' }, factors: [], actions: [], moments: {} }),
    );
    expect(bluf.text).toContain('Impact: not yet measured.');
    expect(bluf.text).toContain('Systemic cause missing.');
    expect(bluf.missing).toEqual(['impact numbers', 'impact duration', 'systemic cause', 'actions']);
  });

  it('stays within 80 words however long the titles are', () => {
    const long = 'word '.repeat(150).trim();
    const doc = sampleIncident({
      title: long.slice(0, 199),
      factors: [{ id: 'FAC-1', title: long.slice(0, 199), category: 'capacity' }],
      actions: [1, 2, 3, 4].map((n) => ({
        id: `ACT-${n}`,
        title: long.slice(0, 299),
        owner: 'SRE team',
        dueDate: '2026-04-01',
      })),
    });
    expect(words(buildBluf(doc).text)).toBeLessThanOrEqual(80);
  });

  it('keeps the author’s own BLUF when there is one', () => {
    const bluf = buildBluf(
      sampleIncident({ bluf: 'Checkout was down for 41 minutes; pool sizes are now validated.' }),
    );
    expect(bluf).toEqual({
      text: 'Checkout was down for 41 minutes; pool sizes are now validated.',
      authored: true,
      missing: [],
    });
  });

  it('gives the same text for the same incident', () => {
    expect(buildBluf(sampleIncident()).text).toBe(buildBluf(sampleIncident()).text);
  });

  it('says what the author wrote of the impact when there are no numbers, and names a past due date as overdue', () => {
    const bluf = buildBluf(
      sampleIncident({
        impact: { description: 'Search results were up to three hours old. Nothing was lost.' },
      }),
      { today: reportDate },
    );
    expect(bluf.text).toContain('Impact: Search results were up to three hours old, over ');
    expect(bluf.text).not.toContain('not yet measured');
    // The sample's actions were due in March 2026.
    expect(bluf.text).toMatch(/Next step: .*, overdue since 2026-03-\d\d\./);
  });
});
