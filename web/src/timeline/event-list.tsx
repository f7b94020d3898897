import { useState } from 'react';
import { api } from '../api/client.js';
import type { StoredEvent } from '../api/types.js';
import { RecordButtons } from '../components/section.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { formatInstant } from '../lib/text.js';
import { EventForm } from './event-form.js';

/** The stored timeline as an editable list, with a form to add an event by hand. */
export function EventList() {
  const { bundle, editable, save } = useIncident();
  const [editingId, setEditingId] = useState<string>();
  const [adding, setAdding] = useState(false);
  const addPath = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/events`;

  function remove(event: StoredEvent) {
    return save(() => api('DELETE', recordPath('events', event.id, event.version)), 'Event deleted.');
  }

  return (
    <section className="card" aria-labelledby="events-title">
      <div className="section-head">
        <h2 id="events-title">Events</h2>
        {editable && !adding && (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Add event
          </button>
        )}
      </div>
      {adding && (
        <EventForm
          initial={{ at: null, kind: 'note', severity: 'info', summary: '', approximate: false }}
          saveLabel="Add event"
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const ok = await save(
              () => api('POST', addPath, { ...fields, source: 'manual' }),
              'Event added.',
            );
            if (ok) setAdding(false);
            return ok;
          }}
        />
      )}
      {bundle.timeline.length === 0 && <p className="muted">No events yet. Add one, or upload evidence.</p>}
      <ol className="events">
        {bundle.timeline.map((event) => (
          <li key={event.id} className={`sev-${event.severity}`}>
            {editingId === event.id ? (
              <EventForm
                initial={event}
                saveLabel="Save event"
                onCancel={() => setEditingId(undefined)}
                onSubmit={async (fields) => {
                  const ok = await save(() =>
                    api('PATCH', recordPath('events', event.id), { version: event.version, ...fields }),
                  );
                  if (ok) setEditingId(undefined);
                  return ok;
                }}
              />
            ) : (
              <>
                <time dateTime={event.at ?? undefined}>
                  {event.approximate ? '~' : ''}
                  {formatInstant(event.at)}
                </time>
                <span className="badge">{event.kind}</span>
                <span className="summary">{event.summary}</span>
                {event.count > 1 && <span className="muted">×{event.count}</span>}
                {editable && (
                  <RecordButtons
                    name={`event ${event.summary.slice(0, 60)}`}
                    onEdit={() => setEditingId(event.id)}
                    onDelete={() => remove(event)}
                  />
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
