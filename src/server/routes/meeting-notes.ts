import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readMeetingNotes, writeMeetingNotes } from '../../app/meeting-notes.js';
import { maxNotesUpdateBytes } from '../../domain/shared-notes.js';
import type { MeetingNotes, Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';

const tags = ['reviews'];

const contracts = {
  read: routeContract({
    method: 'GET',
    url: '/api/incidents/:id/reviews/:reviewId/notes',
    summary: 'the edits of a review’s live notes (Yjs updates, base64) after a number',
    description:
      'Apply every `update` to a Yjs document (`Y.applyUpdate`); the text is its Y.Text named `notes`, each insert marked with `author` and `at`. Ask again with `after` set to the answer’s `seq` whenever the incident’s live socket says `{"type":"changed","entity":"notes","entityId":REVIEW_ID}`.',
    tags,
    access: 'user',
    query: z.object({
      after: z.coerce.number().int().min(0).default(0).describe('the last edit number already applied'),
    }),
    responses: {
      200: {
        description: 'the edits after `after`, and the number of the last one',
        schema: z.object({
          updates: z.array(z.object({ seq: z.number().int(), update: z.string() })),
          seq: z.number().int(),
          author: z.string().describe('the name your own lines carry'),
          canWrite: z.boolean().describe('false for a viewer, who watches'),
        }),
      },
    },
  }),
  write: routeContract({
    method: 'POST',
    url: '/api/incidents/:id/reviews/:reviewId/notes',
    summary:
      'add an edit of the review’s live notes (a Yjs update, base64); everyone in the room hears of it',
    description:
      'Edits merge whatever order they arrive in, so several people type at once without losing a character. Viewers may not write; a closed review’s notes are final.',
    tags,
    access: 'editor',
    body: {
      schema: z.object({ update: z.string().min(1).max(maxNotesUpdateBytes) }),
      what: 'notes edit',
    },
    responses: {
      200: { description: 'the edit’s number', schema: z.object({ seq: z.number().int() }) },
    },
  }),
};

/** GET and POST /api/incidents/:id/reviews/:reviewId/notes: the review's notes, typed together. */
export function meetingNotesRoutes(app: FastifyInstance, store: Store, notes: MeetingNotes): void {
  addRoute(app, contracts.read, async function readNotes(request) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    const { after } = contracts.read.parseQuery(request);
    return readMeetingNotes(store, notes, incident, request.params.reviewId, after, user);
  });
  addRoute(app, contracts.write, async function writeNotes(request) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    const { update } = contracts.write.parseBody(request);
    return writeMeetingNotes(store, notes, incident, request.params.reviewId, update, user);
  });
}
