import { useState } from 'react';
import { api } from '../api/client.js';
import type { StoredAction } from '../api/types.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { keptDraftId } from '../lib/kept-draft.js';
import { todayUtc } from '../lib/text.js';
import { useReturnFocus } from '../lib/use-return-focus.js';
import { ActionCard } from './action-card.js';
import { ActionEditor } from './action-editor.js';
import { ActionForm, type ActionValues, actionInput, actionValues } from './action-form.js';
import { boardColumns, overdueCount } from './board.js';
import { useOwnerChoices } from './use-owner-choices.js';

/** The incident's actions as a board with a column per status. */
export function ActionsTab() {
  const { bundle, editable, save } = useIncident();
  const [adding, setAdding] = useState(false);
  // An action with a draft kept from before (another tab, a reload) opens in its editor again.
  const [editingId, setEditingId] = useState<string | undefined>(() =>
    keptDraftId(bundle.incident.id, 'action'),
  );
  const owners = useOwnerChoices(bundle);
  const [added, setAdded] = useState<ActionValues>(() => actionValues({ title: '' }));
  const addButton = useReturnFocus<HTMLButtonElement>();
  // The action whose editor closed last: its Edit button takes the focus back.
  const [closedId, setClosedId] = useState<string>();
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
          <button type="button" ref={addButton.ref} onClick={() => setAdding(true)}>
            Add action
          </button>
        )}
      </div>
      {adding && (
        <ActionForm
          values={added}
          onChange={setAdded}
          factors={bundle.factors}
          owners={owners}
          saveLabel="Add action"
          onCancel={() => {
            setAdding(false);
            addButton.returnFocus();
          }}
          onSubmit={async () => {
            const ok = await save(() => api('POST', addPath, actionInput(added)), 'Action added.');
            if (ok) {
              setAdding(false);
              setAdded(actionValues({ title: '' }));
              addButton.returnFocus();
            }
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
                <ActionEditor
                  key={action.id}
                  action={action}
                  factors={bundle.factors}
                  owners={owners}
                  onClose={() => {
                    setEditingId(undefined);
                    setClosedId(action.id);
                  }}
                />
              ) : (
                <ActionCard
                  key={action.id}
                  action={action}
                  overdue={late}
                  editable={editable}
                  focusEdit={closedId === action.id}
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
