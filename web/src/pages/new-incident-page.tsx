import { type FormEvent, useState } from 'react';
import type { Incident } from '../../../src/domain/index.js';
import { describeError } from '../api/api-error.js';
import { api } from '../api/client.js';
import { FormError } from '../components/form-error.js';
import { IncidentFields, incidentFieldsInput, incidentFieldValues } from '../incident/incident-fields.js';
import { incidentHref } from '../lib/route.js';
import { navigate } from '../lib/use-route.js';

/** Opens a new post-mortem record: the few fields needed to start; everything else is edited on its page. */
export function NewIncidentPage() {
  const [fields, setFields] = useState(() => incidentFieldValues());
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const incident = await api<Incident>('POST', '/api/incidents', incidentFieldsInput(fields));
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
        <IncidentFields values={fields} onChange={setFields} />
        <FormError message={error} />
        <button type="submit" disabled={busy}>
          Create incident
        </button>
      </form>
    </main>
  );
}
