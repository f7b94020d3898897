import { describe, expect, it } from 'vitest';
import { afterLiveClose, liveUrl, parseLiveMessage, reconnectDelay, updatedBy } from './live-updates.js';

describe('live updates', () => {
  it('connects to the page host, with wss under https', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:4000' }, 'INC-1')).toBe(
      'ws://localhost:4000/api/incidents/INC-1/live',
    );
    expect(liveUrl({ protocol: 'https:', host: 'debrief.example' }, 'INC/2')).toBe(
      'wss://debrief.example/api/incidents/INC%2F2/live',
    );
  });

  it('tries about every second for half a minute, then backs off to at most about thirty', () => {
    expect(reconnectDelay(1, () => 0.5)).toBe(1_000);
    expect(reconnectDelay(3, () => 0.5)).toBe(1_000);
    expect(reconnectDelay(30, () => 0.5)).toBe(1_000);
    expect(reconnectDelay(32, () => 0.5)).toBe(4_000);
    expect(reconnectDelay(60, () => 0.5)).toBe(30_000);
    expect(reconnectDelay(60, () => 1)).toBe(37_500);
    expect(reconnectDelay(1, () => 0)).toBe(750);
  });

  it('stops when taken off the incident, rechecks a refused upgrade, and reconnects a dropped socket', () => {
    expect(afterLiveClose(4403, true)).toBe('gone');
    // A refused upgrade (404, 403, 401) and an unreachable server both close as 1006 before opening.
    expect(afterLiveClose(1006, false)).toBe('recheck');
    expect(afterLiveClose(1006, true)).toBe('retry');
    expect(afterLiveClose(1012, true)).toBe('retry');
  });

  it('reads ready and change messages and ignores anything else', () => {
    expect(parseLiveMessage('{"type":"ready"}')).toEqual({ type: 'ready' });
    const change = {
      incidentId: 'INC-1',
      entity: 'action',
      entityId: 'ACT-1',
      action: 'create',
      actor: 'eli',
      at: 'x',
    };
    expect(parseLiveMessage(JSON.stringify({ type: 'changed', ...change }))).toEqual({
      type: 'changed',
      change,
    });
    expect(parseLiveMessage('not json')).toBeUndefined();
    expect(parseLiveMessage('null')).toBeUndefined();
    expect(parseLiveMessage('{"type":"changed"}')).toBeUndefined();
    expect(parseLiveMessage(new ArrayBuffer(2))).toBeUndefined();
  });

  it('names who changed the incident, each once', () => {
    expect(updatedBy(['eli'])).toBe('Updated by eli just now');
    expect(updatedBy(['eli', 'ada', 'eli'])).toBe('Updated by eli and ada just now');
    expect(updatedBy(['eli', 'ada', 'sam'])).toBe('Updated by eli, ada and sam just now');
    expect(updatedBy([])).toBe('');
  });
});
