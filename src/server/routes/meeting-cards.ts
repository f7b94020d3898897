import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type CardWrite, cardAction, cardBoard } from '../../app/meeting-cards.js';
import {
  cardGroupSchema,
  cardPrompts,
  newCardSchema,
  newPointSchema,
  pointStatusSchema,
} from '../../domain/index.js';
import type { MeetingCards, Store } from '../../store/index.js';
import { userOf } from '../access.js';
import { addRoute, routeContract } from '../route-contract.js';
import { visibleIncident } from '../visibility.js';
import { deleted } from './shared-responses.js';

const base = '/api/incidents/:id/reviews/:reviewId';
const tags = ['reviews'];
const done = { description: 'done; read the board again (the live socket also announces it)' };
const any = { description: 'the answer', schema: z.unknown() };
const revealSchema = z.object({ prompt: z.enum(cardPrompts).optional() });

const contracts = {
  board: routeContract({
    method: 'GET',
    url: `${base}/cards`,
    summary: 'the meeting’s cards (hidden ones counted only), your votes left and the raised points',
    tags,
    access: 'user',
    responses: { 200: any },
  }),
  add: routeContract({
    method: 'POST',
    url: `${base}/cards`,
    summary: 'add an anonymous card; only you learn its id (no author is stored anywhere)',
    tags,
    access: 'editor',
    body: { schema: newCardSchema, what: 'card' },
    responses: { 201: any },
  }),
  remove: routeContract({
    method: 'DELETE',
    url: `${base}/cards/:cardId`,
    summary: 'delete a card: your hidden one by its id, or a revealed one (facilitator)',
    tags,
    access: 'editor',
    responses: { 204: deleted },
  }),
  reveal: routeContract({
    method: 'POST',
    url: `${base}/cards/reveal`,
    summary: 'reveal the cards of one prompt, or all (facilitator)',
    tags,
    access: 'editor',
    body: { schema: revealSchema, what: 'reveal', optional: true },
    responses: { 204: done },
  }),
  group: routeContract({
    method: 'PATCH',
    url: `${base}/cards/:cardId`,
    summary: 'put a revealed card in a group, by the group’s title (facilitator or scribe)',
    tags,
    access: 'editor',
    body: { schema: cardGroupSchema, what: 'card group' },
    responses: { 204: done },
  }),
  vote: routeContract({
    method: 'POST',
    url: `${base}/cards/:cardId/vote`,
    summary: 'give a revealed card one of your votes',
    tags,
    access: 'editor',
    responses: { 200: any },
  }),
  raise: routeContract({
    method: 'POST',
    url: `${base}/points`,
    summary: 'raise a point for the facilitator to take (the room sees who raised it)',
    tags,
    access: 'editor',
    body: { schema: newPointSchema, what: 'point' },
    responses: { 201: any },
  }),
  point: routeContract({
    method: 'PATCH',
    url: `${base}/points/:pointId`,
    summary: 'take, answer or reopen a point (facilitator), or withdraw your own',
    tags,
    access: 'editor',
    body: { schema: pointStatusSchema, what: 'point status' },
    responses: { 200: any },
  }),
};

/** The meeting's anonymous cards, votes and raised points. */
export function meetingCardRoutes(app: FastifyInstance, store: Store, cards: MeetingCards): void {
  const act = async <T>(
    request: FastifyRequest<{ Params: { id: string; reviewId: string } }>,
    write: CardWrite,
  ) => {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    return cardAction<T>(store, cards, incident, request.params.reviewId, user, write);
  };
  addRoute(app, contracts.board, async function board(request) {
    const user = userOf(request);
    const incident = await visibleIncident(store, user, request.params.id);
    return cardBoard(store, cards, incident, request.params.reviewId, user);
  });
  addRoute(app, contracts.add, async function addCard(request, reply) {
    const { prompt, text } = contracts.add.parseBody(request) as z.infer<typeof newCardSchema>;
    const id = await act<string>(request, { kind: 'add', prompt, text });
    return reply.status(201).send({ id });
  });
  addRoute(app, contracts.remove, async function removeCard(request, reply) {
    await act(request, { kind: 'delete', id: request.params.cardId });
    return reply.status(204).send();
  });
  addRoute(app, contracts.reveal, async function reveal(request, reply) {
    const { prompt } = contracts.reveal.parseBody(request) as z.infer<typeof revealSchema>;
    await act(request, { kind: 'reveal', prompt });
    return reply.status(204).send();
  });
  addRoute(app, contracts.group, async function group(request, reply) {
    const { group } = contracts.group.parseBody(request) as z.infer<typeof cardGroupSchema>;
    await act(request, { kind: 'group', id: request.params.cardId, group });
    return reply.status(204).send();
  });
  addRoute(app, contracts.vote, async function vote(request) {
    return { votesLeft: await act<number>(request, { kind: 'vote', id: request.params.cardId }) };
  });
  addRoute(app, contracts.raise, async function raise(request, reply) {
    const { text } = contracts.raise.parseBody(request) as z.infer<typeof newPointSchema>;
    return reply.status(201).send(await act(request, { kind: 'raise', text }));
  });
  addRoute(app, contracts.point, async function point(request) {
    const { status } = contracts.point.parseBody(request) as z.infer<typeof pointStatusSchema>;
    return act(request, { kind: 'point', id: request.params.pointId, status });
  });
}
