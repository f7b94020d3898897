import {
  canDriveMeeting,
  formatClock,
  hasStarted,
  idleTimer,
  meetingTimer,
  overTimeMs,
  phaseElapsedMs,
  totalElapsedMs,
} from '../../../src/domain/index.js';
import { bookedLengthWarning } from '../../../src/playbook/meeting.js';
import { summarizeMeeting } from '../../../src/playbook/meeting-summary.js';
import type { StoredReview } from '../api/types.js';
import { useIncident } from '../incident/incident-context.js';
import { meetingAgenda } from './meeting-agenda.js';
import { PhaseGuide } from './phase-guide.js';
import { reviewName } from './review-labels.js';
import { useMeetingRoom } from './use-meeting-room.js';

const roleWords = {
  facilitator: 'You are facilitating: your controls move the meeting for everyone.',
  scribe: 'You are the scribe. The facilitator moves the meeting; you follow it here.',
  attendee: 'You are attending. The facilitator moves the meeting; you follow it here.',
  viewer: 'You are watching. The facilitator moves the meeting; you follow it here.',
} as const;

/** The meeting as it runs: the agenda with the current phase, its clock and time box, and the controls. */
export function MeetingSection({
  review,
  reviews,
  onChoose,
}: {
  review: StoredReview;
  reviews: readonly StoredReview[];
  onChoose: (reviewId: string) => void;
}) {
  const { bundle } = useIncident();
  const agenda = meetingAgenda(review, bundle.incident.severity);
  const tooShort = bookedLengthWarning(review);
  const { view, now, drive, error } = useMeetingRoom(bundle.incident.id, review.id);
  const state = view?.meeting;
  const timer = state ? meetingTimer(state) : idleTimer;
  const driver = view ? canDriveMeeting(view.role) : false;
  const current = agenda[Math.min(timer.phase, agenda.length - 1)];
  const running = state?.status === 'running';
  const ended = state?.status === 'ended';
  const started = hasStarted(timer);
  const totalMinutes = agenda.reduce((sum, item) => sum + item.minutes, 0);
  const phaseMs = phaseElapsedMs(timer, timer.phase, now);
  const overMs = current ? overTimeMs(timer, timer.phase, current.minutes, now) : 0;

  function reset() {
    if (window.confirm('Reset the meeting for everyone? The time spent in each phase is forgotten.')) {
      void drive({ op: 'reset' });
    }
  }

  function end() {
    if (
      window.confirm('End the meeting for everyone? The review is closed: its notes and decisions are final.')
    ) {
      void drive({ op: 'end' });
    }
  }

  return (
    <section className="card meeting" aria-labelledby="meeting-title">
      <div className="section-head">
        <h2 id="meeting-title" tabIndex={-1}>
          Run the meeting
        </h2>
        {reviews.length > 1 && (
          <label className="meeting-picker">
            Meeting
            <select value={review.id} onChange={(e) => onChoose(e.target.value)}>
              {reviews.map((item) => (
                <option key={item.id} value={item.id}>
                  {reviewName(item)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="muted">
        {reviews.length === 1 && `${reviewName(review)}. `}
        {review.agenda.length === 0
          ? `The playbook's agenda for a ${bundle.incident.severity} incident, fitted to the ${review.durationMinutes} minutes booked.`
          : "This meeting's own agenda."}
      </p>
      {tooShort && <p className="over-time">{tooShort}</p>}
      {view && (
        <p className="muted" data-testid="meeting-role">
          {roleWords[view.role]}{' '}
          <a
            href={`#/incidents/${encodeURIComponent(bundle.incident.id)}/review/present?review=${encodeURIComponent(review.id)}`}
          >
            Open presenter view
          </a>
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="meeting-grid">
        <div>
          <h3 id="agenda-title">Agenda</h3>
          <ol className="agenda" aria-labelledby="agenda-title">
            {agenda.map((item, index) => {
              // Until the room is read, no phase is marked: phase 1 would flash before the one it is in.
              const isCurrent = view !== undefined && index === timer.phase;
              const spent = phaseElapsedMs(timer, index, now);
              return (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: agenda items may share a title; their order is their identity
                  key={index}
                  className={isCurrent ? 'current' : undefined}
                  aria-current={isCurrent ? 'step' : undefined}
                >
                  {driver && !ended ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void drive({ op: 'go-to', fromPhase: timer.phase, phase: index })}
                      aria-label={`Go to phase ${index + 1}: ${item.title}`}
                    >
                      {item.title}
                    </button>
                  ) : (
                    item.title
                  )}
                  <span className="muted">
                    {' '}
                    {spent > 0
                      ? `${formatClock(spent)} of ${formatClock(item.minutes * 60_000)}`
                      : `${item.minutes} min`}
                  </span>
                  {isCurrent && <span className="badge now-badge">now</span>}
                </li>
              );
            })}
          </ol>
          <p className="muted">
            Meeting time {formatClock(totalElapsedMs(timer, now))} of {formatClock(totalMinutes * 60_000)}
          </p>
        </div>
        {!view && !error && (
          <div className="phase">
            <p className="muted" aria-busy="true">
              Reading where the meeting stands…
            </p>
          </div>
        )}
        {current && (view || error) && (
          <div className="phase">
            <h3>
              Phase {timer.phase + 1} of {agenda.length}: {current.title}
            </h3>
            {current.goal && <p>{current.goal}</p>}
            <p className={`clock${overMs > 0 ? ' over' : ''}`}>
              <span className="visually-hidden">Time in this phase: </span>
              <strong>{formatClock(phaseMs)}</strong> of {formatClock(current.minutes * 60_000)}
              {overMs > 0 && <span> (+{formatClock(overMs)})</span>}
              {started && !running && !ended && <span className="badge">paused</span>}
            </p>
            <div role="status" aria-live="polite">
              {overMs > 0 && (
                <p className="over-time">
                  <strong>Over time.</strong> This phase has run past its {current.minutes}-minute time box:
                  wrap up, or agree as a group to take the time from a later phase.
                </p>
              )}
            </div>
            {ended && (
              <p className="badge">
                This meeting has ended; its review is closed. A follow-up review checks the actions.
              </p>
            )}
            {driver && !ended && (
              <div className="row meeting-controls">
                {running ? (
                  <button type="button" onClick={() => void drive({ op: 'pause' })}>
                    Pause
                  </button>
                ) : (
                  <button type="button" onClick={() => void drive({ op: 'start' })}>
                    {started ? 'Resume' : 'Start meeting'}
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  disabled={timer.phase === 0}
                  onClick={() => void drive({ op: 'previous', fromPhase: timer.phase })}
                >
                  Previous phase
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={timer.phase >= agenda.length - 1}
                  onClick={() => void drive({ op: 'next', fromPhase: timer.phase })}
                >
                  Next phase
                </button>
                {started && (
                  <button type="button" className="secondary" onClick={end}>
                    End meeting
                  </button>
                )}
                {(started || timer.phase > 0) && (
                  <button type="button" className="secondary" onClick={reset}>
                    Reset
                  </button>
                )}
              </div>
            )}
            <PhaseGuide
              phase={current.phase}
              review={review}
              gathered={
                state?.startedAt
                  ? summarizeMeeting({
                      agenda: [],
                      meeting: {
                        startedAt: state.startedAt,
                        endedAt: state.endedAt ?? new Date(now).toISOString(),
                        spentMs: [],
                        joined: [],
                      },
                      review,
                      factors: bundle.factors,
                      actions: bundle.actions,
                    })
                  : undefined
              }
            />
          </div>
        )}
      </div>
    </section>
  );
}
