import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { Finding, StoredReview } from '../api/types.js';
import { EditNotices } from '../components/edit-notices.js';
import { analyzeText } from '../editor/analyze-text.js';
import { useIncident } from '../incident/incident-context.js';
import { fromRecord, recordPath } from '../incident/patch.js';
import { useEditSession } from '../incident/use-edit-session.js';
import { draftKey } from '../lib/draft-store.js';
import { noteWarnings, sameNotes, withNewNoteLine } from './live-notes.js';

/** The blame warnings for the notes: what was flagged, why, and the systemic question to ask instead. */
function BlameWarnings({ findings }: { findings: readonly Finding[] }) {
  const { shown, more } = noteWarnings(findings);
  return (
    <div className="blame-warnings" role="status" aria-live="polite">
      {shown.map((warning) => (
        <div key={warning.key} className="blame-warning">
          <p>
            <strong>Blame warning</strong> (line {warning.line}): “{warning.text}”. {warning.message}
          </p>
          {warning.question && (
            <p>
              <strong>Ask instead:</strong> {warning.question}
            </p>
          )}
        </div>
      ))}
      {more > 0 && <p className="muted">{more} more flagged earlier in the notes.</p>}
    </div>
  );
}

/**
 * Notes typed during the meeting, checked for blame as they are typed; saved with the version the typing started
 * from, so notes saved meanwhile by someone else are merged in (or the facilitator asked), never overwritten.
 * Unsaved notes are kept in this tab's sessionStorage and come back when the Review tab is shown again.
 */
export function NotesSection({ review }: { review: StoredReview }) {
  const { bundle, editable } = useIncident();
  const session = useEditSession<{ notes: string }>({
    draftKey: draftKey(review.incidentId, `notes:${review.id}`),
    stored: { values: { notes: review.notes }, version: review.version },
    textFields: ['notes'],
    write: (values, version) =>
      api('PATCH', recordPath('reviews', review.id), { version, notes: values.notes }),
    fromCurrent: fromRecord((record: StoredReview) => ({ notes: record.notes })),
    done: 'Notes saved.',
    alwaysOpen: true,
  });
  const draft = session.values?.notes ?? review.notes;
  const setDraft = (notes: string) => session.setValues({ notes });
  const [findings, setFindings] = useState<Finding[]>([]);
  const area = useRef<HTMLTextAreaElement>(null);
  const participants = bundle.incident.participants;
  const people = useMemo(() => participants.map((participant) => participant.name), [participants]);
  const dirty = session.dirty && !sameNotes(draft, review.notes);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      analyzeText(draft, people)
        .then((found) => live && setFindings(found))
        .catch(() => live && setFindings([]));
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [draft, people]);

  function stamp() {
    const next = withNewNoteLine(draft, new Date());
    setDraft(next);
    const element = area.current;
    if (element) {
      element.focus();
      requestAnimationFrame(() => element.setSelectionRange(next.length, next.length));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await session.submit();
  }

  return (
    <section className="card" aria-labelledby="notes-title">
      <div className="section-head">
        <h2 id="notes-title">Live notes</h2>
        {editable && dirty && <span className="badge">unsaved</span>}
      </div>
      {editable ? (
        <form className="stack" onSubmit={submit}>
          <p className="muted" id="notes-hint">
            One line per point, such as <code>[14:02] Sam: the alert fired but went to the old channel</code>.
            Blame is flagged as you type.
          </p>
          <label>
            Meeting notes
            <textarea
              ref={area}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              rows={10}
              aria-describedby="notes-hint"
            />
          </label>
          <EditNotices session={session} labels={{ notes: 'Meeting notes' }} />
          <BlameWarnings findings={findings} />
          <div className="row">
            <button type="submit" disabled={!dirty || session.overlap !== undefined}>
              Save notes
            </button>
            <button type="button" className="secondary" onClick={stamp}>
              New time-stamped line
            </button>
          </div>
        </form>
      ) : review.notes === '' ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <div className="prose">{review.notes}</div>
      )}
    </section>
  );
}
