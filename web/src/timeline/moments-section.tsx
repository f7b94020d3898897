import { type FormEvent, useState } from 'react';
import {
  type Moment,
  type MomentName,
  type Moments,
  momentNames,
  momentOrderProblems,
} from '../../../src/domain/index.js';
import { FormError } from '../components/form-error.js';
import { FormButtons, Section } from '../components/section.js';
import { useIncident } from '../incident/incident-context.js';
import { patchIncident } from '../incident/patch.js';
import { formatInstant, fromLocalInput, toLocalInput } from '../lib/text.js';

export const momentLabels: Record<MomentName, string> = {
  impactStart: 'Impact started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** The key moments (impact start → detected → acknowledged → mitigated → resolved), typed or corrected by hand. */
export function MomentsSection() {
  const { bundle, editable, save } = useIncident();
  const { incident } = bundle;
  const [editing, setEditing] = useState(false);
  const [times, setTimes] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();

  function start() {
    setTimes(Object.fromEntries(momentNames.map((name) => [name, toLocalInput(incident.moments[name]?.at)])));
    setProblem(undefined);
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const moments: Moments = {};
    for (const name of momentNames) {
      const at = fromLocalInput(times[name] ?? '');
      if (!at) continue;
      const previous = incident.moments[name];
      // Keep where an unchanged moment came from; a changed one was typed by hand.
      const moment: Moment = previous && previous.at === at ? previous : { at, reason: 'set by hand' };
      moments[name] = moment;
    }
    const [first] = momentOrderProblems(moments);
    if (first) {
      setProblem(first.message);
      return;
    }
    if (await save(() => patchIncident(incident, { moments }))) setEditing(false);
  }

  return (
    <Section title="Key moments" editable={editable} editing={editing} onEdit={start}>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          <div className="row">
            {momentNames.map((name) => (
              <label key={name}>
                {momentLabels[name]} (UTC)
                <input
                  type="datetime-local"
                  step={1}
                  value={times[name] ?? ''}
                  onChange={(e) => setTimes({ ...times, [name]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <FormError message={problem} />
          <FormButtons onCancel={() => setEditing(false)} />
        </form>
      ) : (
        <dl className="facts">
          {momentNames.map((name) => (
            <div key={name}>
              <dt>{momentLabels[name]}</dt>
              <dd>
                {incident.moments[name] ? formatInstant(incident.moments[name]?.at) : '—'}
                {incident.moments[name]?.reason && (
                  <span className="muted"> ({incident.moments[name]?.reason})</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}
