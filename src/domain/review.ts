import { z } from 'zod';
import { limits } from './limits.js';
import { isEmailAddress } from './reminders-config.js';
import { lineText, proseText, requiredLine } from './text.js';
import { instantSchema } from './time.js';

export const reviewKinds = ['review', 'follow-up'] as const;
export const reviewKindSchema = z.enum(reviewKinds, {
  error: (issue) => `expected one of ${reviewKinds.join(', ')}, got ${JSON.stringify(issue.input)}`,
});
export type ReviewKind = z.infer<typeof reviewKindSchema>;

/** One phase of the meeting with its time box. */
export const agendaItemSchema = z.object({
  title: requiredLine(200),
  minutes: z.number().int().positive().max(600),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/**
 * What a meeting did, written when the facilitator ends it: who joined, the time spent in each phase against its
 * time box, the decisions, and the contributing factors and actions added while it ran.
 */
export const meetingSummarySchema = z.object({
  startedAt: instantSchema,
  endedAt: instantSchema,
  attendees: z.array(requiredLine(320)).max(200),
  phases: z
    .array(
      z.object({
        title: requiredLine(200),
        bookedMinutes: z.number().int().min(0).max(1_440),
        spentMs: z.number().int().min(0),
      }),
    )
    .max(50),
  decisions: z.array(requiredLine(limits.line)).max(limits.listItems),
  factors: z
    .array(z.object({ id: requiredLine(64), title: requiredLine(limits.line) }))
    .max(limits.listItems),
  actions: z
    .array(
      z.object({
        id: requiredLine(64),
        title: requiredLine(limits.line),
        owner: lineText(limits.name),
        dueDate: lineText(10).optional(),
      }),
    )
    .max(limits.listItems),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/**
 * Whether an attendee is written so a calendar can use it: a name (listed in the invitation's text), an address,
 * or `Name <address>` (invited); a chat handle (`@dana`) is a name. Text that tries to be an address (an `@`, angle brackets) must be a whole one:
 * `dana@` or `Dana <dana>` would otherwise drop out of the invitation without a word.
 */
export function isAttendee(text: string): boolean {
  const written = /^(.*?)\s*<([^<>]*)>$/.exec(text.trim());
  if (written) return !/[<>@]/.test(written[1] ?? '') && isEmailAddress(written[2] ?? '');
  // A chat handle (`@dana`) is a name.
  if (/^@[^\s<>@]+$/.test(text.trim())) return true;
  return /[<>@]/.test(text) ? isEmailAddress(text.trim()) : true;
}

const attendeeSchema = requiredLine(320).refine(isAttendee, {
  error: (issue) =>
    `expected a name, an e-mail address or "Name <address>", got ${JSON.stringify(issue.input)}, which is not an address an invitation can go to`,
});

export const reviewFieldsSchema = z.object({
  kind: reviewKindSchema.default('review'),
  // A calendar holds four-digit years: a meeting that would end past 9999 cannot be sent as an invitation.
  scheduledAt: instantSchema.refine((at) => Date.parse(at) < Date.UTC(9999, 0, 1), {
    error: 'expected a time before the year 9999',
  }),
  durationMinutes: z.number().int().positive().max(1_440).default(60),
  location: lineText(limits.location).optional(),
  attendees: z.array(attendeeSchema).max(200).default([]),
  agenda: z.array(agendaItemSchema).max(50).default([]),
  notes: proseText().default(''),
  decisions: z.array(requiredLine(limits.line)).max(limits.listItems).default([]),
  /** When the meeting ended (`debrief review close`); absent while it is still to be held or running. */
  endedAt: instantSchema.optional(),
  /** Written when the meeting is ended in the shared room (`summarizeMeeting`). */
  summary: meetingSummarySchema.optional(),
  /** A follow-up review's outcome: where the actions stand, what got in the way of the late ones, what remains. */
  outcome: proseText().optional(),
  /** When the next follow-up is to be held, when the follow-up found more to check. */
  nextReviewAt: instantSchema.optional(),
});
export type ReviewFields = z.infer<typeof reviewFieldsSchema>;
export type ReviewInput = z.input<typeof reviewFieldsSchema>;

/** The review meeting, or the follow-up review that checks the actions. */
export const reviewSchema = reviewFieldsSchema.extend({ id: requiredLine(64) });
export type Review = z.infer<typeof reviewSchema>;

/**
 * A warning when other meetings of the same kind are still open (booked, not closed) beside the one just booked:
 * booking again is how people try to move a meeting, and then two invitations go out. `moveHint` says how to move
 * or cancel one where the warning is read (the CLI's commands, the web's buttons). Else undefined.
 */
export function otherBookingWarning(
  booked: { id: string; kind: ReviewKind },
  reviews: ReadonlyArray<{ id: string; kind: ReviewKind; scheduledAt: string; endedAt?: string | undefined }>,
  moveHint: (id: string) => string,
): string | undefined {
  const others = reviews.filter(
    (review) => review.id !== booked.id && review.kind === booked.kind && review.endedAt === undefined,
  );
  if (others.length === 0) return undefined;
  const what = booked.kind === 'follow-up' ? 'follow-up review' : 'review';
  const listed = others.map((review) => `${review.id}, at ${review.scheduledAt}`).join('; ');
  const first = others[0]?.id as string;
  return others.length === 1
    ? `another ${what} is still booked (${listed}); if this one replaces it, ${moveHint(first)}`
    : `${others.length} other ${what}s are still booked (${listed}); if this one replaces one of them, ${moveHint(first)}`;
}

/**
 * A warning when `meeting` overlaps another meeting of the incident still open (booked, not closed), of either
 * kind: the same people cannot be in both. Allowed (rooms get double-booked and fixed later), but said where the
 * booking or move is read. Else undefined.
 */
export function overlappingMeetingWarning(
  meeting: { id: string; scheduledAt: string; durationMinutes: number },
  reviews: ReadonlyArray<{
    id: string;
    kind: ReviewKind;
    scheduledAt: string;
    durationMinutes: number;
    endedAt?: string | undefined;
  }>,
): string | undefined {
  const start = Date.parse(meeting.scheduledAt);
  const end = start + meeting.durationMinutes * 60_000;
  const clash = reviews.find((other) => {
    if (other.id === meeting.id || other.endedAt !== undefined) return false;
    const otherStart = Date.parse(other.scheduledAt);
    return otherStart < end && start < otherStart + other.durationMinutes * 60_000;
  });
  if (clash === undefined) return undefined;
  const what = clash.kind === 'follow-up' ? 'the follow-up review' : 'the review';
  return `it overlaps ${what} ${clash.id} (at ${clash.scheduledAt}, ${clash.durationMinutes} minutes); the same people cannot be in both, so move one of them`;
}
