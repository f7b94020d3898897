import type { FormEvent } from 'react';
import { type Impact, limits } from '../../../src/domain/index.js';
import { DraftOffer, EditNotices } from '../components/edit-notices.js';
import { MarkdownText } from '../components/markdown-text.js';
import { FormButtons, Section } from '../components/section.js';
import { draftKey } from '../lib/draft-store.js';
import { optionalCount } from '../lib/text.js';
import { useIncident } from './incident-context.js';
import { fromIncident, patchIncident } from './patch.js';
import { useEditSession } from './use-edit-session.js';

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

/** What an executive reads about money and contracts, as the form holds it. */
// A type, not an interface: form values need an index signature.
export type BusinessForm = {
  cost: string;
  /** `yes` (an SLA was missed), `no` (they were met), or `` (not assessed). */
  slaBreached: '' | 'yes' | 'no';
  sla: string;
};

/** The form's view of the stored cost and SLA. */
export function businessForm(impact: Impact): BusinessForm {
  return {
    cost: impact.cost ?? '',
    slaBreached: impact.slaBreached === undefined ? '' : impact.slaBreached ? 'yes' : 'no',
    sla: impact.sla ?? '',
  };
}

/** The cost and SLA to store: blank fields and "not assessed" are left out rather than stored empty. */
export function storedBusiness(form: BusinessForm): Pick<Impact, 'cost' | 'slaBreached' | 'sla'> {
  const out: Pick<Impact, 'cost' | 'slaBreached' | 'sla'> = {};
  if (form.cost.trim() !== '') out.cost = form.cost.trim();
  if (form.slaBreached !== '') out.slaBreached = form.slaBreached === 'yes';
  if (form.sla.trim() !== '') out.sla = form.sla.trim();
  return out;
}

const slaLabels: Record<BusinessForm['slaBreached'], string> = {
  '': 'Not assessed',
  yes: 'Missed',
  no: 'Met',
};

/** The impact as the edit form holds it: every field a string, numbers as typed. */
export type ImpactValues = { description: string } & Record<NumberField, string> & BusinessForm;

/** The form's values for a stored impact. */
export function impactValues(impact: Impact): ImpactValues {
  const numbers = Object.fromEntries(numberFields.map(([key]) => [key, shownNumber(key, impact[key])]));
  return {
    description: impact.description,
    ...(numbers as Record<NumberField, string>),
    ...businessForm(impact),
  };
}

/** The impact to store from the form's values. */
export function storedImpact(values: ImpactValues): Impact {
  const impact: Impact = {
    description: values.description,
    ...storedBusiness({ cost: values.cost, slaBreached: values.slaBreached, sla: values.sla }),
  };
  for (const [key] of numberFields) {
    const value = storedNumber(key, values[key]);
    if (value !== undefined) impact[key] = value;
  }
  return impact;
}

const impactLabels = {
  description: 'What users experienced',
  usersAffected: 'Users affected',
  failedRequests: 'Failed requests',
  errorBudgetBurn: 'Error budget spent (%)',
  cost: 'Cost to the business',
  slaBreached: 'SLA',
  sla: 'SLA note',
};

/** What the incident cost: a description plus the numbers executives ask for. */
export function ImpactSection() {
  const { bundle, editable } = useIncident();
  const { incident } = bundle;
  const session = useEditSession<ImpactValues>({
    draftKey: draftKey(incident.id, 'impact'),
    stored: { values: impactValues(incident.impact), version: incident.version },
    textFields: ['description'],
    write: (values, version) => patchIncident(incident.id, version, { impact: storedImpact(values) }),
    fromCurrent: fromIncident((record) => impactValues(record.impact)),
  });
  const values = session.values;
  const set = (change: Partial<ImpactValues>) => values && session.setValues({ ...values, ...change });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await session.submit();
  }

  return (
    <Section title="Impact" editable={editable} editing={session.editing} onEdit={session.start}>
      <DraftOffer session={session} what="Impact" />
      {values ? (
        <form className="stack" onSubmit={submit}>
          <EditNotices session={session} labels={impactLabels} />
          <label>
            What users experienced
            <textarea
              value={values.description}
              onChange={(e) => set({ description: e.target.value })}
              rows={4}
              // biome-ignore lint/a11y/noAutofocus: the Edit button just opened this form to write in it
              autoFocus
              onFocus={(e) => {
                // The caret after the text, where one goes on writing, not before it.
                const end = e.currentTarget.value.length;
                if (e.currentTarget.selectionStart === 0 && end > 0)
                  e.currentTarget.setSelectionRange(end, end);
              }}
            />
          </label>
          <div className="row">
            {numberFields.map(([key, label]) => (
              <label key={key}>
                {label}
                <input
                  type="number"
                  min={0}
                  // Refused at the field, in the unit it asks for: the server's limit is a fraction of 100.
                  max={percentFields.has(key) ? 10_000 : undefined}
                  step={key === 'errorBudgetBurn' ? 'any' : 1}
                  value={values[key]}
                  onChange={(e) => set({ [key]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <label>
            Cost to the business
            <input
              value={values.cost}
              onChange={(e) => set({ cost: e.target.value })}
              maxLength={limits.line}
              placeholder="about €42,000 in failed orders"
            />
          </label>
          <div className="row">
            <label>
              Service levels promised in contracts (SLA)
              <select
                value={values.slaBreached}
                onChange={(e) => set({ slaBreached: e.target.value as BusinessForm['slaBreached'] })}
              >
                {Object.entries(slaLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              SLA note
              <input
                value={values.sla}
                onChange={(e) => set({ sla: e.target.value })}
                maxLength={limits.line}
                placeholder="credits owed to 3 Enterprise customers"
              />
            </label>
          </div>
          <p className="muted">Cost and SLA appear in the executive report only, never in the public one.</p>
          <FormButtons onCancel={session.cancel} busy={session.overlap !== undefined} />
        </form>
      ) : (
        <>
          <MarkdownText text={incident.impact.description} empty="Not described yet." />
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
            <div>
              <dt>Cost to the business</dt>
              <dd>{incident.impact.cost || '—'}</dd>
            </div>
            <div>
              <dt>SLA</dt>
              <dd>
                {[slaLabels[businessForm(incident.impact).slaBreached], incident.impact.sla]
                  .filter(Boolean)
                  .join(': ')}
              </dd>
            </div>
          </dl>
        </>
      )}
    </Section>
  );
}
