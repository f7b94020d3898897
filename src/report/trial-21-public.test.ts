import { describe, expect, it } from 'vitest';
import { renderReport } from './render.js';
import { reportDate, sampleIncident } from './test-support/sample-incident.js';

// Lines a trial (21) wrote about a DNS outage, which the public report garbled.
function withLines(lines: Array<[string, string]>) {
  const base = sampleIncident();
  return sampleIncident({
    timeline: base.timeline.map((event, i) => {
      const line = lines[i];
      return line ? { ...event, kind: line[0] as never, summary: line[1], severity: 'info' as const } : event;
    }),
  });
}

describe('the public timeline reads as sentences (trial 21 F12)', () => {
  it('says a pull request, a monitoring tool’s alert and resolvers at an address in words', () => {
    const doc = withLines([
      [
        'config-change',
        'terraform apply in infra/dns (PR corp/infra#1893) removed NS delegation for cdn.example.com',
      ],
      ['page', 'Pingdom alert CdnDnsResolution paged #edge-oncall'],
      ['rollback', 'Re-applied previous Terraform state; NS records restored at 10.20.30.40 resolvers'],
    ]);
    const text = renderReport(doc, {
      format: 'md',
      audience: 'public',
      now: new Date(`${reportDate}T12:00:00Z`),
    }).text;
    expect(text).toContain('(a pull request) removed NS delegation');
    expect(text).toContain('A Pingdom alert paged');
    expect(text).toContain('restored at internal resolvers');
    expect(text).not.toMatch(/PR pull request|Pingdom an alert|an internal address resolvers/);
  });
});

describe("a monitoring tool's named monitor or alert (trial 22 F2)", () => {
  it('reads as the tool\'s alert, not "our monitoring monitor an alert"', () => {
    const doc = withLines([
      ['alert-fired', 'Datadog monitor LedgerLagHigh fired'],
      ['alert-fired', 'New Relic alert CartP99AboveSLO triggered on cart-svc'],
      ['alert-fired', 'Honeycomb trigger SlowSpans went off'],
    ]);
    const text = renderReport(doc, {
      format: 'md',
      audience: 'public',
      now: new Date(`${reportDate}T12:00:00Z`),
    }).text;
    expect(text).toContain('Our monitoring alert fired');
    expect(text).toContain('Our monitoring alert triggered');
    expect(text).toContain('A Honeycomb alert went off');
    expect(text).not.toMatch(/monitoring monitor|monitoring an alert|trigger an alert/);
  });
});

describe('a flag named before the word, and a GitLab merge request by its number (trial 22 F12, F14)', () => {
  it('reads as the flag and a pull request', () => {
    const doc = withLines([
      ['flag-change', 'Jonas Lindqvist enabled the redis-cluster-mode flag for cart-svc'],
      ['deploy', 'Merged !4521 which restored the old loader'],
    ]);
    const text = renderReport(doc, {
      format: 'md',
      audience: 'public',
      now: new Date(`${reportDate}T12:00:00Z`),
    }).text;
    expect(text).toMatch(/Enabled the internal flag for (?:an|another) internal service/);
    expect(text).toContain('Merged a pull request which restored the old loader');
    expect(text).not.toMatch(/internal service flag|!4521|redis-cluster-mode/);
  });
});
