import { type FormEvent, useState } from 'react';
import {
  type Moment,
  type MomentName,
  type Moments,
  momentNames,
  momentOrderProblems,
} from '../../../src/domain/index.js';
import { CodeSpans } from '../components/code-spans.js';
import { DraftOffer, EditNotices } from '../components/edit-notices.js';
import { FormError } from '../components/form-error.js';
import { FormButtons, Section } from '../components/section.js';
import { useIncident } from '../incident/incident-context.js';
import { fromIncident, patchIncident } from '../incident/patch.js';
import { useEditSession } from '../incident/use-edit-session.js';
import { draftKey } from '../lib/draft-store.js';
import { formatInstant, fromLocalInput, toLocalInput } from '../lib/text.js';

export const momentLabels: Record<MomentName, string> = {
  impactStart: 'Impact started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** The moments as the form holds them: a local date-time string per moment, blank when unset. */
function momentValues(moments: Moments): Record<string, string> {
  return Object.fromEntries(momentNames.map((name) => [name, toLocalInput(moments[name]?.at)]));
}

/**
 * The moments to store; an unchanged moment keeps where it came from (its evidence link, its reason and the
 * milliseconds the form does not show), a changed one was set by hand. Unchanged means the form shows what it was
 * given: the input holds whole seconds, so 14:03:10.803 shown as 14:03:10 and saved is still 14:03:10.803.
 */
export function storedMoments(times: Record<string, string>, previous: Moments): Moments {
  const moments: Moments = {};
  for (const name of momentNames) {
    const shown = times[name] ?? '';
    const at = fromLocalInput(shown);
    if (!at) continue;
    const before = previous[name];
    const moment: Moment =
      before && toLocalInput(before.at) === shown ? before : { at, reason: 'set by hand' };
    moments[name] = moment;
  }
  return moments;
}

/** The key moments (impact start → detected → acknowledged → mitigated → resolved), typed or corrected by hand. */
export function MomentsSection() {
  const { bundle, editable } = useIncident();
  const { incident } = bundle;
  const [problem, setProblem] = useState<string>();
  const session = useEditSession<Record<string, string>>({
    draftKey: draftKey(incident.id, 'moments'),
    stored: { values: momentValues(incident.moments), version: incident.version },
    textFields: [],
    write: (values, version) =>
      patchIncident(incident.id, version, { moments: storedMoments(values, incident.moments) }),
    fromCurrent: fromIncident((record) => momentValues(record.moments)),
  });
  const times = session.values;

  function start() {
    setProblem(undefined);
    session.start();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!times) return;
    const [first] = momentOrderProblems(storedMoments(times, incident.moments));
    setProblem(first?.message);
    if (!first) await session.submit();
  }

  return (
    <Section title="Key moments" editable={editable} editing={session.editing} onEdit={start}>
      <DraftOffer session={session} what="Key moments" />
      {times ? (
        <form className="stack" onSubmit={submit}>
          <EditNotices session={session} labels={momentLabels} />
          <div className="row">
            {momentNames.map((name) => (
              <label key={name}>
                {momentLabels[name]} (UTC)
                <input
                  type="datetime-local"
                  step={1}
                  value={times[name] ?? ''}
                  onChange={(e) => session.setValues({ ...times, [name]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <FormError message={problem} />
          <FormButtons onCancel={session.cancel} busy={session.overlap !== undefined} />
        </form>
      ) : (
        <dl className="facts">
          {momentNames.map((name) => (
            <div key={name}>
              <dt>{momentLabels[name]}</dt>
              <dd>
                {incident.moments[name] ? formatInstant(incident.moments[name]?.at) : '—'}
                {incident.moments[name]?.reason && (
                  <span className="muted">
                    {' '}
                    (<CodeSpans text={incident.moments[name]?.reason ?? ''} />)
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}
