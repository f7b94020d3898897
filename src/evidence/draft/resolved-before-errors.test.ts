import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../evidence-item.js';
import { testOptions } from '../test-support/parse-all.js';
import { EvidenceDraft } from './evidence-draft.js';

const item = (at: string, fields: Partial<EvidenceItem>): EvidenceItem => ({
  at,
  approximate: false,
  severity: 'info',
  message: '',
  source: 'test',
  line: 1,
  ...fields,
});

describe('a proposed resolution with errors after it', () => {
  it('says so in its reason', () => {
    const draft = new EvidenceDraft(testOptions);
    const alert = { key: 'alert:higherrorrate', instance: 'a', source: 'alertmanager' };
    draft.addItem(
      item('2026-12-02T16:16:21Z', {
        ...alert,
        kind: 'alert-fired',
        severity: 'critical',
        message: 'firing',
      }),
      'am.json',
    );
    draft.addItem(
      item('2026-12-02T16:16:40Z', { ...alert, kind: 'alert-resolved', message: 'resolved' }),
      'am.json',
    );
    draft.addItem(
      item('2026-12-02T16:17:01Z', {
        severity: 'error',
        message: 'connect() failed (111: Connection refused)',
      }),
      'error.log',
    );
    const { moments } = draft.result();
    expect(moments.resolved?.at).toBe('2026-12-02T16:16:40Z');
    expect(moments.resolved?.reason).toMatch(/1 error-level event\(s\) come after it, the last at 16:17:01Z/);
  });

  it('keeps the plain reason when nothing went wrong after it', () => {
    const draft = new EvidenceDraft(testOptions);
    const alert = { key: 'alert:x', instance: 'a', source: 'alertmanager' };
    draft.addItem(
      item('2026-12-02T16:16:21Z', { ...alert, kind: 'alert-fired', severity: 'critical' }),
      'am.json',
    );
    draft.addItem(item('2026-12-02T16:16:40Z', { ...alert, kind: 'alert-resolved' }), 'am.json');
    expect(draft.result().moments.resolved?.reason).not.toMatch(/after it/);
  });
});
