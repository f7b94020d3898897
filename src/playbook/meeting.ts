import type { IncidentDocument, Review, ReviewKind } from '../domain/index.js';
import { agendaContent } from './content/generated/agenda.js';
import * as script from './content/generated/script.js';
import { spokenDuration, spokenInstant } from './spoken-time.js';

/** The review meeting a script or agenda is for, and why that one. */
export interface MeetingChoice {
  review: Review;
  /**
   * `next`: the earliest booked review not over yet; `in-progress`: one running now; `next-follow-up`: every review
   * is over and a follow-up review is booked ahead; `latest`: every meeting is over, so the most recent review;
   * `open`: no clock was given, so the earliest review not closed.
   */
  why: 'next' | 'in-progress' | 'next-follow-up' | 'latest' | 'open';
}

const endOf = (review: Review): number => Date.parse(review.scheduledAt) + review.durationMinutes * 60_000;

/**
 * The review meeting the facilitator is preparing. With `now` (an ISO instant or date): the review running now
 * or the next one booked; when every review is over, the most recent. Without `now` (a caller with no clock):
 * the earliest review not closed, else the latest. A closed review (`endedAt`) is never the next one. A follow-up
 * review is the meeting only once every review is over and it is booked ahead (trial 21: "no review is upcoming"
 * with the follow-up booked for next week); it has its own agenda and closing.
 */
export function meetingChoice(
  doc: Pick<IncidentDocument, 'reviews'>,
  now?: string,
): MeetingChoice | undefined {
  const reviews = doc.reviews
    .filter((review) => review.kind === 'review')
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const latest = reviews.at(-1);
  if (now === undefined) {
    const open = reviews.find((review) => !review.endedAt);
    if (open) return { review: open, why: 'open' };
    return latest ? { review: latest, why: 'latest' } : undefined;
  }
  const at = Date.parse(now);
  const ahead = reviews.find((review) => !review.endedAt && endOf(review) > at);
  if (ahead) return { review: ahead, why: Date.parse(ahead.scheduledAt) <= at ? 'in-progress' : 'next' };
  const followUp = doc.reviews
    .filter((review) => review.kind === 'follow-up' && !review.endedAt && endOf(review) > at)
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
  if (followUp) return { review: followUp, why: 'next-follow-up' };
  return latest ? { review: latest, why: 'latest' } : undefined;
}

const notes = {
  next: script.meetingNext,
  'in-progress': script.meetingInProgress,
  'next-follow-up': script.meetingNextFollowUp,
  latest: script.meetingLatest,
  open: script.meetingOpen,
} as const;

/**
 * One sentence to the facilitator naming the meeting the script or agenda is for ("For the review on Thursday
 * 12 March at 15:00 UTC (45 minutes), the next one booked."), or that none is booked.
 */
export function meetingNote(
  doc: Pick<IncidentDocument, 'reviews' | 'severity'>,
  now?: string,
  defaultMinutes?: number,
  usualMinutes?: number,
): string {
  const choice = meetingChoice(doc, now);
  if (!choice) {
    const minutes = defaultMinutes ?? 0;
    // A length the facilitator asked for is theirs, not the usual one (trial 28 F14).
    if (usualMinutes !== undefined && usualMinutes !== minutes)
      return script.meetingNonePlanned({
        severity: doc.severity,
        length: spokenDuration(minutes),
        usual: spokenDuration(usualMinutes),
      });
    return script.meetingNone({ severity: doc.severity, length: spokenDuration(minutes) });
  }
  const { review, why } = choice;
  return notes[why]({
    when: spokenInstant(review.scheduledAt, now),
    length: spokenDuration(review.durationMinutes),
  });
}

/** The shortest booked length of a meeting of this kind that leaves every phase real time (agenda.yml). */
export function minimumMeetingMinutes(kind: ReviewKind): number {
  return agendaContent.minimumMinutes[kind];
}

/**
 * A warning when a meeting is booked for less than its kind needs (a 5-minute review), else undefined. The
 * agenda is still fitted to the booking; the warning says what will suffer.
 */
export function bookedLengthWarning(review: Pick<Review, 'kind' | 'durationMinutes'>): string | undefined {
  return shortLength(review.kind, review.durationMinutes, script.meetingTooShort);
}

/**
 * The same warning for a length the facilitator plans (`--minutes`) rather than books: the plan stands, the
 * warning says what will suffer.
 */
export function plannedLengthWarning(kind: ReviewKind, minutes: number): string | undefined {
  return shortLength(kind, minutes, script.meetingPlannedTooShort);
}

// Longer than this, a meeting loses the room: the longest default agenda (a SEV1 review) is two hours.
const maximumMeetingMinutes = 180;

function shortLength(
  kind: ReviewKind,
  minutes: number,
  say: typeof script.meetingTooShort,
): string | undefined {
  const words =
    kind === 'follow-up'
      ? { name: script.meetingKindsFollowUpName, purpose: script.meetingKindsFollowUpPurpose }
      : { name: script.meetingKindsReviewName, purpose: script.meetingKindsReviewPurpose };
  if (minutes > maximumMeetingMinutes)
    return script.meetingTooLong({
      kind: words.name,
      length: spokenDuration(minutes),
      maximum: maximumMeetingMinutes,
    });
  const minimum = minimumMeetingMinutes(kind);
  if (minutes >= minimum) return undefined;
  return say({ kind: words.name, length: spokenDuration(minutes), minimum, purpose: words.purpose });
}

/**
 * Why an agenda of `phases` phases cannot be planned in `minutes`, else undefined: under a minute a phase, its
 * time boxes would add up to more than the meeting, so the length is refused rather than quietly exceeded.
 */
export function plannedLengthProblem(minutes: number, phases: number): string | undefined {
  if (minutes >= phases) return undefined;
  return script.meetingCannotFit({ length: spokenDuration(minutes), phases });
}

/** One sentence to the facilitator naming the meeting they chose ("For the follow-up review on …"). */
export function chosenMeetingNote(
  review: Pick<Review, 'kind' | 'scheduledAt' | 'durationMinutes'>,
  now?: string,
): string {
  const kind = review.kind === 'follow-up' ? script.meetingKindsFollowUpName : script.meetingKindsReviewName;
  return script.meetingChosen({
    kind,
    when: spokenInstant(review.scheduledAt, now),
    length: spokenDuration(review.durationMinutes),
  });
}
