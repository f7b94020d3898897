import { type FormEvent, useState } from 'react';
import { limits } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { StoredReview } from '../api/types.js';
import { confirmDelete } from '../components/section.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { addDecision } from './live-notes.js';

/** What the meeting decided, one line each; every change is saved at once against the review's version. */
export function DecisionsSection({ review }: { review: StoredReview }) {
  const { editable, save } = useIncident();
  const [line, setLine] = useState('');

  function saveDecisions(decisions: string[], done: string) {
    return save(
      () => api('PATCH', recordPath('reviews', review.id), { version: review.version, decisions }),
      done,
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const decisions = addDecision(review.decisions, line);
    if (decisions.length === review.decisions.length) return;
    if (await saveDecisions(decisions, 'Decision added.')) setLine('');
  }

  return (
    <section className="card" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      {review.decisions.length === 0 ? (
        <p className="muted">No decisions recorded yet.</p>
      ) : (
        <ul className="records decisions">
          {review.decisions.map((decision, index) => (
            <li key={decision}>
              <span className="wrap">{decision}</span>
              {editable && (
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove decision: ${decision}`}
                  onClick={() => {
                    if (!confirmDelete(`the decision “${decision}”`)) return;
                    saveDecisions(
                      review.decisions.filter((_, at) => at !== index),
                      'Decision removed.',
                    );
                  }}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="row" onSubmit={submit}>
          <label className="grow">
            New decision
            <input value={line} onChange={(e) => setLine(e.target.value)} maxLength={limits.line} required />
          </label>
          <button type="submit">Add decision</button>
        </form>
      )}
    </section>
  );
}
