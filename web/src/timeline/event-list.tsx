import { useState } from 'react';
import {
  failedAttemptLeavesUnset,
  type MomentName,
  type Moments,
  momentLeftUnset,
} from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { StoredEvent } from '../api/types.js';
import { CodeSpans } from '../components/code-spans.js';
import { RecordButtons } from '../components/section.js';
import { useIncident } from '../incident/incident-context.js';
import { recordPath } from '../incident/patch.js';
import { keptDraftId } from '../lib/kept-draft.js';
import { formatInstant } from '../lib/text.js';
import { useReturnFocus } from '../lib/use-return-focus.js';
import { EventEditor } from './event-editor.js';
import { EventForm, type EventValues, eventInput } from './event-form.js';
import { momentLabels } from './moments-section.js';

const blankEvent: EventValues = { at: '', kind: 'note', severity: 'info', summary: '', approximate: false };

/** The stored timeline as an editable list, with a form to add an event by hand. */
export function EventList() {
  const { bundle, editable, save } = useIncident();
  // An event with a draft kept from before (another tab, a reload) opens in its editor again.
  const [editingId, setEditingId] = useState<string | undefined>(() =>
    keptDraftId(bundle.incident.id, 'event'),
  );
  const [adding, setAdding] = useState(false);
  // The event whose editor closed last: its Edit button takes the focus back.
  const [closedId, setClosedId] = useState<string>();
  const [added, setAdded] = useState<EventValues>(blankEvent);
  const addButton = useReturnFocus<HTMLButtonElement>();
  const addPath = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/events`;

  async function remove(event: StoredEvent) {
    const ok = await save(
      () => api<{ clearedMoments?: MomentName[] }>('DELETE', recordPath('events', event.id, event.version)),
      (result) => deletedEventMessage(result?.clearedMoments ?? []),
    );
    // The deleted row took the focus with it: the list's heading has it, where reading goes on.
    if (ok) document.getElementById('events-title')?.focus();
    return ok;
  }

  return (
    <section className="card" aria-labelledby="events-title">
      <div className="section-head">
        <h2 id="events-title" tabIndex={-1}>
          Events
        </h2>
        {editable && !adding && (
          <button type="button" className="secondary" ref={addButton.ref} onClick={() => setAdding(true)}>
            Add event
          </button>
        )}
      </div>
      {adding && (
        <EventForm
          values={added}
          onChange={setAdded}
          saveLabel="Add event"
          onCancel={() => {
            setAdding(false);
            addButton.returnFocus();
          }}
          onSubmit={async () => {
            const ok = await save(
              () => api<StoredEvent>('POST', addPath, { ...eventInput(added), source: 'manual' }),
              (event) => addedEventMessage(bundle.incident.moments, event),
            );
            if (ok) {
              setAdding(false);
              setAdded(blankEvent);
              addButton.returnFocus();
            }
          }}
        />
      )}
      {bundle.timeline.length === 0 && <p className="muted">No events yet. Add one, or upload evidence.</p>}
      <ol className="events">
        {bundle.timeline.map((event) => (
          <li key={event.id} className={`sev-${event.severity}`}>
            {editingId === event.id ? (
              <EventEditor
                event={event}
                onClose={() => {
                  setEditingId(undefined);
                  setClosedId(event.id);
                }}
              />
            ) : (
              <>
                <time dateTime={event.at ?? undefined}>
                  {event.approximate ? '~' : ''}
                  {formatInstant(event.at)}
                </time>
                <span className="badge">{event.kind}</span>
                <span className="summary">
                  <CodeSpans text={event.summary} />
                </span>
                {event.count > 1 && <span className="muted">×{event.count}</span>}
                {editable && (
                  <RecordButtons
                    name={`event ${event.summary.replaceAll('`', '').slice(0, 60)}`}
                    what={`the event “${event.summary.replaceAll('`', '')}”`}
                    focusEdit={closedId === event.id}
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

/** What deleting an event did, from the server's answer: the key moments it founded are unset with it. */
/** "Event added.", and the moment it leaves unset when its time would break the moments' order. */
export function addedEventMessage(moments: Moments, event: StoredEvent | undefined): string {
  if (event && failedAttemptLeavesUnset(moments, event))
    return `Event added. ${momentLabels.mitigated} stays unset: this event says the attempt changed nothing or not enough.`;
  const unset = event && momentLeftUnset(moments, event);
  if (!unset) return 'Event added.';
  const { name, problem } = unset;
  const other = problem.later === name ? problem.earlier : problem.later;
  const side = problem.later === name ? 'before' : 'after';
  return `Event added. ${momentLabels[name]} stays unset: this time is ${side} ${momentLabels[other]}; correct one of them under Key moments.`;
}

export function deletedEventMessage(cleared: readonly MomentName[]): string {
  if (cleared.length === 0) return 'Event deleted.';
  const names = cleared.map((name) => momentLabels[name]).join(', ');
  return `Event deleted. Unset ${names}: no event backs ${cleared.length === 1 ? 'it' : 'them'} any more.`;
}
