import { z } from 'zod';
import { requiredLine } from './text.js';

/** What attendees are asked, each answered on anonymous cards. */
export const cardPrompts = ['surprised', 'hard', 'helped'] as const;
export type CardPrompt = (typeof cardPrompts)[number];
export const cardPromptLabels: Record<CardPrompt, string> = {
  surprised: 'What surprised you?',
  hard: 'What made this hard?',
  helped: 'What helped?',
};

/** How long a card or a raised point may be; longer is refused with this limit named. */
export const cardLimits = { text: 500, cardsPerMeeting: 500, votesPerPerson: 3, groupTitle: 80 } as const;

export const newCardSchema = z.object({
  prompt: z.enum(cardPrompts, { error: `expected one of ${cardPrompts.join(', ')}` }),
  text: requiredLine(cardLimits.text),
});

export const cardGroupSchema = z.object({
  /** The group the card joins (a title); empty takes it out of any group. */
  group: z
    .string()
    .trim()
    .max(cardLimits.groupTitle, {
      error: `expected a group title of at most ${cardLimits.groupTitle} characters`,
    }),
});

/**
 * An anonymous card. Anonymous means nobody, not even the server, can tell who wrote it: there is no author in it,
 * in its table, in the audit log or on the live socket. Before the facilitator reveals its prompt, others see only
 * how many cards there are; its writer keeps it in their own browser.
 */
export interface Card {
  id: string;
  prompt: CardPrompt;
  text: string;
  group: string | null;
  revealed: boolean;
  votes: number;
}

/** A point an attendee raises for the facilitator to take; not anonymous (the room sees who raised it). */
export const pointStatuses = ['open', 'taken', 'answered', 'withdrawn'] as const;
export type PointStatus = (typeof pointStatuses)[number];

export const newPointSchema = z.object({ text: requiredLine(cardLimits.text) });
export const pointStatusSchema = z.object({
  status: z.enum(pointStatuses, { error: `expected one of ${pointStatuses.join(', ')}` }),
});

export interface RaisedPoint {
  id: string;
  text: string;
  raisedBy: { id: string; name: string };
  status: PointStatus;
  seq: number;
}

/** The cards and points as one person in the room sees them. */
export interface CardBoard {
  /** Revealed cards, with their text, group and votes. */
  cards: Card[];
  /** How many cards each prompt has, revealed or not. */
  counts: Record<CardPrompt, number>;
  revealed: Record<CardPrompt, boolean>;
  votesLeft: number;
  points: RaisedPoint[];
}
