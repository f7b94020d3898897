import { type FormEvent, useState } from 'react';
import {
  type FactorCategory,
  type FactorInput,
  factorCategories,
  factorCategoryLabels,
  limits,
} from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { StoredFactor } from '../api/types.js';
import { FormButtons, RecordButtons, Section } from '../components/section.js';
import { useIncident } from './incident-context.js';
import { recordPath } from './patch.js';

function FactorForm({
  initial,
  onSubmit,
  onCancel,
  saveLabel,
}: {
  initial: FactorInput;
  onSubmit: (fields: FactorInput) => Promise<boolean>;
  onCancel: () => void;
  saveLabel: string;
}) {
  const [title, setTitle] = useState(initial.title);
  const [category, setCategory] = useState<FactorCategory>(initial.category);
  const [description, setDescription] = useState(initial.description ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onSubmit({ title, category, description });
  }

  return (
    <form className="stack" onSubmit={submit}>
      <label>
        Factor
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={limits.title} />
      </label>
      <label>
        Category
        <select value={category} onChange={(e) => setCategory(e.target.value as FactorCategory)}>
          {factorCategories.map((value) => (
            <option key={value} value={value}>
              {factorCategoryLabels[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Description
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      </label>
      <FormButtons onCancel={onCancel} saveLabel={saveLabel} />
    </form>
  );
}

/** Contributing factors: systemic conditions, each a record with its own version. */
export function FactorsSection() {
  const { bundle, editable, save } = useIncident();
  const [editingId, setEditingId] = useState<string>();
  const [adding, setAdding] = useState(false);
  const incidentPath = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/factors`;

  async function update(factor: StoredFactor, fields: FactorInput) {
    const ok = await save(() =>
      api('PATCH', recordPath('factors', factor.id), { version: factor.version, ...fields }),
    );
    if (ok) setEditingId(undefined);
    return ok;
  }

  return (
    <Section
      title="Contributing factors"
      editable={editable}
      editing={adding}
      onEdit={() => setAdding(true)}
      editLabel="Add factor"
    >
      {adding && (
        <FactorForm
          initial={{ title: '', category: 'monitoring-alerting', description: '' }}
          saveLabel="Add factor"
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const ok = await save(() => api('POST', incidentPath, fields), 'Factor added.');
            if (ok) setAdding(false);
            return ok;
          }}
        />
      )}
      {bundle.factors.length === 0 && !adding && <p className="muted">No contributing factors yet.</p>}
      <ul className="records">
        {bundle.factors.map((factor) =>
          editingId === factor.id ? (
            <li key={factor.id}>
              <FactorForm
                initial={factor}
                saveLabel="Save factor"
                onCancel={() => setEditingId(undefined)}
                onSubmit={(fields) => update(factor, fields)}
              />
            </li>
          ) : (
            <li key={factor.id}>
              <strong>{factor.title}</strong>{' '}
              <span className="badge">{factorCategoryLabels[factor.category]}</span>
              {factor.description && <div className="prose">{factor.description}</div>}
              {editable && (
                <RecordButtons
                  name={`factor ${factor.title}`}
                  onEdit={() => setEditingId(factor.id)}
                  onDelete={() =>
                    save(
                      () => api('DELETE', recordPath('factors', factor.id, factor.version)),
                      'Factor deleted.',
                    )
                  }
                />
              )}
            </li>
          ),
        )}
      </ul>
    </Section>
  );
}
