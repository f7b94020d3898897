import { Fragment, useEffect, useState } from 'react';
import {
  canDriveMeeting,
  formatClock,
  idleTimer,
  meetingTimer,
  phaseElapsedMs,
} from '../../../src/domain/index.js';
import { objections, questionsFor } from '../../../src/playbook/questions.js';
import { useIncident } from '../incident/incident-context.js';
import { formatInstant } from '../lib/text.js';
import { meetingAgenda } from './meeting-agenda.js';
import { isPlainPress, presenterExcerpt, presenterKey } from './presenter-keys.js';
import { byTime, currentReview } from './schedule-time.js';
import { useMeetingRoom } from './use-meeting-room.js';

const shortcuts: Array<[string, string]> = [
  ['N or →', 'next phase'],
  ['P or ←', 'previous phase'],
  ['Space', 'pause or resume'],
  ['Q', 'show the next question for this phase'],
  ['O', 'show the next objection and its response'],
  ['Esc', 'clear the screen'],
  ['?', 'show or hide these keys'],
];

/**
 * The projector's view of the meeting (`#/incidents/ID/review/present`): the current phase large, the time left in
 * it, the agenda's progress, the question or objection on screen, and during the timeline walk-through the events
 * under discussion. Everyone sees the same, live; the facilitator drives it from the keyboard.
 */
export function PresenterView({ reviewId }: { reviewId: string | undefined }) {
  const { bundle } = useIncident();
  const reviews = byTime(bundle.reviews);
  const review = reviews.find((r) => r.id === reviewId) ?? currentReview(reviews, new Date());
  if (!review) return <p>No review is scheduled for this incident: schedule one on the Review tab first.</p>;
  return <Presenter key={review.id} reviewId={review.id} />;
}

function Presenter({ reviewId }: { reviewId: string }) {
  const { bundle } = useIncident();
  const review = bundle.reviews.find((r) => r.id === reviewId)!;
  const agenda = meetingAgenda(review, bundle.incident.severity);
  const { view, now, drive, error } = useMeetingRoom(bundle.incident.id, review.id);
  const [help, setHelp] = useState(false);
  const state = view?.meeting;
  const timer = state ? meetingTimer(state) : idleTimer;
  const index = Math.min(timer.phase, agenda.length - 1);
  const current = agenda[index];
  const driver = view ? canDriveMeeting(view.role) : false;
  const questions = questionsFor(current?.phase ? { phase: current.phase } : {});

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName))
        return;
      if (event.key === '?') {
        setHelp((shown) => !shown);
        return;
      }
      if (!driver || !state || !isPlainPress(event)) return;
      const op = presenterKey(event.key, state, questions, objections);
      if (!op) return;
      event.preventDefault();
      void drive(op);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [driver, state, questions, drive]);

  if (!current) return <p>This meeting has no agenda.</p>;
  const spent = phaseElapsedMs(timer, index, now);
  const left = current.minutes * 60_000 - spent;
  const spotlight = state?.spotlight ?? null;
  const objection =
    spotlight?.kind === 'objection' ? objections.find((o) => o.id === spotlight.id) : undefined;
  const excerpt = current.phase === 'timeline' ? presenterExcerpt(bundle) : [];

  return (
    <div
      className={`presenter${objection || (excerpt.length > 0 && spotlight) ? ' compact' : ''}${objection ? ' answering' : ''}${excerpt.length > 0 ? ' beside' : ''}`}
    >
      <nav className="presenter-progress" aria-label="Agenda">
        {agenda.map((item, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: agenda items may share a title; their order is their identity
            key={i}
            className={i === index ? 'current' : i < index ? 'done' : undefined}
            aria-current={i === index ? 'step' : undefined}
          >
            {item.title}
          </span>
        ))}
      </nav>
      <h1 className="presenter-phase">
        <span className="visually-hidden">
          Phase {index + 1} of {agenda.length}:{' '}
        </span>
        {current.title}
      </h1>
      <p className={`presenter-clock${left < 0 ? ' over' : ''}`} role="timer" aria-live="off">
        {state?.status === 'ended'
          ? 'The meeting has ended'
          : left >= 0
            ? `${formatClock(left)} left`
            : `${formatClock(-left)} over time`}
        {state?.status === 'paused' && <span className="badge">paused</span>}
        {state?.status === 'not-started' && <span className="badge">not started</span>}
      </p>
      <div className="presenter-body">
        <div className="presenter-screen" aria-live="polite">
          {spotlight?.kind === 'question' && <p className="presenter-question">{spotlight.text}</p>}
          {objection && (
            <div className="presenter-objection">
              <p className="said">“{objection.said}”</p>
              {/* Who usually raises it is left off the projector on purpose: the room would read it as pointing at
                  someone present. The console beside it shows the role to the facilitator. */}
              <p>{objection.acknowledge}</p>
              <p>{objection.explain}</p>
              <ul className="presenter-checks" aria-label="What to look at in the system">
                {objection.systemChecks.map((check) => (
                  <li key={check}>{check}</li>
                ))}
              </ul>
              <p>
                <strong>Let's ask instead:</strong> {objection.redirect}
              </p>
            </div>
          )}
        </div>
        {excerpt.length > 0 && (
          <section aria-labelledby="excerpt-title" className="presenter-excerpt">
            <h2 id="excerpt-title">Timeline</h2>
            <ol>
              {excerpt.map((event) => (
                <li key={event.id}>
                  <span className="time">{event.at ? formatInstant(event.at) : 'time unknown'}</span>{' '}
                  {event.summary}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="presenter-foot muted">
        {driver
          ? 'You drive this screen from the keyboard; press ? for the keys.'
          : 'The facilitator drives this screen.'}{' '}
        <a href={`#/incidents/${encodeURIComponent(bundle.incident.id)}/review`}>Back to the review</a>
      </p>
      {help && (
        <section aria-labelledby="keys-title" className="presenter-keys">
          <h2 id="keys-title">Keys</h2>
          <dl>
            {shortcuts.map(([key, what]) => (
              <Fragment key={key}>
                <dt>{key}</dt>
                <dd>{what}</dd>
              </Fragment>
            ))}
          </dl>
          {!driver && <p>Only the facilitator’s keys move the meeting.</p>}
        </section>
      )}
    </div>
  );
}
