import { type FormEvent, useState } from 'react';
import {
  type ActionInput,
  type ActionPriority,
  type ActionStatus,
  type ActionType,
  actionPriorities,
  actionStatuses,
  actionTypes,
  limits,
} from '../../../src/domain/index.js';
import { FormButtons } from '../components/section.js';

/** Title, owner, due date, priority, type and status of an action; a dropped action needs a reason. */
export function ActionForm({
  initial,
  factors,
  saveLabel,
  onSubmit,
  onCancel,
}: {
  initial: ActionInput;
  factors: ReadonlyArray<{ id: string; title: string }>;
  saveLabel: string;
  onSubmit: (fields: ActionInput) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(initial.title);
  const [owner, setOwner] = useState(initial.owner ?? '');
  const [dueDate, setDueDate] = useState(initial.dueDate ?? '');
  const [priority, setPriority] = useState<ActionPriority>(initial.priority ?? 'medium');
  const [type, setType] = useState<ActionType>(initial.type ?? 'prevent');
  const [status, setStatus] = useState<ActionStatus>(initial.status ?? 'open');
  const [droppedReason, setDroppedReason] = useState(initial.droppedReason ?? '');
  const [factorId, setFactorId] = useState(initial.factorId ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onSubmit({
      title,
      owner,
      priority,
      type,
      status,
      ...(dueDate !== '' ? { dueDate } : {}),
      ...(status === 'dropped' ? { droppedReason } : {}),
      ...(factorId !== '' ? { factorId } : {}),
    });
  }

  return (
    <form className="stack action-form" onSubmit={submit}>
      <label>
        Action
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={limits.actionTitle}
        />
      </label>
      <div className="row">
        <label>
          Owner
          <input value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={limits.name} />
        </label>
        <label>
          Due date
          <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
        <label>
          Priority
          <select value={priority} onChange={(e) => setPriority(e.target.value as ActionPriority)}>
            {actionPriorities.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value as ActionType)}>
            {actionTypes.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
            {actionStatuses.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
      </div>
      {factors.length > 0 && (
        <label>
          Addresses factor
          <select value={factorId} onChange={(e) => setFactorId(e.target.value)}>
            <option value="">none</option>
            {factors.map((factor) => (
              <option key={factor.id} value={factor.id}>
                {factor.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {status === 'dropped' && (
        <label>
          Why it was dropped
          <input value={droppedReason} onChange={(e) => setDroppedReason(e.target.value)} required />
        </label>
      )}
      <FormButtons onCancel={onCancel} saveLabel={saveLabel} />
    </form>
  );
}
