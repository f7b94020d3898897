import { useState } from 'react';
import { api } from '../api/client.js';
import type { StoredAction } from '../api/types.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { todayUtc } from '../lib/text.js';
import { ActionCard } from './action-card.js';
import { ActionForm } from './action-form.js';
import { boardColumns, overdueCount } from './board.js';

/** The incident's actions as a board with a column per status. */
export function ActionsTab() {
  const { bundle, editable, save } = useIncident();
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string>();
  const today = todayUtc();
  const columns = boardColumns(bundle.actions, today);
  const overdue = overdueCount(bundle.actions, today);
  const addPath = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/actions`;

  function patch(action: StoredAction, fields: object) {
    return save(() => api('PATCH', recordPath('actions', action.id), { version: action.version, ...fields }));
  }

  return (
    <section className="card" aria-labelledby="actions-title">
      <div className="section-head">
        <h2 id="actions-title">Actions</h2>
        {overdue > 0 && <span className="badge overdue-badge">{overdue} overdue</span>}
        {editable && !adding && (
          <button type="button" onClick={() => setAdding(true)}>
            Add action
          </button>
        )}
      </div>
      {adding && (
        <ActionForm
          initial={{ title: '' }}
          factors={bundle.factors}
          saveLabel="Add action"
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const ok = await save(() => api('POST', addPath, fields), 'Action added.');
            if (ok) setAdding(false);
            return ok;
          }}
        />
      )}
      <div className="board">
        {columns.map((column) => (
          <section key={column.status} className="board-column" aria-label={`${column.status} actions`}>
            <h3>
              {column.status} <span className="muted">({column.cards.length})</span>
            </h3>
            {column.cards.map(({ action, overdue: late }) =>
              editingId === action.id ? (
                <ActionForm
                  key={action.id}
                  initial={action}
                  factors={bundle.factors}
                  saveLabel="Save action"
                  onCancel={() => setEditingId(undefined)}
                  onSubmit={async (fields) => {
                    const ok = await patch(action, fields);
                    if (ok) setEditingId(undefined);
                    return ok;
                  }}
                />
              ) : (
                <ActionCard
                  key={action.id}
                  action={action}
                  overdue={late}
                  editable={editable}
                  onEdit={() => setEditingId(action.id)}
                  onStatus={(status) => patch(action, { status })}
                />
              ),
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
