import { type FormEvent, useState } from 'react';
import type { Impact } from '../../../src/domain/index.js';
import { FormButtons, Section } from '../components/section.js';
import { optionalCount } from '../lib/text.js';
import { useIncident } from './incident-context.js';
import { patchIncident } from './patch.js';

const numberFields = [
  ['usersAffected', 'Users affected'],
  ['failedRequests', 'Failed requests'],
  ['errorBudgetBurn', 'Error budget spent (%)'],
] as const;

type NumberField = (typeof numberFields)[number][0];

// The domain keeps the error budget as a fraction (0.34, as the reports read it: "34%"); people type percent.
const percentFields = new Set<NumberField>(['errorBudgetBurn']);

/** A stored number as the form shows it: percent fields ×100, rounded to two decimals. */
export function shownNumber(key: NumberField, value: number | undefined): string {
  if (value === undefined) return '';
  return percentFields.has(key) ? String(Math.round(value * 10_000) / 100) : value.toString();
}

/** What the form holds, as the number to store: percent fields ÷100. */
export function storedNumber(key: NumberField, text: string): number | undefined {
  const value = optionalCount(text);
  if (value === undefined || !percentFields.has(key)) return value;
  return value / 100;
}

/** What the incident cost: a description plus the numbers executives ask for. */
export function ImpactSection() {
  const { bundle, editable, save } = useIncident();
  const { incident } = bundle;
  const [editing, setEditing] = useState(false);
  const [description, setDescription] = useState('');
  const [numbers, setNumbers] = useState<Record<string, string>>({});

  function start() {
    setDescription(incident.impact.description);
    setNumbers(
      Object.fromEntries(numberFields.map(([key]) => [key, shownNumber(key, incident.impact[key])])),
    );
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const impact: Impact = { description };
    for (const [key] of numberFields) {
      const value = storedNumber(key, numbers[key] ?? '');
      if (value !== undefined) impact[key] = value;
    }
    if (await save(() => patchIncident(incident, { impact }))) setEditing(false);
  }

  return (
    <Section title="Impact" editable={editable} editing={editing} onEdit={start}>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          <label>
            What users experienced
            <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={4} />
          </label>
          <div className="row">
            {numberFields.map(([key, label]) => (
              <label key={key}>
                {label}
                <input
                  type="number"
                  min={0}
                  step={key === 'errorBudgetBurn' ? 'any' : 1}
                  value={numbers[key] ?? ''}
                  onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <FormButtons onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <>
          <div className="prose">{incident.impact.description || 'Not described yet.'}</div>
          <dl className="facts">
            {numberFields.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>
                  {incident.impact[key] === undefined
                    ? '—'
                    : percentFields.has(key)
                      ? `${shownNumber(key, incident.impact[key])}%`
                      : incident.impact[key]?.toLocaleString('en')}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </Section>
  );
}
