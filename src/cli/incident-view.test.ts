import { describe, expect, it } from 'vitest';
import { formatDuration } from '../domain/index.js';
import { sampleIncident } from '../report/test-support/sample-incident.js';
import type { IncidentView } from '../store/index.js';
import { formatIncidentView } from './incident-view.js';

function viewOf(actions: Array<Record<string, unknown>>): IncidentView {
  const doc = sampleIncident();
  return {
    incident: { ...doc, version: 1, updatedAt: '2026-12-01T00:00:00.000Z' },
    timeline: [],
    factors: [],
    actions,
    reviews: [],
    metrics: {},
  } as unknown as IncidentView;
}

describe('debrief show', () => {
  it('marks an open action past its date as overdue and an open one without owner as needing one', () => {
    const text = formatIncidentView(
      viewOf([
        {
          id: 'ACT-1',
          title: 'Pass a context to the worker',
          owner: 'Lukas Meyer',
          dueDate: '2026-12-02',
          priority: 'high',
          status: 'open',
        },
        { id: 'ACT-2', title: 'Replace the blocking mutex', owner: '', priority: 'medium', status: 'open' },
        {
          id: 'ACT-3',
          title: 'Old cleanup',
          owner: '',
          dueDate: '2026-11-01',
          priority: 'low',
          status: 'done',
        },
      ]),
      formatDuration,
      '2026-12-03',
    );
    expect(text).toMatch(
      /ACT-1 +Pass a context to the worker +Lukas Meyer +2026-12-02 \(overdue\) +high +open/,
    );
    expect(text).toMatch(/ACT-2 +Replace the blocking mutex +\(owner needed\) +medium +open/);
    expect(text).toMatch(/ACT-3 +Old cleanup +2026-11-01 +low +done/);
  });
});
