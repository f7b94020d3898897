import { api } from '../api/client.js';
import type { StoredEvent } from '../api/types.js';
import { EditNotices } from '../components/edit-notices.js';
import { fromRecord, recordPath } from '../incident/patch.js';
import { useEditSession } from '../incident/use-edit-session.js';
import { draftKey } from '../lib/draft-store.js';
import { EventForm, type EventValues, eventInput, eventValues } from './event-form.js';

const labels = {
  at: 'Time (UTC)',
  kind: 'Kind',
  severity: 'Severity',
  summary: 'What happened',
  approximate: 'Approximate time',
};

/** Edits one stored event against the version it was opened at; others' changes are merged, never lost. */
export function EventEditor({ event, onClose }: { event: StoredEvent; onClose: () => void }) {
  const session = useEditSession<EventValues>({
    draftKey: draftKey(event.incidentId, `event:${event.id}`),
    stored: { values: eventValues(event), version: event.version },
    textFields: ['summary'],
    write: (values, version) =>
      api('PATCH', recordPath('events', event.id), { version, ...eventInput(values) }),
    fromCurrent: fromRecord(eventValues),
    alwaysOpen: true,
  });
  if (!session.values) return null;
  return (
    <EventForm
      values={session.values}
      onChange={session.setValues}
      saveLabel="Save event"
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
    </EventForm>
  );
}
