import { useEffect, useMemo, useRef, useState } from 'react';
import { type AuthoredLine, authoredLines } from '../../../src/domain/shared-notes.js';
import { api } from '../api/client.js';
import type { Finding, StoredReview } from '../api/types.js';
import { analyzeText } from '../editor/analyze-text.js';
import { useIncident } from '../incident/incident-context.js';
import { type LiveChange, liveChangeEvent, liveReadyEvent } from '../incident/live-updates.js';
import { notesTextEvent, noteWarnings, withNewNoteLine } from './live-notes.js';
import { type NotesRead, type NotesStatus, NotesSync } from './notes-sync.js';

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

const statusWords = (status: NotesStatus): string => {
  switch (status.state) {
    case 'loading':
      return 'Loading the notes…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved; everyone in the room sees the same notes.';
    case 'retrying':
      return `Not saved yet (${status.message}); what you typed is kept and sent again.`;
    case 'refused':
      return `Not saved: ${status.message}`;
  }
};

const timeOf = (at: string | undefined) => (at ? new Date(at).toTimeString().slice(0, 5) : '');

/** Who began each line of the notes, and when. */
function LineAuthors({ lines }: { lines: readonly AuthoredLine[] }) {
  const written = lines
    .map((line, index) => ({ ...line, number: index + 1 }))
    .filter((line) => line.text.trim() !== '');
  if (written.length === 0) return null;
  return (
    <details className="line-authors">
      <summary>Who wrote each line</summary>
      <ol>
        {written.map((line) => (
          <li key={line.number} value={line.number}>
            <span className="muted">
              {line.author ? `${line.author}${line.at ? `, ${timeOf(line.at)}` : ''}` : 'written before'}:{' '}
            </span>
            {line.text}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * The meeting's notes, typed by everyone in the room at once: each keystroke merges with what others type (a Yjs
 * document shared through the server), so nobody's text replaces anybody's and nothing needs saving. Blame is
 * flagged as it is typed, on every page showing the notes. Each line keeps who began it and when.
 */
export function NotesSection({ review }: { review: StoredReview }) {
  const { bundle, editable } = useIncident();
  const area = useRef<HTMLTextAreaElement>(null);
  const sync = useRef<NotesSync>(undefined);
  const [text, setText] = useState(review.notes);
  // The textarea's first value only: later ones are set on it directly, keeping the caret (a changing default
  // value would be written into the element on every render).
  const [firstText] = useState(review.notes);
  const [lines, setLines] = useState<AuthoredLine[]>([]);
  const [status, setStatus] = useState<NotesStatus>({ state: 'loading' });
  const [canWrite, setCanWrite] = useState(false);
  const [findings, setFindings] = useState<Finding[]>([]);
  const participants = bundle.incident.participants;
  const people = useMemo(() => participants.map((participant) => participant.name), [participants]);
  const incidentId = review.incidentId;
  const reviewId = review.id;
  const closed = review.endedAt !== undefined;

  useEffect(() => {
    const path = `/api/incidents/${encodeURIComponent(incidentId)}/reviews/${encodeURIComponent(reviewId)}/notes`;
    const shown = (next: string) => {
      setText(next);
      window.dispatchEvent(new CustomEvent(notesTextEvent, { detail: { reviewId, text: next } }));
    };
    const notes = new NotesSync(
      {
        read: (after) => api<NotesRead>('GET', `${path}?after=${after}`),
        write: (update) => api<{ seq: number }>('POST', path, { update }),
      },
      {
        text(next, [start, end]) {
          const element = area.current;
          if (element && element.value !== next) {
            // Someone else typed: the caret stays between the characters it was between (setting the value
            // alone would move it to the end, into another person's line).
            element.value = next;
            if (start !== undefined && end !== undefined) element.setSelectionRange(start, end);
          }
          shown(next);
          setLines(authoredLines(notes.shared));
          setCanWrite(notes.canWrite);
        },
        carets: () => {
          const element = area.current;
          return element ? [element.selectionStart, element.selectionEnd] : [];
        },
        status: setStatus,
      },
    );
    sync.current = notes;
    void notes.pull();
    const onChange = (event: Event) => {
      const change = (event as CustomEvent<LiveChange>).detail;
      if (change.entity === 'notes' && change.entityId === reviewId) void notes.pull();
    };
    const onReady = () => void notes.pull();
    window.addEventListener(liveChangeEvent, onChange);
    window.addEventListener(liveReadyEvent, onReady);
    return () => {
      window.removeEventListener(liveChangeEvent, onChange);
      window.removeEventListener(liveReadyEvent, onReady);
      notes.stop();
      sync.current = undefined;
    };
  }, [incidentId, reviewId]);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      analyzeText(text, people)
        .then((found) => live && setFindings(found))
        .catch(() => live && setFindings([]));
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [text, people]);

  // Leaving while an edit is still on its way (or waiting to be sent again) asks first.
  const unsent = status.state === 'saving' || status.state === 'retrying';
  useEffect(() => {
    if (!unsent) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsent]);

  const writable = editable && canWrite && !closed;

  function typed(next: string, caret?: number) {
    const notes = sync.current;
    if (!notes) return;
    notes.edit(next, new Date(), caret);
    setText(next);
    setLines(authoredLines(notes.shared));
    window.dispatchEvent(new CustomEvent(notesTextEvent, { detail: { reviewId, text: next } }));
  }

  function stamp() {
    const element = area.current;
    if (!element) return;
    const next = withNewNoteLine(element.value, new Date());
    element.value = next;
    typed(next, next.length);
    element.focus();
    element.setSelectionRange(next.length, next.length);
  }

  return (
    <section className="card" aria-labelledby="notes-title">
      <div className="section-head">
        <h2 id="notes-title">Live notes</h2>
        {status.state !== 'saved' && status.state !== 'loading' && (
          <span className="badge">{status.state === 'saving' ? 'saving' : 'not saved'}</span>
        )}
      </div>
      <p className="muted" id="notes-hint">
        {writable
          ? 'Everyone in the room types here at once; nothing needs saving. One line per point, such as '
          : closed
            ? 'The review is closed: its notes are final. '
            : 'You are watching the notes as they are typed. '}
        {writable && <code>[14:02] Sam: the alert fired but went to the old channel</code>}
        {writable && '. Blame is flagged as you type.'}
      </p>
      {editable && !closed ? (
        <label>
          Meeting notes
          <textarea
            ref={area}
            defaultValue={firstText}
            readOnly={!writable}
            onInput={(event) => typed(event.currentTarget.value, event.currentTarget.selectionEnd)}
            rows={10}
            aria-describedby="notes-hint notes-status"
          />
        </label>
      ) : text.trim() === '' ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <div className="prose notes-view">{text}</div>
      )}
      <p id="notes-status" className={status.state === 'refused' ? 'error' : 'muted'} aria-live="polite">
        {statusWords(status)}
      </p>
      <BlameWarnings findings={findings} />
      <LineAuthors lines={lines} />
      {writable && (
        <div className="row">
          <button type="button" className="secondary" onClick={stamp}>
            New time-stamped line
          </button>
        </div>
      )}
    </section>
  );
}
