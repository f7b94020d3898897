import type { FormEvent } from 'react';
import {
  type Incident,
  type IncidentStatus,
  incidentStatuses,
  type Severity,
} from '../../../src/domain/index.js';
import { DraftOffer, EditNotices } from '../components/edit-notices.js';
import { FormButtons, Section } from '../components/section.js';
import { draftKey } from '../lib/draft-store.js';
import { useIncident } from './incident-context.js';
import { IncidentFields, incidentFieldsInput, incidentFieldValues } from './incident-fields.js';
import { fromIncident, patchIncident } from './patch.js';
import { useEditSession } from './use-edit-session.js';

/** The details as the form holds them (services as typed). A type, not an interface: form values are indexed. */
type DetailsValues = {
  title: string;
  severity: Severity;
  services: string;
  restricted: boolean;
  status: IncidentStatus;
};

function detailsValues(incident: Incident): DetailsValues {
  return { ...incidentFieldValues(incident), status: incident.status };
}

const labels = {
  title: 'Title',
  severity: 'Severity',
  services: 'Services',
  restricted: 'Restricted',
  status: 'Status',
};

/** Title, severity, status, services and the restricted flag. */
export function DetailsSection() {
  const { bundle, editable } = useIncident();
  const { incident } = bundle;
  const session = useEditSession<DetailsValues>({
    draftKey: draftKey(incident.id, 'details'),
    stored: { values: detailsValues(incident), version: incident.version },
    // A title merges word by word; severity, status, services and the flag are taken whole.
    textFields: ['title'],
    write: (values, version) => patchIncident(incident.id, version, incidentFieldsInput(values)),
    fromCurrent: fromIncident(detailsValues),
  });
  const values = session.values;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await session.submit();
  }

  return (
    <Section title="Details" editable={editable} editing={session.editing} onEdit={session.start}>
      <DraftOffer session={session} what="Details" />
      {values ? (
        <form className="stack" onSubmit={submit}>
          <EditNotices session={session} labels={labels} />
          <IncidentFields values={values} onChange={(fields) => session.setValues({ ...values, ...fields })}>
            <label>
              Status
              <select
                value={values.status}
                onChange={(e) => session.setValues({ ...values, status: e.target.value as IncidentStatus })}
              >
                {incidentStatuses.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
          </IncidentFields>
          <FormButtons onCancel={session.cancel} busy={session.overlap !== undefined} />
        </form>
      ) : (
        <dl className="facts">
          <dt>Severity</dt>
          <dd>{incident.severity}</dd>
          <dt>Status</dt>
          <dd>{incident.status}</dd>
          <dt>Services</dt>
          <dd>{incident.services.join(', ') || '—'}</dd>
          <dt>Visibility</dt>
          <dd>{incident.restricted ? 'restricted to participants' : 'everyone signed in'}</dd>
          <dt>Version</dt>
          <dd>{incident.version}</dd>
        </dl>
      )}
    </Section>
  );
}
