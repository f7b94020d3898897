import type { MeetingOp, MeetingState, Moments, TimelineEvent } from '../../../src/domain/index.js';

/**
 * Whether a key press may drive the meeting: a single press without Alt, Ctrl or Meta. Alt+← is the browser's
 * Back and Ctrl+P its Print, and a held key repeats: none of them moves the room.
 */
export function isPlainPress(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'repeat'>,
): boolean {
  return !(event.altKey || event.ctrlKey || event.metaKey || event.repeat);
}

/**
 * The operation a key sends from the presenter view, or undefined. Q shows the phase's next question after the one
 * on screen (from the first); O cycles through the objections the same way; a move names the phase it was
 * pressed in, so a double press moves one phase.
 */
export function presenterKey(
  key: string,
  state: Pick<MeetingState, 'phase' | 'status' | 'spotlight'>,
  questions: ReadonlyArray<{ text: string }>,
  objections: ReadonlyArray<{ id: string }>,
): MeetingOp | undefined {
  const spotlight = state.spotlight;
  switch (key) {
    case 'n':
    case 'N':
    case 'ArrowRight':
      return { op: 'next', fromPhase: state.phase };
    case 'p':
    case 'P':
    case 'ArrowLeft':
      return { op: 'previous', fromPhase: state.phase };
    case ' ':
      return state.status === 'running' ? { op: 'pause' } : { op: 'start' };
    case 'Escape':
      return { op: 'clear' };
    case 'q':
    case 'Q': {
      if (questions.length === 0) return undefined;
      const shown =
        spotlight?.kind === 'question' ? questions.findIndex((q) => q.text === spotlight.text) : -1;
      const next = questions[(shown + 1) % questions.length]!;
      return { op: 'spotlight', spotlight: { kind: 'question', text: next.text } };
    }
    case 'o':
    case 'O': {
      if (objections.length === 0) return undefined;
      const shown = spotlight?.kind === 'objection' ? objections.findIndex((o) => o.id === spotlight.id) : -1;
      const next = objections[(shown + 1) % objections.length]!;
      return { op: 'spotlight', spotlight: { kind: 'objection', id: next.id } };
    }
    default:
      return undefined;
  }
}

const momentKinds = new Set([
  'alert-fired',
  'page',
  'acknowledged',
  'deploy',
  'rollback',
  'config-change',
  'flag-change',
  'mitigation',
  'resolution',
]);

/**
 * The events the room walks through in the timeline phase: the key moments' events and every change, page, alert,
 * crash or error-level event, in time order, at most `limit` — the spine of the incident, not every log line.
 */
export function presenterExcerpt(
  bundle: {
    timeline: readonly TimelineEvent[];
    incident: { moments: Moments };
  },
  limit = 12,
): TimelineEvent[] {
  const linked = new Set(
    Object.values(bundle.incident.moments).flatMap((moment) => (moment?.eventId ? [moment.eventId] : [])),
  );
  return bundle.timeline
    .filter(
      (event) =>
        linked.has(event.id) ||
        momentKinds.has(event.kind) ||
        event.kind === 'panic' ||
        event.kind === 'crash' ||
        event.severity === 'critical',
    )
    .slice(0, limit);
}
