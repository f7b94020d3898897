import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { driveMeeting, openMeeting } from '../../app/meeting-room.js';
import { type MeetingOp, meetingOpSchema, meetingRoles, meetingStatuses } from '../../domain/index.js';
import type { MeetingRooms, Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const meetingViewSchema = z.object({
  meeting: z.object({
    reviewId: z.string(),
    incidentId: z.string(),
    status: z.enum(meetingStatuses),
    phase: z.number().int(),
    runningSince: z.number().nullable(),
    spentMs: z.array(z.number()),
    spotlight: z.unknown(),
    startedAt: z.string().nullable(),
    endedAt: z.string().nullable(),
    joined: z.array(z.object({ id: z.string(), name: z.string() })),
    version: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  }),
  role: z.enum(meetingRoles),
  now: z.number().describe('server time, epoch milliseconds, to tick the clock from'),
  phaseCount: z.number().int(),
});

const view = { description: 'the meeting, your role in it and the server time', schema: meetingViewSchema };
const tags = ['reviews'];

const contracts = {
  open: routeContract({
    method: 'GET',
    url: '/api/incidents/:id/reviews/:reviewId/meeting',
    summary: 'the shared meeting of a review: status, phase, clock, what is on screen, your role',
    description:
      'Opening a running meeting notes you among those who joined. Every change is announced on the incident’s live socket as `{"type":"changed","entity":"meeting","entityId":REVIEW_ID}`: read this again.',
    tags,
    access: 'user',
    responses: { 200: view },
  }),
  drive: routeContract({
    method: 'POST',
    url: '/api/incidents/:id/reviews/:reviewId/meeting',
    summary:
      'drive the meeting (facilitator only): start, pause, next, previous, go-to, spotlight, clear, end, reset',
    description:
      'Moves name the phase they were pressed in (`fromPhase`); a move from a phase the meeting has left changes nothing, so two facilitators pressing next together move one phase. The answer is the meeting as it now stands.',
    tags,
    access: 'editor',
    body: { schema: meetingOpSchema, what: 'meeting operation' },
    responses: { 200: view },
  }),
};

/** GET and POST /api/incidents/:id/reviews/:reviewId/meeting: the review meeting every browser shares. */
export function meetingRoomRoutes(app: FastifyInstance, store: Store, rooms: MeetingRooms): void {
  addRoute(app, contracts.open, async function openRoom(request) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    return openMeeting(store, rooms, incident, request.params.reviewId, user);
  });
  addRoute(app, contracts.drive, async function driveRoom(request) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    const op = contracts.drive.parseBody(request) as MeetingOp;
    return driveMeeting(store, rooms, incident, request.params.reviewId, op, user);
  });
}
