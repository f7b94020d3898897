import type { ReactNode } from 'react';
import { type Incident, limits, type Severity, severities } from '../../../src/domain/index.js';
import { splitList } from '../lib/text.js';

/** What the incident form holds: services stay the text typed until the form is sent. */
export interface IncidentFieldValues {
  title: string;
  severity: Severity;
  services: string;
  restricted: boolean;
}

/** The form values of an existing incident, or of a new one when there is none. */
export function incidentFieldValues(incident?: Incident): IncidentFieldValues {
  if (!incident) return { title: '', severity: 'SEV2', services: '', restricted: false };
  const { title, severity, services, restricted } = incident;
  return { title, severity, services: services.join(', '), restricted };
}

/** The form values as the API takes them, with services split into a list. */
export function incidentFieldsInput(values: IncidentFieldValues) {
  return { ...values, services: splitList(values.services) };
}

/** Title, severity, services and the restricted flag for a new or edited incident; `children` sit beside severity. */
export function IncidentFields({
  values,
  onChange,
  children,
}: {
  values: IncidentFieldValues;
  onChange: (values: IncidentFieldValues) => void;
  children?: ReactNode;
}) {
  return (
    <>
      <label>
        Title
        <input
          value={values.title}
          onChange={(e) => onChange({ ...values, title: e.target.value })}
          required
          maxLength={limits.title}
        />
      </label>
      <div className="row">
        <label>
          Severity
          <select
            value={values.severity}
            onChange={(e) => onChange({ ...values, severity: e.target.value as Severity })}
          >
            {severities.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        {children}
      </div>
      <label>
        Affected services (comma-separated)
        <input value={values.services} onChange={(e) => onChange({ ...values, services: e.target.value })} />
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={values.restricted}
          onChange={(e) => onChange({ ...values, restricted: e.target.checked })}
        />
        Restricted: visible only to its participants and admins
      </label>
    </>
  );
}
