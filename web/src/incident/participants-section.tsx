import { type FormEvent, useState } from 'react';
import { type Incident, type Participant, participantRoles } from '../../../src/domain/index.js';
import { isConflict } from '../api/api-error.js';
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
  const [theirs, setTheirs] = useState<Participant[]>();

  function start() {
    setStartVersion(incident.version);
    setTheirs(undefined);
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
    const ok = await save(async () => {
      try {
        return await patchIncident(incident.id, startVersion, { participants });
      } catch (caught) {
        // Asked, not merged: the list others saved is shown, and saving again keeps this one on purpose.
        const current = isConflict(caught) ? (caught.current as Incident | undefined) : undefined;
        if (!current || typeof current.version !== 'number') throw caught;
        setStartVersion(current.version);
        setTheirs(current.participants);
        throw new Error(
          'Someone else changed the incident while you were editing the participants. Save again to keep your list, or Cancel to take theirs.',
        );
      }
    });
    if (ok) {
      setTheirs(undefined);
      setEditing(false);
    }
  }

  return (
    <Section title="Participants" editable={editable} editing={editing} onEdit={start}>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          {theirs && (
            <div className="edit-notice conflict" role="alert" aria-label="Participants saved meanwhile">
              <p>
                Saved meanwhile:{' '}
                {theirs.map((person) => `${person.name} (${person.role})`).join(', ') || 'nobody'}.
              </p>
            </div>
          )}
          {incident.restricted && (
            <p className="muted" id="participants-access">
              This incident is restricted: a participant whose name is a debrief username can see it.
            </p>
          )}
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
