import type { FormEvent, ReactNode } from 'react';
import {
  type EventKind,
  type EventSeverity,
  eventKinds,
  eventSeverities,
  type TimelineEventInput,
} from '../../../src/domain/index.js';
import { FormButtons } from '../components/section.js';
import { fromLocalInput, toLocalInput } from '../lib/text.js';
import { useFocusFirstField } from '../lib/use-return-focus.js';

/** A timeline event as its form holds it: the time as a local date-time string. */
export type EventValues = {
  at: string;
  kind: EventKind;
  severity: EventSeverity;
  summary: string;
  approximate: boolean;
};

/** The form's values for an event. */
export function eventValues(event: {
  at: string | null;
  kind: EventKind;
  severity: EventSeverity;
  summary: string;
  approximate: boolean;
}): EventValues {
  const { at, kind, severity, summary, approximate } = event;
  return { at: toLocalInput(at), kind, severity, summary, approximate };
}

/** The event to store from the form's values. */
export function eventInput(values: EventValues): TimelineEventInput {
  return { ...values, at: fromLocalInput(values.at) };
}

/** The fields of a timeline event a person types: time (UTC), kind, severity and what happened. */
export function EventForm({
  values,
  onChange,
  saveLabel,
  onSubmit,
  onCancel,
  busy,
  children,
}: {
  values: EventValues;
  onChange: (values: EventValues) => void;
  saveLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** Notices shown above the fields (changes saved meanwhile). */
  children?: ReactNode;
}) {
  const set = (change: Partial<EventValues>) => onChange({ ...values, ...change });
  const formRef = useFocusFirstField<HTMLFormElement>();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="stack event-form" onSubmit={submit} ref={formRef}>
      {children}
      <div className="row">
        <label>
          Time (UTC)
          <input
            type="datetime-local"
            step={1}
            value={values.at}
            onChange={(e) => set({ at: e.target.value })}
          />
        </label>
        <label>
          Kind
          <select value={values.kind} onChange={(e) => set({ kind: e.target.value as EventKind })}>
            {eventKinds.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Severity
          <select
            value={values.severity}
            onChange={(e) => set({ severity: e.target.value as EventSeverity })}
          >
            {eventSeverities.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={values.approximate}
            onChange={(e) => set({ approximate: e.target.checked })}
          />
          Approximate time
        </label>
      </div>
      <label>
        What happened
        <textarea
          value={values.summary}
          onChange={(e) => set({ summary: e.target.value })}
          required
          rows={2}
        />
      </label>
      <FormButtons onCancel={onCancel} saveLabel={saveLabel} {...(busy === undefined ? {} : { busy })} />
    </form>
  );
}
