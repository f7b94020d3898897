import { api } from '../api/client.js';
import type { StoredAction } from '../api/types.js';
import { EditNotices } from '../components/edit-notices.js';
import { fromRecord, recordPath } from '../incident/patch.js';
import { useEditSession } from '../incident/use-edit-session.js';
import { draftKey } from '../lib/draft-store.js';
import { ActionForm, type ActionValues, actionInput, actionValues } from './action-form.js';

const labels = {
  title: 'Action',
  owner: 'Owner',
  dueDate: 'Due date',
  priority: 'Priority',
  type: 'Type',
  status: 'Status',
  droppedReason: 'Why it was dropped',
  factorId: 'Addresses factor',
};

/** Edits one stored action against the version it was opened at; others' changes are merged, never lost. */
export function ActionEditor({
  action,
  factors,
  owners,
  onClose,
}: {
  action: StoredAction;
  factors: ReadonlyArray<{ id: string; title: string }>;
  owners: readonly string[];
  onClose: () => void;
}) {
  const session = useEditSession<ActionValues>({
    draftKey: draftKey(action.incidentId, `action:${action.id}`),
    stored: { values: actionValues(action), version: action.version },
    // A title or reason merges word by word; an owner or a date is taken whole (merging them invents values).
    textFields: ['title', 'droppedReason'],
    write: (values, version) =>
      api('PATCH', recordPath('actions', action.id), { version, ...actionInput(values) }),
    fromCurrent: fromRecord(actionValues),
    alwaysOpen: true,
  });
  if (!session.values) return null;
  return (
    <ActionForm
      values={session.values}
      onChange={session.setValues}
      factors={factors}
      owners={owners}
      saveLabel="Save action"
      busy={session.overlap !== undefined}
      onCancel={() => {
        session.cancel();
        onClose();
      }}
      onSubmit={async () => {
        if (await session.submit()) onClose();
      }}
    >
      <EditNotices session={session} labels={labels} />
    </ActionForm>
  );
}
