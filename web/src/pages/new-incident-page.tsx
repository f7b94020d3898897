import { type FormEvent, useState } from 'react';
import { type Incident, limits, type Severity, severities } from '../../../src/domain/index.js';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { FormError } from '../components/form-error.js';
import { incidentHref } from '../lib/route.js';
import { splitList } from '../lib/text.js';
import { navigate } from '../lib/use-route.js';

/** Opens a new post-mortem record: the few fields needed to start; everything else is edited on its page. */
export function NewIncidentPage() {
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity>('SEV2');
  const [services, setServices] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const incident = await api<Incident>('POST', '/api/incidents', {
        title,
        severity,
        services: splitList(services),
        restricted,
      });
      navigate(incidentHref(incident.id));
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  }

  return (
    <main className="narrow">
      <h1>New incident</h1>
      <form onSubmit={submit} className="stack">
        <label>
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={limits.title} />
        </label>
        <label>
          Severity
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {severities.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Affected services (comma-separated)
          <input value={services} onChange={(e) => setServices(e.target.value)} />
        </label>
        <label className="inline">
          <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
          Restricted: visible only to its participants and admins
        </label>
        <FormError message={error} />
        <button type="submit" disabled={busy}>
          Create incident
        </button>
      </form>
    </main>
  );
}
