import { describe, expect, it } from 'vitest';
import { documentForAudience } from './audience.js';
import { alertNameWords, plainAlertTitle } from './plain-words.js';
import { renderReport } from './render.js';
import { sampleIncident } from './test-support/sample-incident.js';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('plain words for executives', () => {
  it('explains max_conns and 5xx in a factor once each', () => {
    const doc = sampleIncident({
      title: 'Checkout was slow at lunchtime',
      summary: 'Checkout was slow for forty minutes.',
      factors: [
        {
          id: 'FAC-1',
          title: 'max_conns was lower than the peak needed',
          category: 'configuration',
          description:
            'Each replica kept max_conns at 20, so requests queued and the gateway answered with 5xx.',
        },
        {
          id: 'FAC-2',
          title: 'The 5xx alert waited five minutes',
          category: 'monitoring-alerting',
          description: 'More 5xx errors reached customers before anyone was paged.',
        },
      ],
    });
    const { text } = renderReport(doc, { format: 'md', audience: 'exec' });
    expect(count(text, 'In plain words, connection limit: ')).toBe(1);
    expect(count(text, 'In plain words, HTTP 5xx: ')).toBe(1);
    const view = documentForAudience(doc, 'exec');
    expect(view.factors[0]?.description).toContain('In plain words, connection limit: ');
    expect(view.factors[0]?.description).toContain('In plain words, HTTP 5xx: ');
    expect(view.factors[1]?.description).not.toContain('In plain words');
  });

  it('explains no term that the exec report does not use', () => {
    // The sample's deadline errors are log lines: engineers see them, executives do not.
    const doc = sampleIncident();
    for (const format of ['html', 'md'] as const) {
      const { text } = renderReport(doc, { format, audience: 'exec' });
      expect(text).not.toMatch(/context deadline/i);
      expect(text).not.toContain('Requests gave up');
    }
  });

  it('explains every term the exec report uses', () => {
    const { text } = renderReport(sampleIncident(), { format: 'md', audience: 'exec' });
    for (const term of [
      'HTTP 5xx',
      'connection pool',
      'connection-pool exhaustion',
      'error rate',
      'runbook',
    ]) {
      expect(count(text, `In plain words, ${term}: `)).toBe(1);
    }
  });

  it('turns raw alert titles into sentences in the exec and public views', () => {
    const doc = sampleIncident({
      timeline: [
        {
          id: 'EVT-1',
          at: '2026-03-04T12:07:00Z',
          kind: 'alert-fired',
          summary: '[FIRING:1] HighErrorRate (payments)',
        },
        {
          id: 'EVT-2',
          at: '2026-03-04T12:40:00Z',
          kind: 'resolution',
          summary: '[RESOLVED] HighErrorRate',
        },
      ],
      moments: {},
    });
    for (const audience of ['exec', 'public'] as const) {
      const summaries = documentForAudience(doc, audience).timeline.map((event) => event.summary);
      // The public view says what happened to the alert, and not its name or labels, which are internal.
      expect(summaries).toEqual(
        audience === 'exec'
          ? ['Alert fired: high error rate (payments)', 'Alert resolved: high error rate']
          : ['An alert fired', 'An alert resolved'],
      );
    }
    expect(documentForAudience(doc, 'engineering').timeline[0]?.summary).toBe(
      '[FIRING:1] HighErrorRate (payments)',
    );
  });

  it('reads alert names and imported alert lines as words', () => {
    expect(alertNameWords('KubePodCrashLooping')).toBe('kube pod crash looping');
    expect(alertNameWords('HTTPErrorsHigh')).toBe('HTTP errors high');
    expect(alertNameWords('high_error_rate')).toBe('high error rate');
    expect(plainAlertTitle('Alert HighErrorRate (service=api) firing: 5xx above 5%')).toBe(
      'Alert fired: high error rate (service=api): 5xx above 5%',
    );
    expect(plainAlertTitle('CheckoutErrorRate above 5% for 5m', 'alert-fired')).toBe(
      'Checkout error rate above 5% for 5m',
    );
    expect(plainAlertTitle('Rolled back pool_size to 50', 'rollback')).toBe('Rolled back pool_size to 50');
  });
});
