import { useEffect, useRef } from 'react';
import type { ActionStatus } from '../../../src/domain/index.js';
import { actionStatuses } from '../../../src/domain/index.js';
import type { StoredAction } from '../api/types.js';

/**
 * One action on the board: what, who, when, how urgent; overdue ones are marked in words, not only colour.
 * `headingLevel` keeps the page's heading outline without gaps (a card sits under its column's heading);
 * `focusEdit` gives its Edit button the focus when it shows, as when the card's editor has just closed.
 */
export function ActionCard({
  action,
  overdue,
  editable,
  onEdit,
  onStatus,
  incidentLink,
  headingLevel = 4,
  focusEdit = false,
}: {
  action: StoredAction;
  overdue: boolean;
  editable: boolean;
  onEdit?: () => void;
  onStatus?: (status: ActionStatus) => void;
  incidentLink?: string;
  headingLevel?: 3 | 4;
  focusEdit?: boolean;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const editButton = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the card shows, not on later renders
  useEffect(() => {
    if (focusEdit) editButton.current?.focus();
  }, []);
  return (
    <article
      className={`action-card priority-${action.priority}${overdue ? ' overdue' : ''}`}
      aria-label={action.title}
    >
      <Heading>{action.title}</Heading>
      <dl className="facts compact">
        <dt>Owner</dt>
        <dd>{action.owner || 'unassigned'}</dd>
        <dt>Due</dt>
        <dd>
          {action.dueDate ?? 'no date'}
          {overdue && <span className="badge overdue-badge">overdue</span>}
        </dd>
        <dt>Priority</dt>
        <dd>{action.priority}</dd>
        <dt>Type</dt>
        <dd>{action.type}</dd>
        {action.closedOn && (
          <>
            <dt>{action.status === 'dropped' ? 'Dropped on' : 'Done on'}</dt>
            <dd>{action.closedOn}</dd>
          </>
        )}
      </dl>
      {action.status === 'dropped' && action.droppedReason && (
        <p className="muted">Dropped: {action.droppedReason}</p>
      )}
      {action.trackerUrl && /^https?:\/\//.test(action.trackerUrl) && (
        <a href={action.trackerUrl} rel="noopener noreferrer" target="_blank">
          Tracker
        </a>
      )}
      {incidentLink && <a href={incidentLink}>Incident {action.incidentId}</a>}
      {editable && (onEdit || onStatus) && (
        <div className="row">
          {onStatus && action.status !== 'dropped' && (
            <label>
              <span className="visually-hidden">Status of {action.title}</span>
              <select value={action.status} onChange={(e) => onStatus(e.target.value as ActionStatus)}>
                {actionStatuses
                  .filter((status) => status !== 'dropped')
                  .map((status) => (
                    <option key={status}>{status}</option>
                  ))}
              </select>
            </label>
          )}
          {onEdit && (
            <button
              type="button"
              className="secondary"
              aria-label={`Edit action ${action.title}`}
              ref={editButton}
              onClick={onEdit}
            >
              Edit
            </button>
          )}
        </div>
      )}
    </article>
  );
}
