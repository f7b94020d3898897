import { type ReactNode, useEffect, useRef } from 'react';

/** A titled part of a page with an optional Edit button; the button names its section for screen readers. */
export function Section({
  title,
  editable,
  editing,
  onEdit,
  editLabel = 'Edit',
  children,
}: {
  title: string;
  editable: boolean;
  editing: boolean;
  onEdit: () => void;
  /** The button's text; `Edit` unless the section adds records. */
  editLabel?: string;
  children: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const sectionRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    // When the form closes (saved or cancelled) the focus it held is gone; give it back to the Edit button.
    const active = document.activeElement;
    const lost = active === null || active === document.body || sectionRef.current?.contains(active);
    if (wasEditing.current && !editing && lost) buttonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return (
    <section aria-labelledby={id} className="card" ref={sectionRef}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {editable && !editing && (
          <button
            type="button"
            className="secondary"
            ref={buttonRef}
            onClick={onEdit}
            aria-label={editLabel === 'Edit' ? `Edit ${title}` : editLabel}
          >
            {editLabel}
          </button>
        )}
      </div>
      {children}
    </section>
  );
}

/** Save and Cancel buttons for an edit form. */
export function FormButtons({
  onCancel,
  busy,
  saveLabel = 'Save',
}: {
  onCancel: () => void;
  busy?: boolean;
  saveLabel?: string;
}) {
  return (
    <div className="row">
      <button type="submit" disabled={busy}>
        {saveLabel}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/**
 * Asks before a delete, naming what goes (`the event “Pool limit restored”`), since nothing undoes it; true when
 * the person agrees.
 */
export function confirmDelete(what: string): boolean {
  return window.confirm(`Delete ${what}? This cannot be undone.`);
}

/**
 * Edit and Delete buttons for one record of a list; `name` (`factor Disk full`) tells screen readers which, and
 * `what` (`the factor “Disk full”`) is named in the question Delete asks first. `focusEdit` gives the Edit button
 * the focus when it shows, as when the record's editor has just closed in its place.
 */
export function RecordButtons({
  name,
  what,
  onEdit,
  onDelete,
  focusEdit = false,
}: {
  name: string;
  what: string;
  onEdit: () => void;
  onDelete: () => void;
  focusEdit?: boolean;
}) {
  const editButton = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the buttons show, not on later renders
  useEffect(() => {
    if (focusEdit) editButton.current?.focus();
  }, []);
  return (
    <div className="row">
      <button
        type="button"
        className="secondary"
        aria-label={`Edit ${name}`}
        ref={editButton}
        onClick={onEdit}
      >
        Edit
      </button>
      <button
        type="button"
        className="secondary"
        aria-label={`Delete ${name}`}
        onClick={() => {
          if (confirmDelete(what)) onDelete();
        }}
      >
        Delete
      </button>
    </div>
  );
}
