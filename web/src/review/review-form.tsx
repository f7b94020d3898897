import { type FormEvent, useId, useState } from 'react';
import { isAttendee, limits, type ReviewInput, type ReviewKind } from '../../../src/domain/index.js';
import { FormError } from '../components/form-error.js';
import { FormButtons } from '../components/section.js';
import { kindLabels } from './review-labels.js';
import { fromLocalInput, toLocalInput } from './schedule-time.js';

/** The schedule of a review: when (typed in local time), how long, where and who comes. */
export interface ScheduleFields {
  kind: ReviewKind;
  scheduledAt: string;
  durationMinutes: number;
  location: string;
  attendees: string[];
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'local time';
}

/** Adds or edits the schedule of a review or follow-up review. */
export function ReviewForm({
  initial,
  saveLabel,
  onSubmit,
  onCancel,
}: {
  initial: ScheduleFields;
  saveLabel: string;
  onSubmit: (
    fields: Pick<ReviewInput, 'kind' | 'scheduledAt' | 'durationMinutes' | 'location' | 'attendees'>,
  ) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [when, setWhen] = useState(toLocalInput(initial.scheduledAt));
  const [duration, setDuration] = useState(String(initial.durationMinutes));
  const [location, setLocation] = useState(initial.location);
  const [attendees, setAttendees] = useState(initial.attendees.join('\n'));
  const [problem, setProblem] = useState<string>();
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const scheduledAt = fromLocalInput(when);
    const durationMinutes = Number(duration);
    if (!scheduledAt) {
      setProblem('Enter the date and time the meeting starts.');
      return;
    }
    if (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > 1440) {
      setProblem('Enter a duration between 1 and 1440 minutes.');
      return;
    }
    const people = [...new Set(attendees.split('\n').map((line) => line.trim()))].filter(Boolean);
    // The server's own rule (isAttendee), said here in the form's words rather than as a field path.
    const wrong = people.find((person) => !isAttendee(person));
    if (wrong !== undefined) {
      setProblem(
        `Attendee “${wrong}” is not an address an invitation can go to: write a name, an e-mail address or Name <address>.`,
      );
      return;
    }
    setProblem(undefined);
    await onSubmit({
      kind: initial.kind,
      scheduledAt,
      durationMinutes,
      location: location.trim(),
      attendees: people,
    });
  }

  return (
    <form className="stack review-form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{kindLabels[initial.kind]}</h3>
      <div className="row">
        <label>
          Date and time ({localZone()})
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} required />
        </label>
        <label>
          Duration (minutes)
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            required
          />
        </label>
        <label className="grow">
          Location or link
          <input value={location} onChange={(e) => setLocation(e.target.value)} maxLength={limits.location} />
        </label>
      </div>
      <label>
        Attendees (one per line)
        <textarea value={attendees} onChange={(e) => setAttendees(e.target.value)} rows={4} />
      </label>
      <FormError message={problem} />
      <FormButtons onCancel={onCancel} saveLabel={saveLabel} />
    </form>
  );
}
