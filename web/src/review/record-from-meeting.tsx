import { type FormEvent, useEffect, useState } from 'react';
import {
  type FactorCategory,
  factorCategories,
  factorCategoryLabels,
  limits,
} from '../../../src/domain/index.js';
import { useOwnerChoices } from '../actions/use-owner-choices.js';
import { api } from '../api/client.js';
import type { Finding, StoredReview } from '../api/types.js';
import { LengthLimit, overLimit } from '../components/length-limit.js';
import { analyzeText, ruleFindings } from '../editor/analyze-text.js';
import { useIncident } from '../incident/incident-context.js';
import { addDecision, notesTextEvent } from './live-notes.js';
import { noteLines } from './note-lines.js';

/** The window event that puts a text (a card's) into the recorder: `detail` is the text. */
export const recordTextEvent = 'debrief:record-text';

type Kind = 'decision' | 'factor' | 'action';
const kindLabels: Record<Kind, string> = {
  decision: 'Decision',
  factor: 'Contributing factor',
  action: 'Action item',
};

/**
 * Turns a line of the meeting's notes (or any text typed here) into a decision, a contributing factor or an action
 * with its owner and due date, in one step, landing in the incident at once (everyone's page updates live). The
 * text is checked for blame first, as every editor checks it: a blameful wording is shown with the question to ask
 * instead, and is not saved until it is reworded.
 */
export function RecordFromMeeting({ review }: { review: StoredReview }) {
  const { bundle, editable, save } = useIncident();
  const [kind, setKind] = useState<Kind>('action');
  const [text, setText] = useState('');
  const [category, setCategory] = useState<FactorCategory>('monitoring-alerting');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => {
    const take = (event: Event) => {
      setText(String((event as CustomEvent<string>).detail ?? ''));
      document.getElementById('record-text')?.focus();
    };
    window.addEventListener(recordTextEvent, take);
    return () => window.removeEventListener(recordTextEvent, take);
  }, []);
  // The notes as they are being typed, not only as the incident was last read.
  const [notes, setNotes] = useState(review.notes);
  useEffect(() => {
    const take = (event: Event) => {
      const detail = (event as CustomEvent<{ reviewId: string; text: string }>).detail;
      if (detail.reviewId === review.id) setNotes(detail.text);
    };
    window.addEventListener(notesTextEvent, take);
    return () => window.removeEventListener(notesTextEvent, take);
  }, [review.id]);
  const owners = useOwnerChoices(bundle);
  if (!editable) return null;
  const people = bundle.incident.participants.map((participant) => participant.name);
  const lines = noteLines(notes, [...people, ...owners]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (overLimit(text, limits.line)) return;
    const found = ruleFindings(await analyzeText(text, people));
    setFindings(found);
    if (found.length > 0) return;
    const incidentPath = `/api/incidents/${encodeURIComponent(bundle.incident.id)}`;
    const done = await save(async () => {
      if (kind === 'decision') {
        // Appended by the server whatever the review's version, so two people recording at once both keep theirs.
        const decision = addDecision([], text)[0] ?? '';
        return api('POST', `${incidentPath}/reviews/${encodeURIComponent(review.id)}/decisions`, {
          text: decision,
        });
      }
      if (kind === 'factor') {
        return api('POST', `${incidentPath}/factors`, { title: text.trim(), category });
      }
      return api('POST', `${incidentPath}/actions`, {
        title: text.trim(),
        owner: owner.trim(),
        ...(dueDate ? { dueDate } : {}),
      });
    }, `${kindLabels[kind]} added: ${text.trim()}`);
    if (done) {
      setText('');
      setOwner('');
      setDueDate('');
    }
  }

  return (
    <section className="card" aria-labelledby="record-title">
      <h2 id="record-title">Record from the meeting</h2>
      <p className="muted">
        Turn a note or a point made in the room into a decision, a contributing factor or an action, in one
        step.
      </p>
      <form onSubmit={submit} className="stack">
        {lines.length > 0 && (
          <label>
            From the notes
            <select value="" onChange={(e) => e.target.value && setText(e.target.value)}>
              <option value="">Choose a line…</option>
              {lines.map((line) => (
                <option key={line} value={line}>
                  {line}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="row">
          <legend>Record it as</legend>
          {(Object.keys(kindLabels) as Kind[]).map((value) => (
            <label key={value} className="inline">
              <input
                type="radio"
                name="record-kind"
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              {kindLabels[value]}
            </label>
          ))}
        </fieldset>
        <label>
          Text
          <input id="record-text" value={text} onChange={(e) => setText(e.target.value)} required />
          <LengthLimit text={text} limit={limits.line} />
        </label>
        {kind === 'factor' && (
          <label>
            Category
            <select value={category} onChange={(e) => setCategory(e.target.value as FactorCategory)}>
              {factorCategories.map((value) => (
                <option key={value} value={value}>
                  {factorCategoryLabels[value]}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'action' && (
          <div className="row">
            <label className="grow">
              Owner
              <input value={owner} onChange={(e) => setOwner(e.target.value)} list="record-owners" />
              <datalist id="record-owners">
                {owners.map((person) => (
                  <option key={person} value={person} />
                ))}
              </datalist>
            </label>
            <label>
              Due date
              <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
            </label>
          </div>
        )}
        {findings.length > 0 && (
          <div className="blame-warnings" role="alert">
            <p>
              <strong>Reword before saving:</strong> this wording points at a person rather than the system.
            </p>
            <ul>
              {findings.map((finding) => (
                <li key={`${finding.line}:${finding.column}:${finding.ruleId}`}>
                  “{finding.text}”: {finding.message} Ask instead: {finding.question}
                </li>
              ))}
            </ul>
          </div>
        )}
        <button type="submit">Add {kindLabels[kind].toLowerCase()}</button>
      </form>
    </section>
  );
}
