import { describe, expect, it } from 'vitest';
import { renderReport } from './render.js';
import { durationMismatches, spelledAsMeasured, statedLengths, withMeasuredNote } from './stated-duration.js';
import { sampleIncident } from './test-support/sample-incident.js';
import { trialIncident } from './test-support/trial-incident.js';

// Trial 18d, E-1/E-9: the moments measured 36 minutes (impact start to the rollback), the author's impact said 47,
// and the reports gave 36 with no word to the author.
const contradicted = () =>
  trialIncident({
    moments: {
      impactStart: { at: '2026-11-30T14:05:00Z' },
      detected: { at: '2026-11-30T14:10:00Z' },
      mitigated: { at: '2026-11-30T14:41:00Z' },
      resolved: { at: '2026-11-30T14:52:00Z' },
    },
  });

describe('a length of impact the author states', () => {
  it('is read from how long something went on, not from an alert’s hold or a wait', () => {
    expect(
      statedLengths('Card payments failed for 47 minutes; about 12,400 checkouts did not complete.'),
    ).toEqual([{ words: 'for 47 minutes', ms: 47 * 60_000 }]);
    expect(statedLengths('A two-hour outage of checkout.').map((l) => l.ms)).toEqual([2 * 3_600_000]);
    expect(statedLengths('It lasted about half an hour.').map((l) => l.ms)).toEqual([30 * 60_000]);
    expect(statedLengths('The alert waits for 5 minutes before it fires.')).toEqual([]);
    expect(statedLengths('It was detected after holding for 5m (for: 5m).')).toEqual([]);
    expect(statedLengths('We asked for a second opinion.')).toEqual([]);
    // How slow a request was is no length of the impact (trial 12g G-16).
    expect(statedLengths('Card payments took over 5s for 30 minutes.')).toEqual([
      { words: 'for 30 minutes', ms: 30 * 60_000 },
    ]);
    expect(statedLengths('p99 latency over 2 seconds.')).toEqual([]);
    expect(statedLengths('Checkout was down over 29 minutes.').map((l) => l.ms)).toEqual([29 * 60_000]);
  });

  // Trial 12e E-7: "returned 5xx for 1h45m" left "returned 5xx 45 minutes" in the bottom line debrief built.
  it('reads hours and minutes written together as one length', () => {
    expect(statedLengths('Writes returned 5xx for 1h45m; burn rate hit 14x.')).toEqual([
      { words: 'for 1h45m', ms: 105 * 60_000 },
    ]);
    expect(statedLengths('It failed for 2 hours 10 minutes.').map((l) => l.ms)).toEqual([130 * 60_000]);
    expect(spelledAsMeasured('Down for 1 h and 5 min.', 65 * 60_000)).toBe('Down for 1 hour 5 minutes.');
  });

  // Trial 18f F-7: "over 29 minutes" against 47 measured went unwarned; F-8: a hedged length left "failing for".
  it.each([
    ['Checkout failed over 29 minutes.', 'over 29 minutes', 29],
    ['Checkout was slow or failing for over 10 minutes.', 'for over 10 minutes', 10],
    ['Checkout was slow for ~10 minutes.', 'for ~10 minutes', 10],
    ['Checkout was slow for 10+ minutes.', 'for 10+ minutes', 10],
    ['Checkout was slow for up to 10 minutes.', 'for up to 10 minutes', 10],
  ])('reads a hedged length: %s', (text, words, minutes) => {
    expect(statedLengths(text)).toEqual([{ words, ms: minutes * 60_000 }]);
  });

  it('is said to the author when it differs materially from the measured impact, naming both and the fix', () => {
    const [warning, ...rest] = durationMismatches(contradicted());
    expect(rest).toEqual([]);
    expect(warning).toContain('impact says "for 47 minutes"');
    expect(warning).toContain(
      'its moments measure 36 minutes of impact (impact start 14:05 UTC to mitigated 14:41 UTC)',
    );
    expect(warning).toContain('impact start to resolved (14:52 UTC) is 47 minutes');
    expect(warning).toContain('debrief edit INC-TR1AL18C');
  });

  it('is said far from the measured length when another span of the moments gives it (trial 18f F18)', () => {
    // A failed attempt set mitigated 19 minutes in; the author's 1h 58m is impact start to resolved (over 4x).
    const doc = trialIncident({
      impact: { description: 'For 1h 58m, logins failed.', slaBreached: true },
      moments: {
        impactStart: { at: '2026-11-30T19:12:00Z' },
        mitigated: { at: '2026-11-30T19:31:00Z' },
        resolved: { at: '2026-11-30T21:10:00Z' },
      },
    });
    const [warning] = durationMismatches(doc);
    expect(warning).toContain('impact says "For 1h 58m"');
    expect(warning).toContain('impact start to resolved (21:10 UTC) is 1 hour 58 minutes');
    // A length far off that no span gives is of something else (a retry window, a cache), and is not said.
    const other = trialIncident({
      ...doc,
      impact: { description: 'For 3 hours, logins failed.', slaBreached: true },
    });
    expect(durationMismatches(other)).toEqual([]);
  });

  it('is not said when it agrees within rounding, or when the moments measure nothing', () => {
    // The fixture's moments measure 40 minutes; "for 47 minutes" is off, "for about 40 minutes" is not.
    const agreed = trialIncident({
      impact: { description: 'Card payments failed for about 40 minutes.', slaBreached: true },
    });
    expect(durationMismatches(agreed)).toEqual([]);
    expect(durationMismatches(trialIncident({ moments: {} }))).toEqual([]);
    // Rounding is a couple of minutes; 45 against a measured 40 is another number (trial 18e E2-8: 52 for 47).
    const near = (text: string) =>
      durationMismatches(trialIncident({ impact: { description: text, slaBreached: true } }));
    expect(near('Card payments failed for 42 minutes.')).toEqual([]);
    expect(near('Card payments failed for 45 minutes.')).toHaveLength(1);
  });

  it('reaches the publish output of every audience, while every report gives the one measured duration', () => {
    for (const audience of ['engineering', 'exec', 'public'] as const) {
      const report = renderReport(contradicted(), {
        format: 'md',
        audience,
        now: new Date('2026-12-04T12:00:00Z'),
      });
      expect(report.authorWarnings.some((w) => w.includes('"for 47 minutes"'))).toBe(true);
    }
    const exec = renderReport(contradicted(), {
      format: 'md',
      audience: 'exec',
      now: new Date('2026-12-04T12:00:00Z'),
    });
    // The bottom line debrief builds gives the measured length, not the author's.
    const generated = renderReport(
      { ...contradicted(), bluf: '' },
      { format: 'md', audience: 'exec', now: new Date('2026-12-04T12:00:00Z') },
    );
    expect(generated.bluf.text).toMatch(/^For 36 minutes /);
    expect(generated.bluf.text).not.toContain('47 minutes');
    expect(exec.text).toContain('36 minutes');
  });
});

