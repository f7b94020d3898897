import { type FormEvent, useState } from 'react';
import { type Participant, participantRoles } from '../../../src/domain/index.js';
import { FormButtons, Section } from '../components/section.js';
import { useIncident } from './incident-context.js';
import { patchIncident } from './patch.js';

const emptyParticipant: Participant = { name: '', role: 'responder' };

/** The people who took part, with their roles; saved as one list with the incident's version. */
export function ParticipantsSection() {
  const { bundle, editable, save } = useIncident();
  const { incident } = bundle;
  const [editing, setEditing] = useState(false);
  // The version the edit started from: a change saved meanwhile then gets a 409 instead of being overwritten.
  const [startVersion, setStartVersion] = useState(incident.version);
  const [rows, setRows] = useState<Participant[]>([]);

  function start() {
    setStartVersion(incident.version);
    setRows(incident.participants.length > 0 ? incident.participants : [emptyParticipant]);
    setEditing(true);
  }

  function change(index: number, patch: Partial<Participant>) {
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const participants = rows
      .filter((row) => row.name.trim() !== '')
      .map(({ email, ...row }) => (email?.trim() ? { ...row, email: email.trim() } : row));
    if (await save(() => patchIncident(incident.id, startVersion, { participants }))) setEditing(false);
  }

  return (
    <Section title="Participants" editable={editable} editing={editing} onEdit={start}>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
            <fieldset key={index} className="row">
              <legend className="visually-hidden">Participant {index + 1}</legend>
              <label>
                Name
                <input value={row.name} onChange={(e) => change(index, { name: e.target.value })} />
              </label>
              <label>
                Role
                <select
                  value={row.role}
                  onChange={(e) => change(index, { role: e.target.value as Participant['role'] })}
                >
                  {participantRoles.map((role) => (
                    <option key={role}>{role}</option>
                  ))}
                </select>
              </label>
              <label>
                Email
                <input
                  type="email"
                  value={row.email ?? ''}
                  onChange={(e) => change(index, { email: e.target.value })}
                />
              </label>
              <button
                type="button"
                className="secondary"
                aria-label={`Remove participant ${index + 1}`}
                onClick={() => setRows(rows.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </fieldset>
          ))}
          <div className="row">
            <button type="button" className="secondary" onClick={() => setRows([...rows, emptyParticipant])}>
              Add participant
            </button>
          </div>
          <FormButtons onCancel={() => setEditing(false)} />
        </form>
      ) : incident.participants.length === 0 ? (
        <p className="muted">No participants yet.</p>
      ) : (
        <ul>
          {incident.participants.map((participant) => (
            <li key={`${participant.name}-${participant.role}`}>
              {participant.name} <span className="muted">({participant.role})</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
