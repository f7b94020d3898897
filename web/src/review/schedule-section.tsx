import { useState } from 'react';
import {
  otherBookingWarning,
  overlappingMeetingWarning,
  type ReviewKind,
} from '../../../src/domain/index.js';
import { defaultBookedMinutes } from '../../../src/playbook/agenda.js';
import { api } from '../api/client.js';
import type { StoredReview } from '../api/types.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { ReviewForm, type ScheduleFields } from './review-form.js';
import { kindLabels, reviewName } from './review-labels.js';
import { defaultScheduledAt, formatLocal, lateFollowUps } from './schedule-time.js';

/** A meeting link is a link; a room is text. */
function Location({ text }: { text: string | undefined }) {
  if (!text) return <>not set</>;
  if (!/^https?:\/\/\S+$/.test(text)) return <>{text}</>;
  return (
    <a href={text} rel="noopener noreferrer" target="_blank">
      {text}
    </a>
  );
}

type Editing = { kind: ReviewKind } | { review: StoredReview };

/** The incident's review meetings in time order; editors schedule, reschedule and cancel them. */
export function ScheduleSection({
  reviews,
  onRun,
}: {
  reviews: readonly StoredReview[];
  onRun: (reviewId: string) => void;
}) {
  const { bundle, editable, save } = useIncident();
  const { incident } = bundle;
  const [editing, setEditing] = useState<Editing>();
  const addPath = `/api/incidents/${encodeURIComponent(incident.id)}/reviews`;
  // Booked all the same (the team may have reasons), but said where the date is shown.
  const late = lateFollowUps(reviews, incident.severity);

  function newFields(kind: ReviewKind): ScheduleFields {
    return {
      kind,
      scheduledAt: defaultScheduledAt(kind, incident.severity, reviews, new Date()),
      durationMinutes: defaultBookedMinutes(kind, incident.severity),
      location: '',
      attendees: incident.participants.map((participant) => participant.name),
    };
  }

  async function remove(review: StoredReview) {
    if (!window.confirm(`Cancel the ${reviewName(review)}? Its notes and decisions are deleted too.`)) return;
    await save(() => api('DELETE', recordPath('reviews', review.id, review.version)), 'Meeting cancelled.');
  }

  const form =
    editing === undefined ? null : 'kind' in editing ? (
      <ReviewForm
        initial={newFields(editing.kind)}
        saveLabel={`Schedule ${kindLabels[editing.kind].toLowerCase()}`}
        onCancel={() => setEditing(undefined)}
        onSubmit={async (fields) => {
          // Booking again is how people try to move a meeting: the meetings of its kind still open are named.
          const ok = await save(
            () => api<StoredReview>('POST', addPath, fields),
            (booked) => {
              const warnings = [
                overlappingMeetingWarning(booked, reviews),
                otherBookingWarning(
                  booked,
                  reviews,
                  (id) =>
                    `delete that one (${id}, its Delete button below); to move a meeting, use its Edit button instead`,
                ),
              ].filter((warning) => warning !== undefined);
              return `${kindLabels[editing.kind]} scheduled.${warnings.map((warning) => ` Note: ${warning}.`).join('')}`;
            },
          );
          if (ok) setEditing(undefined);
          return ok;
        }}
      />
    ) : (
      <ReviewForm
        initial={{ ...editing.review, location: editing.review.location ?? '' }}
        saveLabel="Save schedule"
        onCancel={() => setEditing(undefined)}
        onSubmit={async (fields) => {
          const { review } = editing;
          const ok = await save(
            () =>
              api<StoredReview>('PATCH', recordPath('reviews', review.id), {
                version: review.version,
                ...fields,
              }),
            (moved) => {
              const warning = overlappingMeetingWarning(moved, reviews);
              return `Saved.${warning ? ` Note: ${warning}.` : ''}`;
            },
          );
          if (ok) setEditing(undefined);
          return ok;
        }}
      />
    );

  return (
    <section className="card" aria-labelledby="schedule-title">
      <div className="section-head">
        <h2 id="schedule-title">Schedule</h2>
        {editable && editing === undefined && (
          <>
            <button type="button" onClick={() => setEditing({ kind: 'review' })}>
              Add review
            </button>
            <button type="button" className="secondary" onClick={() => setEditing({ kind: 'follow-up' })}>
              Add follow-up review
            </button>
          </>
        )}
      </div>
      {editing && 'kind' in editing && form}
      {reviews.length === 0 ? (
        <p className="muted">No meeting scheduled yet.</p>
      ) : (
        <ul className="records review-list">
          {reviews.map((review) =>
            editing && 'review' in editing && editing.review.id === review.id ? (
              <li key={review.id}>{form}</li>
            ) : (
              <li key={review.id}>
                <article aria-label={reviewName(review)}>
                  <h3>
                    {kindLabels[review.kind]}:{' '}
                    <time dateTime={review.scheduledAt}>{formatLocal(review.scheduledAt)}</time>
                  </h3>
                  <dl className="facts compact">
                    <dt>Duration</dt>
                    <dd>{review.durationMinutes} minutes</dd>
                    <dt>Location</dt>
                    <dd className="wrap">
                      <Location text={review.location} />
                    </dd>
                    <dt>Attendees</dt>
                    <dd className="wrap">
                      {review.attendees.length > 0 ? review.attendees.join('; ') : 'none listed'}
                    </dd>
                  </dl>
                  {late.has(review.id) && (
                    // The warning look the page already has (styles.css); a late follow-up is not a blame finding.
                    <p className="blame-warning" role="note">
                      {late.get(review.id)}
                    </p>
                  )}
                  <div className="row">
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => onRun(review.id)}
                      aria-label={`Run meeting: ${reviewName(review)}`}
                    >
                      Run meeting
                    </button>
                    {editable && editing === undefined && (
                      <>
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => setEditing({ review })}
                          aria-label={`Edit ${reviewName(review)}`}
                        >
                          Edit
                        </button>
                        <button
                          type="button"
                          className="secondary danger"
                          onClick={() => remove(review)}
                          aria-label={`Delete ${reviewName(review)}`}
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </div>
                </article>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