describe('the measured length in the author’s words', () => {
  it('is spelled as the report spells it, hedged or other lengths left as written', () => {
    const hour3 = 63 * 60_000;
    expect(spelledAsMeasured('Card payments failed for 63 minutes.', hour3)).toBe(
      'Card payments failed for 1 hour 3 minutes.',
    );
    expect(spelledAsMeasured('It lasted 63 mins, and for about 63 minutes after.', hour3)).toBe(
      'It lasted 1 hour 3 minutes, and for about 63 minutes after.',
    );
    expect(spelledAsMeasured('Card payments failed for 47 minutes.', hour3)).toBe(
      'Card payments failed for 47 minutes.',
    );
    // In the author's bottom line, impact or summary, another length has the measured one beside it (trial 12g G-8).
    expect(withMeasuredNote('Card payments failed for 47 minutes.', hour3)).toBe(
      'Card payments failed for 47 minutes (the timeline measures 1 hour 3 minutes of impact).',
    );
    expect(withMeasuredNote('Card payments failed for about 62 minutes.', hour3)).toBe(
      'Card payments failed for about 62 minutes.',
    );
    expect(withMeasuredNote('We will watch it for 30 minutes, then monitored it for 2 hours.', hour3)).toBe(
      'We will watch it for 30 minutes, then monitored it for 2 hours.',
    );
    // A length far from the measured one is of something else: a job, a part of the outage (trial 18d).
    expect(withMeasuredNote('The renewal cron had silently failed for 30 days.', 96 * 60_000)).toBe(
      'The renewal cron had silently failed for 30 days.',
    );
    expect(withMeasuredNote('For 25 minutes the portal returned 502s.', 220 * 60_000)).toBe(
      'For 25 minutes the portal returned 502s.',
    );
    expect(
      durationMismatches(trialIncident({ impact: { description: 'The cron had failed for 30 days.' } })),
    ).toEqual([]);
    expect(spelledAsMeasured('Card payments failed for 63 minutes.', undefined)).toBe(
      'Card payments failed for 63 minutes.',
    );
  });

  it('gives an exec and a public report one spelling of the one duration (trial 18e E2-8a)', () => {
    const doc = trialIncident({
      impact: { description: 'Card payments failed for 63 minutes.' },
      moments: {
        impactStart: { at: '2026-11-30T13:00:00Z' },
        detected: { at: '2026-11-30T13:04:00Z' },
        resolved: { at: '2026-11-30T14:03:00Z' },
      },
    });
    for (const audience of ['exec', 'public'] as const) {
      const text = renderReport(doc, { format: 'md', audience, now: new Date('2026-12-04T12:00:00Z') }).text;
      expect(text, audience).toContain('1 hour 3 minutes');
      expect(text, audience).not.toContain('63 minutes');
    }
  });
});

describe('a bottom line debrief builds from an impact the author timed otherwise (trial 18c)', () => {
  it('says the measured length once, without the note the impact text carries', () => {
    const doc = sampleIncident({
      bluf: '',
      impact: { description: 'About 18% of checkout requests failed with HTTP 503 for 47 minutes.' },
    });
    for (const audience of ['exec', 'public'] as const) {
      const text = renderReport(doc, { format: 'md', audience }).text;
      const bluf = text.split('\n').find((line) => line.startsWith('For ')) ?? '';
      expect(bluf, audience).toMatch(
        /^For 41 minutes on 4 March 2026 \(SEV2\), about 18% of checkout requests failed with HTTP 503\./,
      );
      expect(bluf, audience).not.toContain('timeline measures');
      // The impact keeps the author's words and the note.
      expect(text, audience).toContain(
        'failed with HTTP 503 for 47 minutes (the timeline measures 41 minutes of impact).',
      );
    }
  });
});

describe('"every" before a length (trial 21 F15)', () => {
  it('marks the length of something else only close by', () => {
    expect(statedLengths('The job runs every hour for 5 minutes.')).toEqual([]);
    expect(
      withMeasuredNote(
        'It parsed the value and every pod crashed in a crash loop for 47 minutes.',
        40 * 60_000,
      ),
    ).toBe(
      'It parsed the value and every pod crashed in a crash loop for 47 minutes (the timeline measures 40 minutes of impact).',
    );
  });
});
