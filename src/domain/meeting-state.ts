import { z } from 'zod';
import {
  idleTimer,
  type MeetingTimer,
  moveToPhase,
  nextPhase,
  pauseTimer,
  previousPhase,
  startTimer,
} from './meeting-clock.js';

/** Where the meeting is: not started, its clock running, paused, or ended (closed by the facilitator). */
export const meetingStatuses = ['not-started', 'running', 'paused', 'ended'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** What the facilitator puts on the screen for the room: a probing question, or an objection and its response. */
export const spotlightSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), text: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('objection'), id: z.string().trim().min(1).max(100) }),
]);
export type Spotlight = z.infer<typeof spotlightSchema>;

/**
 * The shared meeting of one review, as the server keeps it: status, current phase, time spent per phase (ms) and the
 * running clock's start (server time, epoch ms), what is on screen, and who joined. `version` moves with every change.
 */
export interface MeetingState {
  reviewId: string;
  incidentId: string;
  status: MeetingStatus;
  phase: number;
  runningSince: number | null;
  spentMs: number[];
  spotlight: Spotlight | null;
  /** When the meeting first started and when it ended (ISO), for the summary. */
  startedAt: string | null;
  endedAt: string | null;
  /** Everyone who opened the room while it ran, by account: the summary's attendees. */
  joined: Array<{ id: string; name: string }>;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

/** A meeting nobody has started yet. */
export function newMeeting(incidentId: string, reviewId: string): MeetingState {
  return {
    reviewId,
    incidentId,
    status: 'not-started',
    phase: 0,
    runningSince: null,
    spentMs: [],
    spotlight: null,
    startedAt: null,
    endedAt: null,
    joined: [],
    version: 0,
    updatedAt: '',
    updatedBy: '',
  };
}

/**
 * What a facilitator does. Moves name the phase they were pressed in (`fromPhase`): two facilitators pressing
 * "next" at the same moment both say "from phase 2", so the second finds the meeting already in phase 3 and
 * changes nothing — the room moves one phase, not two.
 */
export const meetingOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('start') }),
  z.object({ op: z.literal('pause') }),
  z.object({ op: z.literal('next'), fromPhase: z.number().int().min(0).max(100) }),
  z.object({ op: z.literal('previous'), fromPhase: z.number().int().min(0).max(100) }),
  z.object({
    op: z.literal('go-to'),
    fromPhase: z.number().int().min(0).max(100),
    phase: z.number().int().min(0).max(100),
  }),
  z.object({ op: z.literal('spotlight'), spotlight: spotlightSchema }),
  z.object({ op: z.literal('clear') }),
  z.object({ op: z.literal('end') }),
  z.object({ op: z.literal('reset') }),
]);
export type MeetingOp = z.infer<typeof meetingOpSchema>;

const timerOf = (state: MeetingState): MeetingTimer => ({
  phase: state.phase,
  runningSince: state.runningSince,
  spentMs: state.spentMs,
});

const withTimer = (state: MeetingState, timer: MeetingTimer): MeetingState => ({
  ...state,
  phase: timer.phase,
  runningSince: timer.runningSince,
  spentMs: timer.spentMs,
});

/**
 * The meeting after an operation at `now` (epoch ms), or the same object when it changes nothing (a move from a
 * phase the meeting has already left, a pause while paused). An ended meeting changes only by `reset`.
 */
export function applyMeetingOp(
  state: MeetingState,
  op: MeetingOp,
  now: number,
  phaseCount: number,
): MeetingState {
  if (state.status === 'ended' && op.op !== 'reset') return state;
  const timer = timerOf(state);
  const iso = new Date(now).toISOString();
  switch (op.op) {
    case 'start':
      if (state.status === 'running') return state;
      return {
        ...withTimer(state, startTimer(timer, now)),
        status: 'running',
        startedAt: state.startedAt ?? iso,
      };
    case 'pause':
      if (state.status !== 'running') return state;
      return { ...withTimer(state, pauseTimer(timer, now)), status: 'paused' };
    case 'next':
    case 'previous':
    case 'go-to': {
      if (op.fromPhase !== state.phase) return state;
      const moved =
        op.op === 'next'
          ? nextPhase(timer, phaseCount, now)
          : op.op === 'previous'
            ? previousPhase(timer, phaseCount, now)
            : moveToPhase(timer, op.phase, phaseCount, now);
      // A new phase clears the screen: the last phase's question is not this one's.
      return moved === timer ? state : { ...withTimer(state, moved), spotlight: null };
    }
    case 'spotlight':
      return { ...state, spotlight: op.spotlight };
    case 'clear':
      return state.spotlight === null ? state : { ...state, spotlight: null };
    case 'end':
      return {
        ...withTimer(state, pauseTimer(timer, now)),
        status: 'ended',
        spotlight: null,
        endedAt: iso,
      };
    case 'reset':
      return { ...newMeeting(state.incidentId, state.reviewId), joined: [], version: state.version };
  }
}

/** The meeting with a person added to those who joined (once each; only while it has not ended). */
export function withJoined(state: MeetingState, person: { id: string; name: string }): MeetingState {
  if (state.status === 'ended' || state.joined.some((p) => p.id === person.id)) return state;
  return { ...state, joined: [...state.joined, person] };
}

/** The clock as the meeting clock functions read it. */
export function meetingTimer(state: MeetingState): MeetingTimer {
  return state.status === 'not-started' && state.spentMs.length === 0 ? idleTimer : timerOf(state);
}
