import ical, { ICalAttendeeRole, ICalCalendarMethod } from 'ical-generator';
import { type IncidentDocument, invalidInput, isEmailAddress, type Review } from '../domain/index.js';
import { bookedAgenda } from '../playbook/index.js';
import type { Bluf } from './bluf.js';
import { incidentReference, incidentUrl } from './links.js';

export interface CalendarOptions {
  baseUrl?: string | undefined;
  /** The DTSTAMP of every event; fixed in tests so the output is stable. */
  now?: Date;
  /** Addresses of attendees named by role (an anonymised calendar), keyed by the lower-case label. */
  addresses?: ReadonlyMap<string, string> | undefined;
}

/**
 * A name as a calendar parameter holds it (CN="…"): RFC 5545 has no escape for a double quote there, so one typed
 * in a name would end the parameter and let the rest pose as the organizer's address. It becomes an apostrophe.
 */
function parameterText(name: string): string {
  return name.replaceAll('"', "'");
}

function eventDescription(
  doc: IncidentDocument,
  review: Review,
  bluf: Bluf,
  unlisted: string[],
  baseUrl?: string,
): string {
  // The playbook's agenda fitted to the booked length, as the CLI's agenda and the meeting console show it.
  const agenda = review.agenda.length > 0 ? review.agenda : bookedAgenda(review, doc.severity);
  const lines =
    review.kind === 'follow-up'
      ? ['Follow-up review: check each action item from the post-mortem.', '']
      : ['Blameless post-mortem review: we are here to learn and improve the system, not to find fault.', ''];
  lines.push(`Bottom line: ${bluf.text}`, '', 'Agenda:');
  for (const item of agenda) lines.push(`- ${item.title} (${item.minutes} min)`);
  if (review.kind === 'follow-up') {
    const open = doc.actions.filter((a) => a.status === 'open' || a.status === 'in-progress');
    if (open.length > 0) lines.push('', 'Actions to check:');
    for (const action of open)
      lines.push(`- ${action.title} (${action.owner || 'owner needed'}, ${action.dueDate ?? 'no date'})`);
  }
  if (unlisted.length > 0)
    lines.push('', `Also invited (no e-mail address on record): ${unlisted.join(', ')}`);
  lines.push('', incidentReference(doc.id, doc.title, baseUrl));
  return lines.join('\n');
}

/**
 * An iCalendar file (RFC 5545) with the review and the follow-up review. Attendees given as e-mail addresses,
 * or as names of participants with an address, are invited; others are named in the description.
 */
export function reviewCalendar(doc: IncidentDocument, bluf: Bluf, options: CalendarOptions = {}): string {
  if (doc.reviews.length === 0) {
    throw invalidInput(
      `incident ${doc.id} has no review or follow-up review scheduled; schedule one before exporting a calendar`,
    );
  }
  const emailOf = new Map(
    doc.participants.flatMap((p) => (p.email ? [[p.name.toLowerCase(), p.email] as const] : [])),
  );
  const nameOf = new Map(
    doc.participants.flatMap((p) => (p.email ? [[p.email.toLowerCase(), p.name] as const] : [])),
  );
  // The organiser is the facilitator; in an anonymised calendar, under their role and still by address.
  const facilitator = doc.participants
    .filter((p) => p.role === 'facilitator')
    .map((p) => ({ name: p.name, email: p.email ?? options.addresses?.get(p.name.toLowerCase()) }))
    .find((p) => p.email);
  const calendar = ical({
    name: `Post-mortem ${doc.id}`,
    prodId: { company: 'debrief', product: 'debrief', language: 'EN' },
    method: ICalCalendarMethod.REQUEST,
  });
  for (const review of doc.reviews) {
    const invited: Array<{ email: string; name?: string }> = [];
    const unlisted: string[] = [];
    for (const attendee of review.attendees) {
      // "Name <address>" invites the address under the name.
      const written = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(attendee.trim());
      const email = written
        ? written[2]
        : attendee.includes('@')
          ? attendee
          : (emailOf.get(attendee.toLowerCase()) ?? options.addresses?.get(attendee.toLowerCase()));
      // Only an address is invited: "x@y.example:MAILTO:z@evil.example" is no address, and is listed by name.
      if (!email || !isEmailAddress(email)) {
        unlisted.push(attendee);
        continue;
      }
      const name =
        nameOf.get(email.toLowerCase()) ?? (written?.[1] || (attendee.includes('@') ? undefined : attendee));
      invited.push(name ? { email, name: parameterText(name) } : { email });
    }
    const start = new Date(review.scheduledAt);
    const url = incidentUrl(doc.id, options.baseUrl);
    calendar.createEvent({
      id: `${review.id}.${doc.id}@debrief`,
      start,
      end: new Date(start.getTime() + review.durationMinutes * 60_000),
      stamp: options.now ?? new Date(),
      summary: `${review.kind === 'follow-up' ? 'Follow-up review' : 'Post-mortem review'}: ${doc.title}`,
      description: eventDescription(doc, review, bluf, unlisted, options.baseUrl),
      ...(review.location ? { location: review.location } : {}),
      ...(url ? { url } : {}),
      ...(facilitator?.email && isEmailAddress(facilitator.email)
        ? { organizer: { name: parameterText(facilitator.name), email: facilitator.email } }
        : {}),
      attendees: invited.map((a) => ({ ...a, role: ICalAttendeeRole.REQ, rsvp: true })),
    });
  }
  return calendar.toString();
}
