import { type FormEvent, useState } from 'react';
import { type IncidentStatus, incidentStatuses } from '../../../src/domain/index.js';
import { FormButtons, Section } from '../components/section.js';
import { useIncident } from './incident-context.js';
import { IncidentFields, incidentFieldsInput, incidentFieldValues } from './incident-fields.js';
import { patchIncident } from './patch.js';

/** Title, severity, status, services and the restricted flag. */
export function DetailsSection() {
  const { bundle, editable, save } = useIncident();
  const { incident } = bundle;
  const [editing, setEditing] = useState(false);
  // The version the edit started from: a change saved meanwhile then gets a 409 instead of being overwritten.
  const [startVersion, setStartVersion] = useState(incident.version);
  const [fields, setFields] = useState(() => incidentFieldValues(incident));
  const [status, setStatus] = useState<IncidentStatus>(incident.status);

  function start() {
    setStartVersion(incident.version);
    setFields(incidentFieldValues(incident));
    setStatus(incident.status);
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await save(() =>
      patchIncident(incident.id, startVersion, { ...incidentFieldsInput(fields), status }),
    );
    if (ok) setEditing(false);
  }

  return (
    <Section title="Details" editable={editable} editing={editing} onEdit={start}>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          <IncidentFields values={fields} onChange={setFields}>
            <label>
              Status
              <select value={status} onChange={(e) => setStatus(e.target.value as IncidentStatus)}>
                {incidentStatuses.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
          </IncidentFields>
          <FormButtons onCancel={() => setEditing(false)} />
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
