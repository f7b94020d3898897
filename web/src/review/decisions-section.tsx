import { type FormEvent, useState } from 'react';
import { limits } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { Finding, StoredReview } from '../api/types.js';
import { confirmDelete } from '../components/section.js';
import { analyzeText, ruleFindings } from '../editor/analyze-text.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { sendAndClear } from '../lib/send-and-clear.js';
import { addDecision } from './live-notes.js';

/** What the meeting decided, one line each: added by appending (never lost to another's), removed against the version. */
export function DecisionsSection({ review }: { review: StoredReview }) {
  const { bundle, editable, save } = useIncident();
  const [line, setLine] = useState('');
  const [blame, setBlame] = useState<Finding[]>([]);

  function saveDecisions(decisions: string[], done: string) {
    return save(
      () => api('PATCH', recordPath('reviews', review.id), { version: review.version, decisions }),
      done,
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // A decision is read back at the close and lands in the report: it is checked for blame like every other text.
    const found = ruleFindings(
      await analyzeText(
        line,
        bundle.incident.participants.map((participant) => participant.name),
      ),
    );
    setBlame(found);
    if (found.length > 0) return;
    const decisions = addDecision(review.decisions, line);
    if (decisions.length === review.decisions.length) return;
    const decision = decisions.at(-1) ?? '';
    // Appended by the server whatever the review's version, so two people adding at once both keep theirs.
    const path = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/reviews/${encodeURIComponent(review.id)}/decisions`;
    await sendAndClear(line, setLine, () =>
      save(() => api('POST', path, { text: decision }), 'Decision added.'),
    );
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
      {blame.length > 0 && (
        <div className="blame-warnings" role="alert">
          <p>
            <strong>Reword before saving:</strong> this decision points at a person rather than the system.
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
    </section>
  );
}
