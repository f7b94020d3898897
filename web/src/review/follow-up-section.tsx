import { type FormEvent, useState } from 'react';
import { isOverdue } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { Finding, StoredReview } from '../api/types.js';
import { analyzeText, ruleFindings } from '../editor/analyze-text.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { fromLocalInput, todayUtc, toLocalInput } from '../lib/text.js';
import { followUpOutcome } from './follow-up-outcome.js';

const statusWords = { open: 'open', 'in-progress': 'in progress', done: 'done', dropped: 'dropped' } as const;

/**
 * The follow-up review's own work: where each action stands (owner, date, status), what is overdue and, asked
 * blamelessly, what got in the way; then the outcome and the next date, recorded with the review. The outcome and
 * the reasons are checked for blame before they are saved.
 */
export function FollowUpSection({ review }: { review: StoredReview }) {
  const { bundle, editable, save } = useIncident();
  const today = todayUtc();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const [next, setNext] = useState(toLocalInput(review.nextReviewAt));
  const [blame, setBlame] = useState<Finding[]>([]);
  const actions = bundle.actions;
  const overdue = actions.filter((action) => isOverdue(action, today));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = followUpOutcome(actions, reasons, summary, today);
    const found = ruleFindings(
      await analyzeText(
        outcome,
        bundle.incident.participants.map((participant) => participant.name),
      ),
    );
    setBlame(found);
    if (found.length > 0) return;
    const nextReviewAt = fromLocalInput(next);
    await save(
      () =>
        api('PATCH', recordPath('reviews', review.id), {
          version: review.version,
          outcome,
          ...(nextReviewAt ? { nextReviewAt } : {}),
        }),
      'Outcome recorded.',
    );
  }

  return (
    <section className="card" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">Follow-up: where each action stands</h2>
      {actions.length === 0 ? (
        <p className="muted">The incident has no actions to follow up.</p>
      ) : (
        <ul className="records">
          {actions.map((action) => (
            <li key={action.id}>
              <span className="wrap">
                {action.title}{' '}
                <span className="muted">
                  — {action.owner || 'owner needed'}, {action.dueDate ? `due ${action.dueDate}` : 'no date'},{' '}
                  {statusWords[action.status]}
                </span>
                {isOverdue(action, today) && <span className="badge over-time">overdue</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {review.outcome && (
        <div>
          <h3>Recorded outcome</h3>
          <p className="wrap">{review.outcome}</p>
        </div>
      )}
      {editable && (
        <form className="stack" onSubmit={submit}>
          {overdue.map((action) => (
            <label key={action.id}>
              What got in the way of “{action.title}”?
              <input
                value={reasons[action.id] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [action.id]: e.target.value })}
                maxLength={500}
              />
            </label>
          ))}
          <label>
            Outcome
            <textarea value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={5_000} />
          </label>
          <label>
            Next follow-up (optional)
            <input type="datetime-local" value={next} onChange={(e) => setNext(e.target.value)} />
          </label>
          {blame.length > 0 && (
            <div className="blame-warnings" role="alert">
              <p>
                <strong>Reword before saving:</strong> this points at a person rather than what got in the
                way.
              </p>
              <ul>
                {blame.map((finding) => (
                  <li key={`${finding.line}:${finding.column}:${finding.ruleId}`}>
                    “{finding.text}”: {finding.message} Ask instead: {finding.question}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="submit">Record the outcome</button>
        </form>
      )}
    </section>
  );
}
