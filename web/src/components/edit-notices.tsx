import type { EditSession } from '../incident/use-edit-session.js';
import type { FormValues } from '../lib/merge-values.js';
import { diffWords } from '../lib/word-diff.js';

function shown(value: string | boolean | undefined): string {
  if (value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value;
}

/**
 * What happened to the record while its author edits it: someone else's saved change (with the text it now has),
 * or overlapping edits to settle (theirs and mine side by side). Renders nothing when neither.
 */
export function EditNotices<V extends FormValues>({
  session,
  labels,
}: {
  session: EditSession<V>;
  labels: Partial<Record<keyof V & string, string>>;
}) {
  const label = (field: string) => labels[field as keyof V & string] ?? field;
  if (session.overlap) {
    const anyText = session.overlap.conflicts.some((conflict) => conflict.text);
    return (
      // A region, not an alert: the page's error line already announces it.
      <section className="edit-notice conflict" aria-label="Overlapping edits">
        <p>
          <strong>Your edit overlaps a change saved meanwhile.</strong> Nothing is saved yet; choose what to
          keep, then check the text and save.
        </p>
        {session.overlap.conflicts.map((conflict) => (
          <div key={conflict.field} className="edit-conflict">
            <h3>{label(conflict.field)}</h3>
            {(conflict.text
              ? conflict.text.parts.filter((part) => typeof part !== 'string')
              : [{ ours: shown(conflict.ours), theirs: shown(conflict.theirs) }]
            ).map((part, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one merge never reorder
              <div key={index} className="row">
                <div>
                  <span className="muted">Saved meanwhile</span>
                  <pre className="theirs">{shown(part.theirs)}</pre>
                </div>
                <div>
                  <span className="muted">Yours</span>
                  <pre className="ours">{shown(part.ours)}</pre>
                </div>
              </div>
            ))}
          </div>
        ))}
        <div className="row">
          <button type="button" onClick={() => session.settle('ours')}>
            Keep mine
          </button>
          <button type="button" className="secondary" onClick={() => session.settle('theirs')}>
            Take theirs
          </button>
          {anyText && (
            <button type="button" className="secondary" onClick={() => session.settle('both')}>
              Keep both
            </button>
          )}
        </div>
      </section>
    );
  }
  const restored = session.restored && session.dirty && (
    <p className="edit-notice">Restored your unsaved changes from before you left this page.</p>
  );
  if (session.changedMeanwhile.length === 0 || !session.stored) return restored || null;
  const theirs = session.stored.values;
  return (
    <div className="edit-notice" role="status" aria-label="Changed meanwhile">
      {restored}
      <p>
        <strong>Someone else saved a change while you were editing.</strong> Your text stays; saving merges
        both, and asks you only where the two edits overlap.
      </p>
      <dl>
        {session.changedMeanwhile.map((field) => {
          const was = session.base?.[field];
          const now = theirs[field];
          return (
            <div key={field}>
              <dt>{label(field)}: what they changed</dt>
              <dd>
                {typeof was === 'string' && typeof now === 'string' ? (
                  <p className="diff">
                    {diffWords(was, now).map((part, index) =>
                      part.kind === 'same' ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
                        <span key={index}>{part.text}</span>
                      ) : part.kind === 'added' ? (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
                        <ins key={index}>{part.text}</ins>
                      ) : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
                        <del key={index}>{part.text}</del>
                      ),
                    )}
                  </p>
                ) : (
                  <p>
                    {shown(was)} → {shown(now)}
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <button type="button" className="secondary" onClick={session.mergeNow}>
        Merge into my text now
      </button>
    </div>
  );
}

/** A kept draft offered back when its section is shown again: resume it or throw it away. */
export function DraftOffer<V extends FormValues>({
  session,
  what,
}: {
  session: EditSession<V>;
  what: string;
}) {
  if (!session.offered || session.editing) return null;
  const at = new Date(session.offered.savedAt);
  const time = Number.isNaN(at.getTime())
    ? ''
    : ` from ${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
  return (
    // A region, not a live status: it is there when the page opens, not news while it is used.
    <section className="edit-notice" aria-label={`Unsaved draft of ${what}`}>
      <p>
        You have unsaved changes to {what}
        {time}.
      </p>
      <div className="row">
        <button type="button" onClick={session.resume}>
          Resume editing
        </button>
        <button type="button" className="secondary" onClick={session.discard}>
          Discard draft
        </button>
      </div>
    </section>
  );
}
