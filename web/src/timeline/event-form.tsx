import { type FormEvent, useState } from 'react';
import {
  type EventKind,
  type EventSeverity,
  eventKinds,
  eventSeverities,
  type TimelineEventInput,
} from '../../../src/domain/index.js';
import { FormButtons } from '../components/section.js';
import { fromLocalInput, toLocalInput } from '../lib/text.js';

/** The fields of a timeline event a person types: time (UTC), kind, severity and what happened. */
export function EventForm({
  initial,
  saveLabel,
  onSubmit,
  onCancel,
}: {
  initial: {
    at: string | null;
    kind: EventKind;
    severity: EventSeverity;
    summary: string;
    approximate: boolean;
  };
  saveLabel: string;
  onSubmit: (fields: TimelineEventInput) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [at, setAt] = useState(toLocalInput(initial.at));
  const [kind, setKind] = useState<EventKind>(initial.kind);
  const [severity, setSeverity] = useState<EventSeverity>(initial.severity);
  const [summary, setSummary] = useState(initial.summary);
  const [approximate, setApproximate] = useState(initial.approximate);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onSubmit({ at: fromLocalInput(at), kind, severity, summary, approximate });
  }

  return (
    <form className="stack event-form" onSubmit={submit}>
      <div className="row">
        <label>
          Time (UTC)
          <input type="datetime-local" step={1} value={at} onChange={(e) => setAt(e.target.value)} />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
            {eventKinds.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select value={severity} onChange={(e) => setSeverity(e.target.value as EventSeverity)}>
            {eventSeverities.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={approximate} onChange={(e) => setApproximate(e.target.checked)} />
          Approximate time
        </label>
      </div>
      <label>
        What happened
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} required rows={2} />
      </label>
      <FormButtons onCancel={onCancel} saveLabel={saveLabel} />
    </form>
  );
}
