import { describe, expect, it } from 'vitest';
import { isPlainPress, presenterExcerpt, presenterKey } from './presenter-keys.js';

const questions = [{ text: 'What did you see first?' }, { text: 'What made it hard?' }];
const objections = [{ id: 'who-did-it' }, { id: 'fire-them' }];
const running = { phase: 2, status: 'running' as const, spotlight: null };

describe('presenterKey', () => {
  it('moves from the phase on screen, pauses and resumes', () => {
    expect(presenterKey('N', running, questions, objections)).toEqual({ op: 'next', fromPhase: 2 });
    expect(presenterKey('ArrowLeft', running, questions, objections)).toEqual({
      op: 'previous',
      fromPhase: 2,
    });
    expect(presenterKey(' ', running, questions, objections)).toEqual({ op: 'pause' });
    expect(presenterKey(' ', { ...running, status: 'paused' }, questions, objections)).toEqual({
      op: 'start',
    });
    expect(presenterKey('x', running, questions, objections)).toBeUndefined();
  });

  it('cycles through the questions and objections, after the one on screen', () => {
    expect(presenterKey('q', running, questions, objections)).toEqual({
      op: 'spotlight',
      spotlight: { kind: 'question', text: 'What did you see first?' },
    });
    const shown = { ...running, spotlight: { kind: 'question' as const, text: 'What made it hard?' } };
    expect(presenterKey('Q', shown, questions, objections)).toMatchObject({
      spotlight: { text: 'What did you see first?' },
    });
    const objection = { ...running, spotlight: { kind: 'objection' as const, id: 'who-did-it' } };
    expect(presenterKey('o', objection, questions, objections)).toMatchObject({
      spotlight: { id: 'fire-them' },
    });
    expect(presenterKey('Escape', objection, questions, objections)).toEqual({ op: 'clear' });
    expect(presenterKey('q', running, [], objections)).toBeUndefined();
  });
});

describe('isPlainPress', () => {
  it('lets a single plain press drive, never a browser shortcut or a held key', () => {
    const press = { altKey: false, ctrlKey: false, metaKey: false, repeat: false };
    expect(isPlainPress(press)).toBe(true);
    expect(isPlainPress({ ...press, altKey: true })).toBe(false);
    expect(isPlainPress({ ...press, ctrlKey: true })).toBe(false);
    expect(isPlainPress({ ...press, metaKey: true })).toBe(false);
    expect(isPlainPress({ ...press, repeat: true })).toBe(false);
  });
});

describe('presenterExcerpt', () => {
  it('keeps the incident’s spine: moments, changes, pages and crashes, not every log line', () => {
    const event = (id: string, kind: string, severity = 'info') =>
      ({ id, kind, severity, at: '2026-03-04T12:00:00Z', summary: id }) as never;
    const bundle = {
      timeline: [
        event('a', 'deploy'),
        event('b', 'log-signature', 'warning'),
        event('c', 'note'),
        event('d', 'panic'),
        event('e', 'config-change'),
        event('f', 'flag-change'),
        event('g', 'chat'),
      ],
      incident: { moments: { impactStart: { at: '2026-03-04T12:00:00Z', eventId: 'c' } } },
    };
    expect(presenterExcerpt(bundle).map((e) => e.id)).toEqual(['a', 'c', 'd', 'e', 'f']);
  });
});
