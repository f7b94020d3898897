import { type FormEvent, useState } from 'react';
import {
  canContributeToMeeting,
  canDriveMeeting,
  cardLimits,
  type PointStatus,
} from '../../../src/domain/index.js';
import type { Finding, StoredReview } from '../api/types.js';
import { LengthLimit, overLimit } from '../components/length-limit.js';
import { analyzeText, ruleFindings } from '../editor/analyze-text.js';
import { useIncident } from '../incident/incident-context.js';
import { sendAndClear } from '../lib/send-and-clear.js';
import { useCardBoard } from './use-card-board.js';

const statusWords: Record<PointStatus, string> = {
  open: 'waiting',
  taken: 'being discussed',
  answered: 'answered',
  withdrawn: 'withdrawn',
};

/**
 * The question queue: an attendee raises a point (the room sees who raised it; it is not anonymous), the facilitator
 * takes the next one and marks it answered, and its raiser may withdraw it.
 */
export function PointsSection({ review }: { review: StoredReview }) {
  const { bundle } = useIncident();
  const { board, error, send } = useCardBoard(bundle.incident.id, review.id);
  const [text, setText] = useState('');
  // A point that reads as blame is shown to its raiser with a question to ask instead; raising it as written
  // takes a second press (the room still hears it, but its raiser chose to).
  const [blame, setBlame] = useState<{ text: string; findings: Finding[] }>();
  if (!board) return null;
  const driver = canDriveMeeting(board.role);
  const setStatus = (id: string, status: PointStatus) =>
    send('PATCH', `/points/${encodeURIComponent(id)}`, { status });

  async function raise(event: FormEvent) {
    event.preventDefault();
    if (overLimit(text, cardLimits.text)) return;
    if (blame?.text !== text) {
      const findings = ruleFindings(
        await analyzeText(
          text,
          bundle.incident.participants.map((participant) => participant.name),
        ),
      );
      if (findings.length > 0) return setBlame({ text, findings });
    }
    setBlame(undefined);
    await sendAndClear(text, setText, (sent) => send('POST', '/points', { text: sent }));
  }

  const waiting = board.points.filter((point) => point.status === 'open').length;
  const discussed = board.points.filter((point) => point.status === 'taken').length;
  const warned = blame !== undefined && blame.text === text;
  return (
    <section className="card" aria-labelledby="points-title">
      <h2 id="points-title">Raised points</h2>
      <p className="muted">Raise a point for the facilitator to take. The room sees who raised it.</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {canContributeToMeeting(board.role) && (
        <form className="row" onSubmit={raise}>
          <label className="grow">
            Your point
            <input value={text} onChange={(e) => setText(e.target.value)} required />
            <LengthLimit text={text} limit={cardLimits.text} />
          </label>
          <button type="submit">{warned ? 'Raise as written' : 'Raise point'}</button>
        </form>
      )}
      {warned && (
        <div className="blame-warnings" role="alert">
          <p>
            <strong>This point may read as blame.</strong> Reword it, or raise it as written.
          </p>
          <ul>
            {blame.findings.map((finding) => (
              <li key={`${finding.line}:${finding.column}:${finding.ruleId}`}>
                “{finding.text}”: {finding.message}
                {finding.question ? ` Ask instead: ${finding.question}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {board.points.length === 0 ? (
        <p className="muted">No points raised yet.</p>
      ) : (
        <ol className="records points">
          {board.points.map((point) => (
            <li key={point.id} aria-current={point.status === 'taken' ? 'true' : undefined}>
              <span className="wrap">
                {point.text}{' '}
                <span className="muted">
                  — {point.raisedBy.name}, {statusWords[point.status]}
                </span>
              </span>
              {driver && point.status === 'open' && (
                <button type="button" className="secondary" onClick={() => void setStatus(point.id, 'taken')}>
                  Take
                </button>
              )}
              {driver && point.status === 'taken' && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void setStatus(point.id, 'answered')}
                >
                  Answered
                </button>
              )}
              {point.raisedBy.id === board.you && (point.status === 'open' || point.status === 'taken') && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void setStatus(point.id, 'withdrawn')}
                >
                  Withdraw
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="muted" role="status">
        {waiting} {waiting === 1 ? 'point' : 'points'} waiting
        {discussed > 0 ? `, ${discussed} being discussed` : ''}
      </p>
    </section>
  );
}
