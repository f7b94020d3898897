import type { ReactNode } from 'react';

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
  return (
    <section aria-labelledby={id} className="card">
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {editable && !editing && (
          <button
            type="button"
            className="secondary"
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

/** Edit and Delete buttons for one record of a list; `name` (`factor Disk full`) tells screen readers which. */
export function RecordButtons({
  name,
  onEdit,
  onDelete,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <div className="row">
      <button type="button" className="secondary" aria-label={`Edit ${name}`} onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="secondary" aria-label={`Delete ${name}`} onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}
