import { type FormEvent, type ReactNode, useState } from 'react';
import {
  type FactorCategory,
  type FactorInput,
  factorCategories,
  factorCategoryLabels,
  limits,
} from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { StoredFactor } from '../api/types.js';
import { EditNotices } from '../components/edit-notices.js';
import { MarkdownText } from '../components/markdown-text.js';
import { FormButtons, RecordButtons, Section } from '../components/section.js';
import { draftKey } from '../lib/draft-store.js';
import { keptDraftId } from '../lib/kept-draft.js';
import { useIncident } from './incident-context.js';
import { fromRecord, recordPath } from './patch.js';
import { useEditSession } from './use-edit-session.js';

/** A factor as its form holds it. */
type FactorValues = { title: string; category: FactorCategory; description: string };

function factorValues(factor: FactorInput): FactorValues {
  return { title: factor.title, category: factor.category, description: factor.description ?? '' };
}

const blankFactor: FactorValues = { title: '', category: 'monitoring-alerting', description: '' };
const factorLabels = { title: 'Factor', category: 'Category', description: 'Description' };

function FactorForm({
  values,
  onChange,
  onSubmit,
  onCancel,
  saveLabel,
  busy,
  children,
}: {
  values: FactorValues;
  onChange: (values: FactorValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
  saveLabel: string;
  busy?: boolean;
  children?: ReactNode;
}) {
  const set = (change: Partial<FactorValues>) => onChange({ ...values, ...change });

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="stack" onSubmit={submit}>
      {children}
      <label>
        Factor
        <input
          value={values.title}
          onChange={(e) => set({ title: e.target.value })}
          required
          maxLength={limits.title}
        />
      </label>
      <label>
        Category
        <select value={values.category} onChange={(e) => set({ category: e.target.value as FactorCategory })}>
          {factorCategories.map((value) => (
            <option key={value} value={value}>
              {factorCategoryLabels[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Description
        <textarea
          value={values.description}
          onChange={(e) => set({ description: e.target.value })}
          rows={3}
        />
      </label>
      <FormButtons onCancel={onCancel} saveLabel={saveLabel} {...(busy === undefined ? {} : { busy })} />
    </form>
  );
}

/** Edits one stored factor against the version it was opened at; others' changes are merged, never lost. */
function FactorEditor({ factor, onClose }: { factor: StoredFactor; onClose: () => void }) {
  const session = useEditSession<FactorValues>({
    draftKey: draftKey(factor.incidentId, `factor:${factor.id}`),
    stored: { values: factorValues(factor), version: factor.version },
    textFields: ['title', 'description'],
    write: (values, version) => api('PATCH', recordPath('factors', factor.id), { version, ...values }),
    fromCurrent: fromRecord(factorValues),
    alwaysOpen: true,
  });
  if (!session.values) return null;
  return (
    <FactorForm
      values={session.values}
      onChange={session.setValues}
      saveLabel="Save factor"
      busy={session.overlap !== undefined}
      onCancel={() => {
        session.cancel();
        onClose();
      }}
      onSubmit={async () => {
        if (await session.submit()) onClose();
      }}
    >
      <EditNotices session={session} labels={factorLabels} />
    </FactorForm>
  );
}

/** Contributing factors: systemic conditions, each a record with its own version. */
export function FactorsSection() {
  const { bundle, editable, save } = useIncident();
  // A factor with a draft kept from before (another tab, a reload) opens in its editor again.
  // The factor whose editor closed last: its Edit button takes the focus back.
  const [closedId, setClosedId] = useState<string>();
  const [editingId, setEditingId] = useState<string | undefined>(() =>
    keptDraftId(bundle.incident.id, 'factor'),
  );
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<FactorValues>(blankFactor);
  const incidentPath = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/factors`;

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
          values={added}
          onChange={setAdded}
          saveLabel="Add factor"
          onCancel={() => setAdding(false)}
          onSubmit={async () => {
            const ok = await save(() => api('POST', incidentPath, added), 'Factor added.');
            if (ok) {
              setAdding(false);
              setAdded(blankFactor);
            }
          }}
        />
      )}
      {bundle.factors.length === 0 && !adding && <p className="muted">No contributing factors yet.</p>}
      <ul className="records">
        {bundle.factors.map((factor) =>
          editingId === factor.id ? (
            <li key={factor.id}>
              <FactorEditor
                factor={factor}
                onClose={() => {
                  setEditingId(undefined);
                  setClosedId(factor.id);
                }}
              />
            </li>
          ) : (
            <li key={factor.id}>
              <strong>{factor.title}</strong>{' '}
              <span className="badge">{factorCategoryLabels[factor.category]}</span>
              <MarkdownText text={factor.description} />
              {editable && (
                <RecordButtons
                  name={`factor ${factor.title}`}
                  what={`the contributing factor “${factor.title}”`}
                  focusEdit={closedId === factor.id}
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
