import { type FormEvent, type ReactNode, useId } from 'react';
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
import { useFocusFirstField } from '../lib/use-return-focus.js';

/** An action as its form holds it: blank strings for what is not set. */
export type ActionValues = {
  title: string;
  owner: string;
  dueDate: string;
  priority: ActionPriority;
  type: ActionType;
  status: ActionStatus;
  droppedReason: string;
  factorId: string;
};

/** The form's values for an action (a new one from a title alone). */
export function actionValues(action: ActionInput): ActionValues {
  return {
    title: action.title,
    owner: action.owner ?? '',
    dueDate: action.dueDate ?? '',
    priority: action.priority ?? 'medium',
    type: action.type ?? 'prevent',
    status: action.status ?? 'open',
    droppedReason: action.droppedReason ?? '',
    factorId: action.factorId ?? '',
  };
}

/** The action to store from the form's values; blank optional fields are left out. */
export function actionInput(values: ActionValues): ActionInput {
  const { title, owner, priority, type, status, dueDate, droppedReason, factorId } = values;
  return {
    title,
    owner,
    priority,
    type,
    status,
    ...(dueDate !== '' ? { dueDate } : {}),
    ...(status === 'dropped' ? { droppedReason } : {}),
    ...(factorId !== '' ? { factorId } : {}),
  };
}

/** Title, owner, due date, priority, type and status of an action; a dropped action needs a reason. */
export function ActionForm({
  values,
  onChange,
  factors,
  owners,
  saveLabel,
  onSubmit,
  onCancel,
  busy,
  children,
}: {
  values: ActionValues;
  onChange: (values: ActionValues) => void;
  factors: ReadonlyArray<{ id: string; title: string }>;
  /** Names offered for the owner (the field stays free text). */
  owners: readonly string[];
  saveLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** Notices shown above the fields (changes saved meanwhile). */
  children?: ReactNode;
}) {
  const { title, owner, dueDate, priority, type, status, droppedReason, factorId } = values;
  const set = (change: Partial<ActionValues>) => onChange({ ...values, ...change });
  const formRef = useFocusFirstField<HTMLFormElement>();
  const ownerList = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="stack action-form" onSubmit={submit} ref={formRef}>
      {children}
      <label>
        Action
        <input
          value={title}
          onChange={(e) => set({ title: e.target.value })}
          required
          maxLength={limits.actionTitle}
        />
      </label>
      <div className="row">
        <label>
          Owner
          <input
            value={owner}
            onChange={(e) => set({ owner: e.target.value })}
            maxLength={limits.name}
            list={ownerList}
            autoComplete="off"
          />
          <datalist id={ownerList}>
            {owners.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <label>
          Due date
          <input type="date" value={dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
        </label>
        <label>
          Priority
          <select value={priority} onChange={(e) => set({ priority: e.target.value as ActionPriority })}>
            {actionPriorities.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => set({ type: e.target.value as ActionType })}>
            {actionTypes.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => set({ status: e.target.value as ActionStatus })}>
            {actionStatuses.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
      </div>
      {factors.length > 0 && (
        <label>
          Addresses factor
          <select value={factorId} onChange={(e) => set({ factorId: e.target.value })}>
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
          <input value={droppedReason} onChange={(e) => set({ droppedReason: e.target.value })} required />
        </label>
      )}
      <FormButtons onCancel={onCancel} saveLabel={saveLabel} {...(busy === undefined ? {} : { busy })} />
    </form>
  );
}
