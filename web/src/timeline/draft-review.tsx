import { useState } from 'react';
import type { MomentName } from '../../../src/domain/index.js';
import { api } from '../api/client.js';
import type { BulkEventsResult, EvidenceDraft } from '../api/types.js';
import { CodeSpans } from '../components/code-spans.js';
import { useIncident } from '../incident/incident-context.js';
import { formatInstant } from '../lib/text.js';
import {
  acceptedMoments,
  bulkSavedMessage,
  proposedMoments,
  restingDraftEvent,
  unfootedMoments,
} from './draft-moments.js';
import { judgeProposals } from './proposal-verdicts.js';
import { TimelineChart } from './timeline-chart.js';

// A big import drafts thousands of events; the first few hundred render at once, the rest on request.
const firstShown = 300;

/** The events and moments drafted from evidence, each with a checkbox; only the accepted ones are saved. */
export function DraftReview({ draft, onDone }: { draft: EvidenceDraft; onDone: () => void }) {
  const { bundle, save } = useIncident();
  // Judged once, against the incident as it was when the draft arrived: the boxes do not move under the person.
  const [moments] = useState(() =>
    judgeProposals(proposedMoments(draft.moments), bundle.incident.moments, bundle.timeline, draft.events),
  );
  const stored = new Set(draft.alreadyStored);
  // A line already stored from a file of the same name (most often the same log attached by the CLI): the file
  // it came from, said beside the event.
  const sameLine = new Map(draft.sameLine.map((match) => [match.event, match]));
  const fresh = draft.events.flatMap((_, index) => (stored.has(index) || sameLine.has(index) ? [] : [index]));
  // Events the incident already holds start unticked (accepting them would add nothing), and so do lines it holds
  // from a file of the same name: ticked, they would be there twice if it is the same log.
  const [events, setEvents] = useState(() => new Set(fresh));
  // Ticked at first: only the moments the incident lacks and the timeline does not found better.
  const [chosenMoments, setChosenMoments] = useState(
    () => new Set<MomentName>(moments.filter((m) => m.ticked).map((m) => m.name)),
  );
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(firstShown);

  function toggle<T>(set: Set<T>, value: T): Set<T> {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  }

  /** Ticks the drafted events; a chosen moment whose event is no longer ticked (nor stored) is unticked with it. */
  function tickEvents(next: Set<number>) {
    setEvents(next);
    const unfooted = unfootedMoments(moments, chosenMoments, draft.events, next, stored);
    if (unfooted.size > 0)
      setChosenMoments(new Set([...chosenMoments].filter((name) => !unfooted.has(name))));
  }

  /** Ticks or unticks a moment; ticking one ticks the drafted event it rests on as well. */
  function tickMoment(moment: (typeof moments)[number]) {
    const next = toggle(chosenMoments, moment.name);
    setChosenMoments(next);
    const index = restingDraftEvent(moment, draft.events);
    if (next.has(moment.name) && index !== undefined && !events.has(index) && !stored.has(index))
      setEvents(new Set(events).add(index));
  }

  /** Said under a moment whose event is unticked: why it went unticked, and what ticking it does. */
  function restsOnUnticked(moment: (typeof moments)[number]): boolean {
    const index = restingDraftEvent(moment, draft.events);
    return index !== undefined && !events.has(index) && !stored.has(index);
  }

  async function accept() {
    setBusy(true);
    const body = {
      events: draft.events.filter((_, index) => events.has(index)),
      ...(chosenMoments.size > 0 ? { moments: acceptedMoments(moments, chosenMoments) } : {}),
    };
    const path = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/events/bulk`;
    const ok = await save(() => api<BulkEventsResult>('POST', path, body), bulkSavedMessage);
    setBusy(false);
    if (ok) onDone();
  }

  const stats = draft.stats;
  return (
    <section className="draft" aria-label="Draft timeline">
      <h3>Draft timeline</h3>
      <p className="muted">
        {stats.lines} lines read, {draft.events.length} event{draft.events.length === 1 ? '' : 's'} drafted
        {stored.size > 0 ? ` (${stored.size} already in the timeline)` : ''}
        {sameLine.size > 0
          ? `, ${sameLine.size} repeating lines the timeline holds from a file of the same name (left unticked)`
          : ''}
        , {draft.signatures.length} log signatures,
        {` ${stats.unparsed}`} lines not understood. Nothing is saved until you accept.
      </p>
      {draft.unreadable.length > 0 && (
        <div role="alert" className="gate">
          <p>Some files could not be read at all; the draft holds only the others:</p>
          <ul>
            {draft.unreadable.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <TimelineChart
        events={draft.events.filter((_, index) => events.has(index))}
        moments={Object.fromEntries(
          moments.filter((m) => chosenMoments.has(m.name)).map((m) => [m.name, { at: m.at }]),
        )}
      />
      {moments.length > 0 && (
        <fieldset>
          <legend>Proposed key moments</legend>
          {moments.map((moment) => (
            <div key={moment.name} className="proposal">
              <label className="inline">
                <input
                  type="checkbox"
                  checked={chosenMoments.has(moment.name)}
                  onChange={() => tickMoment(moment)}
                />
                {moment.name}: {formatInstant(moment.at)}
                {moment.reason && (
                  <span className="muted">
                    {' '}
                    (<CodeSpans text={moment.reason} />)
                  </span>
                )}
              </label>
              <p className="muted">
                <CodeSpans
                  text={
                    moment.current
                      ? `Now: ${formatInstant(moment.current.at)}${moment.current.reason ? ` (${moment.current.reason})` : ''}${moment.verdict === 'same' ? ', the same time.' : '.'}`
                      : 'Now: not set.'
                  }
                />
                {moment.note ? <CodeSpans text={` ${moment.note}`} /> : ''}
                {restsOnUnticked(moment)
                  ? ' The event it rests on is not ticked: ticking this moment ticks that event too.'
                  : ''}
              </p>
            </div>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>Drafted events</legend>
        <div className="row">
          <button type="button" className="secondary" onClick={() => tickEvents(new Set(fresh))}>
            Select all new
          </button>
          <button type="button" className="secondary" onClick={() => tickEvents(new Set())}>
            Select none
          </button>
        </div>
        <ol className="events draft-events">
          {draft.events.slice(0, shown).map((event, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: drafted events have no id until saved
            <li key={index} className={`sev-${event.severity}`}>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={events.has(index)}
                  onChange={() => tickEvents(toggle(events, index))}
                />
                <time>{formatInstant(event.at)}</time> <span className="badge">{event.kind}</span>{' '}
                <CodeSpans text={event.summary} />
                {event.count > 1 && <span className="muted"> ×{event.count}</span>}
                {stored.has(index) && <span className="muted"> (already in the timeline)</span>}
                {sameLine.has(index) && (
                  <span className="muted">
                    {' '}
                    (this line is in the timeline already, from {sameLine.get(index)?.file}
                    {sameLine.get(index)?.at
                      ? `, at ${formatInstant(sameLine.get(index)?.at ?? null)} (read then in another zone?)`
                      : ''}
                    : tick it only if this is another file)
                  </span>
                )}
              </label>
            </li>
          ))}
        </ol>
        {draft.events.length > shown && (
          <button type="button" className="secondary" onClick={() => setShown(draft.events.length)}>
            Show all {draft.events.length} drafted events
          </button>
        )}
      </fieldset>
      <div className="row">
        <button
          type="button"
          onClick={accept}
          disabled={busy || (events.size === 0 && chosenMoments.size === 0)}
        >
          Accept {events.size} event{events.size === 1 ? '' : 's'}
          {chosenMoments.size > 0
            ? ` and ${chosenMoments.size} moment${chosenMoments.size === 1 ? '' : 's'}`
            : ''}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Discard draft
        </button>
      </div>
    </section>
  );
}
