import { type FormEvent, useState } from 'react';
import {
  type IncidentStatus,
  incidentStatuses,
  limits,
  type Severity,
  severities,
} from '../../../src/domain/index.js';
import { FormButtons, Section } from '../components/section.js';
import { splitList } from '../lib/text.js';
import { useIncident } from './incident-context.js';
import { patchIncident } from './patch.js';

/** Title, severity, status, services and the restricted flag. */
export function DetailsSection() {
  const { bundle, editable, save } = useIncident();
  const { incident } = bundle;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(incident.title);
  const [severity, setSeverity] = useState<Severity>(incident.severity);
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [services, setServices] = useState(incident.services.join(', '));
  const [restricted, setRestricted] = useState(incident.restricted);

  function start() {
    setTitle(incident.title);
    setSeverity(incident.severity);
    setStatus(incident.status);
    setServices(incident.services.join(', '));
    setRestricted(incident.restricted);
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await save(() =>
      patchIncident(incident, { title, severity, status, services: splitList(services), restricted }),
    );
    if (ok) setEditing(false);
  }

  return (
    <Section title="Details" editable={editable} editing={editing} onEdit={start}>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          <label>
            Title
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              maxLength={limits.title}
            />
          </label>
          <div className="row">
            <label>
              Severity
              <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
                {severities.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
            <label>
              Status
              <select value={status} onChange={(e) => setStatus(e.target.value as IncidentStatus)}>
                {incidentStatuses.map((value) => (
                  <option key={value}>{value}</option>
                ))}
              </select>
            </label>
          </div>
          <label>
            Affected services (comma-separated)
            <input value={services} onChange={(e) => setServices(e.target.value)} />
          </label>
          <label className="inline">
            <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
            Restricted
          </label>
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
