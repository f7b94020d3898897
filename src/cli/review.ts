import { type Command, Option } from 'commander';
import { cliActor, withStore } from './context.js';
import { CliError } from './errors.js';
import { defined, parseFlags } from './flags.js';
import { printJson, printTable } from './output.js';

interface ScheduleOptions {
  at: string;
  kind: string;
  minutes?: string;
  location?: string;
  attendee?: string[];
  json?: boolean;
}

interface RescheduleOptions {
  at?: string;
  minutes?: string;
  location?: string;
  json?: boolean;
}

interface NotesOptions {
  text?: string;
  file?: string;
  append?: boolean;
  json?: boolean;
}

/** `debrief review schedule|list|notes|decide|close`: the review meeting and its follow-up, from the terminal. */
export function register(program: Command): void {
  const review = program
    .command('review')
    .description('schedule the review meeting and its follow-up, keep its notes and decisions, close it');
  review
    .command('schedule')
    .description('schedule the review (or, with --kind follow-up, the follow-up review of the actions)')
    .argument('<incident>', 'incident id')
    .requiredOption('--at <time>', 'when it starts, ISO 8601 with a zone (2026-03-06T10:00:00+01:00)')
    .addOption(
      new Option('--kind <kind>', 'which meeting').choices(['review', 'follow-up']).default('review'),
    )
    .option(
      '--minutes <n>',
      "how long it lasts (default: the playbook's whole agenda, 120 minutes for a SEV1 review down to 30 for a SEV4; 30 for a follow-up)",
    )
    .option('--location <text>', 'room or video link')
    .option(
      '--attendee <name>',
      'who is invited, one per flag (repeat it; a comma stays in the name, "Whitfield, Dana"); default: the participants',
      (value: string, previous: string[] = []) =>
        previous.includes(value) ? previous : [...previous, value],
    )
    .option('--json', 'print the scheduled review as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ debrief review schedule INC-7K3M9QX2 --at 2026-03-06T10:00:00Z\n' +
        '  $ debrief review schedule INC-7K3M9QX2 --kind follow-up --at 2026-04-03T10:00:00Z',
    )
    .action(async (incidentId: string, options: ScheduleOptions, command: Command) => {
      const { reviewFieldsSchema } = await import('../domain/index.js');
      const minutes = wholeMinutes(options.minutes);
      const { scheduleReview } = await import('../app/reviews.js');
      const result = await withStore(command, async (store) => {
        const incident = await store.incidents.get(incidentId);
        const fields = parseFlags(
          reviewFieldsSchema,
          defined({
            kind: options.kind,
            scheduledAt: options.at,
            durationMinutes: minutes,
            location: options.location,
            attendees: options.attendee ?? incident.participants.map((p) => p.name),
          }),
          { scheduledAt: '--at', durationMinutes: '--minutes', attendees: '--attendee' },
        );
        // Unsaid, the length is the playbook's for the kind and severity (scheduleReview), not the schema's.
        const booked = await scheduleReview(
          store,
          incidentId,
          { ...fields, durationMinutes: minutes },
          { actor: cliActor() },
        );
        return { booked, reviews: await store.reviews.list(incidentId), severity: incident.severity };
      });
      const { booked: scheduled } = result;
      // Booked either way (the room may really have only that slot; the review may have happened before it was
      // entered here), but said before anyone prepares for it.
      const { bookedLengthWarning } = await import('../playbook/meeting.js');
      const { pastBookingWarning } = await import('../app/reviews.js');
      const { followUpIntervalWarning } = await import('../playbook/follow-up-interval.js');
      const { otherBookingWarning, overlappingMeetingWarning } = await import('../domain/index.js');
      const warnings = [
        overlappingMeetingWarning(scheduled, result.reviews),
        otherBookingWarning(
          scheduled,
          result.reviews,
          (id) =>
            `cancel that one (debrief delete ${id}); to move a meeting, use debrief review reschedule ${id} --at TIME`,
        ),
        bookedLengthWarning(scheduled),
        pastBookingWarning(scheduled, new Date().toISOString()),
        followUpIntervalWarning(scheduled, result),
      ];
      for (const warning of warnings) if (warning) process.stderr.write(`debrief: warning: ${warning}\n`);
      if (options.json) return printJson(scheduled);
      process.stdout.write(`scheduled ${scheduled.id}: ${bookingLine(scheduled)}\n`);
    });
  review
    .command('reschedule')
    .description(
      'move a booked meeting to another time, length or place (the same meeting, not a second one)',
    )
    .argument('<review>', 'review id')
    .option('--at <time>', 'when it starts now, ISO 8601 with a zone')
    .option('--minutes <n>', 'how long it lasts now')
    .option('--location <text>', 'room or video link')
    .option('--json', 'print the review as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ debrief review reschedule REV-4F2A9C --at 2026-03-09T10:00:00+01:00',
    )
    .action(async (reviewId: string, options: RescheduleOptions, command: Command) => {
      const changes = defined({
        scheduledAt: options.at,
        durationMinutes: wholeMinutes(options.minutes),
        location: options.location,
      });
      if (Object.keys(changes).length === 0)
        throw new CliError('say what changes: --at, --minutes or --location');
      const { reviewFieldsSchema } = await import('../domain/index.js');
      // Only what was said changes: the schema's default length must not reset a meeting moved in time.
      const parsed = parseFlags(
        reviewFieldsSchema.pick({ scheduledAt: true, durationMinutes: true, location: true }).partial(),
        changes,
        {
          scheduledAt: '--at',
          durationMinutes: '--minutes',
        },
      );
      const patch = Object.fromEntries(
        Object.keys(changes).map((key) => [key, (parsed as Record<string, unknown>)[key]]),
      );
      const { updateRecord } = await import('../app/records.js');
      const { moved, reviews } = await withStore(command, async (store) => {
        const current = await store.reviews.get(reviewId);
        const updated = await updateRecord(store, 'reviews', reviewId, current.version, patch, {
          actor: cliActor(),
        });
        return { moved: updated, reviews: await store.reviews.list(updated.incidentId) };
      });
      const { bookedLengthWarning } = await import('../playbook/meeting.js');
      const { pastBookingWarning } = await import('../app/reviews.js');
      const { overlappingMeetingWarning } = await import('../domain/index.js');
      const warnings = [
        overlappingMeetingWarning(moved, reviews),
        bookedLengthWarning(moved),
        pastBookingWarning(moved, new Date().toISOString()),
      ];
      for (const warning of warnings) if (warning) process.stderr.write(`debrief: warning: ${warning}\n`);
      if (options.json) return printJson(moved);
      process.stdout.write(`rescheduled ${moved.id}: ${bookingLine(moved)}\n`);
    });
  review
    .command('list')
    .description("list an incident's review meetings in time order")
    .argument('<incident>', 'incident id')
    .option('--json', 'print JSON')
    .action(async (incidentId: string, options: { json?: boolean }, command: Command) => {
      const found = await withStore(command, async (store) => {
        await store.incidents.get(incidentId);
        return store.reviews.list(incidentId);
      });
      const sorted = [...found].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
      if (options.json) return printJson(sorted);
      printTable(
        ['ID', 'KIND', 'STARTS', 'MIN', 'ATTENDEES', 'DECISIONS', 'ENDED'],
        sorted.map((r) => [
          r.id,
          r.kind,
          r.scheduledAt.slice(0, 16).replace('T', ' '),
          String(r.durationMinutes),
          String(r.attendees.length),
          String(r.decisions.length),
          r.endedAt ? r.endedAt.slice(0, 16).replace('T', ' ') : '',
        ]),
        'no review scheduled',
      );
    });
  review
    .command('notes')
    .description("set a review's notes (or add to them with --append)")
    .argument('<review>', 'review id')
    .option('-m, --text <text>', 'the notes (Markdown)')
    .option('-f, --file <file>', 'read the notes from a file, or - for stdin')
    .option('--append', 'add to the notes instead of replacing them')
    .option('--json', 'print the review as JSON')
    .action(async (reviewId: string, options: NotesOptions, command: Command) => {
      if ((options.text === undefined) === (options.file === undefined)) {
        throw new CliError('pass the notes with exactly one of --text or --file');
      }
      let text = options.text ?? '';
      if (options.file !== undefined) {
        const { readTextInput } = await import('./read-input.js');
        text = await readTextInput(options.file);
      }
      const { saveReviewNotes } = await import('../app/reviews.js');
      const saved = await withStore(command, (store) =>
        saveReviewNotes(store, reviewId, text, { actor: cliActor() }, { append: options.append ?? false }),
      );
      const { warnAboutBlame } = await import('./blame-hints.js');
      await warnAboutBlame(text);
      if (options.json) return printJson(saved);
      process.stdout.write(
        options.append ? `added to the notes of ${reviewId}\n` : `saved the notes of ${reviewId}\n`,
      );
    });
  review
    .command('decide')
    .description('record a decision taken in the meeting')
    .argument('<review>', 'review id')
    .argument('<decision>', 'the decision, in one line')
    .option('--json', 'print the review as JSON')
    .action(async (reviewId: string, decision: string, options: { json?: boolean }, command: Command) => {
      const { recordDecision } = await import('../app/reviews.js');
      const saved = await withStore(command, (store) =>
        recordDecision(store, reviewId, decision, { actor: cliActor() }),
      );
      const { warnAboutBlame } = await import('./blame-hints.js');
      await warnAboutBlame(decision);
      if (options.json) return printJson(saved);
      process.stdout.write(`recorded decision ${saved.decisions.length} of ${reviewId}\n`);
    });
  review
    .command('close')
    .description('end the meeting, and read back its decisions and the open actions with their owners')
    .argument('<review>', 'review id')
    .option('--at <time>', 'when it ended (default: now; needed a day after the booked end; `now` says so)')
    .option('--outcome <text>', "a follow-up review's outcome: where the actions stand, what remains")
    .option('--json', 'print the review as JSON')
    .action(
      async (
        reviewId: string,
        options: { at?: string; outcome?: string; json?: boolean },
        command: Command,
      ) => {
        const { closeReview } = await import('../app/reviews.js');
        const at = options.at?.trim().toLowerCase() === 'now' ? new Date().toISOString() : options.at;
        const {
          review: closed,
          actions,
          people,
        } = await withStore(command, async (store) => {
          if (at === undefined) refuseLateClose(await store.reviews.get(reviewId), new Date());
          const ended = await closeReview(store, reviewId, { actor: cliActor() }, at, options.outcome).catch(
            (error: unknown) => {
              // The meeting may have ended without anyone closing it: point at the flag that says when.
              if (
                at === undefined &&
                error instanceof Error &&
                /before its scheduled start/.test(error.message)
              )
                error.message += ' with --at';
              throw error;
            },
          );
          const actions = await store.actions.list(ended.incidentId);
          const { incidentPeople } = await import('./blame-hints.js');
          return { review: ended, actions, people: await incidentPeople(store, ended.incidentId) };
        });
        if (options.outcome !== undefined) {
          const { warnAboutNames } = await import('./blame-hints.js');
          await warnAboutNames(options.outcome, people, 'the outcome');
        }
        if (options.json) return printJson(closed);
        const lines = [`closed ${closed.id} at ${closed.endedAt}`];
        if (closed.outcome) lines.push(`Outcome: ${closed.outcome}`);
        if (closed.decisions.length > 0) lines.push('Decisions:', ...closed.decisions.map((d) => `  - ${d}`));
        const open = actions.filter((a) => a.status === 'open' || a.status === 'in-progress');
        // Past its date on the day the meeting ended: said so, as `actions list` and the script say it (trial 26 F11).
        const meetingDay = (closed.endedAt ?? new Date().toISOString()).slice(0, 10);
        const due = (a: (typeof open)[number]) =>
          a.dueDate === undefined ? '' : `, due ${a.dueDate}${a.dueDate < meetingDay ? ', overdue' : ''}`;
        if (open.length > 0) {
          lines.push(
            'Open actions:',
            ...open.map((a) => `  - ${a.title} (${a.owner || 'no owner yet'}${due(a)})`),
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      },
    );
}

/** The longest a meeting can be booked for: a day, the review schema's limit (domain/review.ts). */
const longestMeeting = 1_440;

/**
 * `--minutes`: a whole number of minutes a meeting can last, refused in words that say what is accepted (the
 * schema's "Too big: expected number to be <=1440" named no unit). `playbook agenda|script --minutes` take it too.
 */
export function meetingMinutes(text: string): number {
  const minutes = Number(text);
  if (!/^\d+$/.test(text.trim()) || minutes === 0 || minutes > longestMeeting) {
    throw new CliError(
      `--minutes: expected a whole number of minutes from 1 to ${longestMeeting}, got ${JSON.stringify(text)}`,
    );
  }
  return minutes;
}

/** `--minutes` of schedule and reschedule: undefined when not given (the booking's default then applies). */
const wholeMinutes = (minutes: string | undefined) =>
  minutes === undefined ? undefined : meetingMinutes(minutes);

/** `review of INC-… at … for 60 min`, as schedule and reschedule print it. */
function bookingLine(review: {
  kind: string;
  incidentId: string;
  scheduledAt: string;
  durationMinutes: number;
}): string {
  const what = review.kind === 'follow-up' ? 'follow-up review' : 'review';
  return `${what} of ${review.incidentId} at ${review.scheduledAt} for ${review.durationMinutes} min`;
}

/**
 * A meeting closed more than a day after its booked end did not last until now: closing it "now" would record a
 * one-hour review ending weeks later. Ask for the time it ended (or `--at now` to say it really is now).
 */
function refuseLateClose(
  review: { id: string; scheduledAt: string; durationMinutes: number; endedAt?: string | undefined },
  now: Date,
): void {
  if (review.endedAt !== undefined) return; // closing it again is refused for that reason
  const bookedEnd = Date.parse(review.scheduledAt) + review.durationMinutes * 60_000;
  const day = 24 * 60 * 60_000;
  if (now.getTime() - bookedEnd <= day) return;
  const days = Math.floor((now.getTime() - bookedEnd) / day);
  const end = new Date(bookedEnd).toISOString().replace('.000Z', 'Z');
  throw new CliError(
    `${review.id} was booked to end at ${end}, ${days} day${days === 1 ? '' : 's'} ago; say when it ended with --at (e.g. --at ${end}), or --at now if it really ended now`,
  );
}
