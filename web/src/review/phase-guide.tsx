import { type ReactNode, useMemo, useState } from 'react';
// Imported by file rather than from the playbook's index, which would bring the glossary into this chunk.

import type { MeetingSummary, Review } from '../../../src/domain/index.js';
import { incidentAgenda } from '../../../src/playbook/agenda.js';
import { questionsFor } from '../../../src/playbook/questions.js';
import type { AgendaPhase } from '../../../src/playbook/schema.js';
import { closingStatement, openingStatement, reminderStatement } from '../../../src/playbook/script.js';
import { spokenCheck } from '../../../src/report/spoken-check.js';
import { useIncident } from '../incident/incident-context.js';
import { incidentDocument } from './incident-document.js';

/** A statement to read out, with the facts the incident does not record yet. */
function Script({ heading, text, missing }: { heading: string; text: string; missing: string[] }) {
  return (
    <section className="script" aria-label={heading}>
      <h4>{heading}</h4>
      <div className="prose">{text}</div>
      {missing.length > 0 && (
        <div className="missing">
          <p>
            <strong>Not recorded yet</strong> (ask the room, or fill it in on the incident):
          </p>
          <ul>
            {missing.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** What this meeting recorded, to read back before closing: decisions, factors, and actions with owners. */
function Gathered({ summary }: { summary: MeetingSummary }) {
  const empty = summary.decisions.length + summary.factors.length + summary.actions.length === 0;
  return (
    <section className="script" aria-label="Gathered in this meeting">
      <h4>Gathered in this meeting</h4>
      {empty ? (
        <p className="muted">
          Nothing recorded since the meeting started: no decision, factor or action yet.
        </p>
      ) : (
        <ul>
          {summary.decisions.map((decision) => (
            <li key={`d-${decision}`}>Decided: {decision}</li>
          ))}
          {summary.factors.map((factor) => (
            <li key={factor.id}>Contributing factor: {factor.title}</li>
          ))}
          {summary.actions.map((action) => (
            <li key={action.id}>
              Action: {action.title} — {action.owner || 'owner needed'}
              {action.dueDate ? `, due ${action.dueDate}` : ', date needed'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A heading and its lines (what to ask about this incident, the questions that fit the phase). */
function Lines({
  id,
  heading,
  lines,
  children,
}: {
  id: string;
  heading: string;
  lines: readonly string[];
  children?: ReactNode;
}) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h4 id={id}>{heading}</h4>
      <ul className="questions">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/**
 * What the facilitator needs in a phase: the opening statement, the mid-meeting reminder (at the factors) or the
 * closing statement, what to ask about this incident, and the phase's probing questions. The page re-renders with
 * the meeting's clock every second; what it reads out is worked out again only when the incident, the meeting,
 * the phase or the minute changes.
 */
export function PhaseGuide({
  phase,
  gathered,
  review,
}: {
  phase: AgendaPhase | undefined;
  /** The meeting being run: its length, its day, and a follow-up's own opening and agenda. */
  review?: Review | undefined;
  /** At the close: what this meeting recorded (since it started), read back with owners. */
  gathered?: MeetingSummary | undefined;
}) {
  const { bundle } = useIncident();
  const [showAll, setShowAll] = useState(false);
  // Today stands in for the meeting's date when no review is scheduled, so overdue actions are named as such.
  const minute = new Date().toISOString().slice(0, 16);
  const guide = useMemo(() => {
    if (!phase) return undefined;
    const today = `${minute}:00.000Z`;
    const doc = incidentDocument(bundle);
    // What to ask about this incident in this phase, and the questions that fit its time box: the agenda
    // `debrief playbook agenda` prints for the same meeting (one function, `incidentAgenda`).
    const item = incidentAgenda(doc, { today, ...(review ? { review } : {}) }).items.find(
      (entry) => entry.phase === phase,
    );
    // The opening and closing read titles, factors and actions aloud: each goes through the blame check first, as
    // in the CLI.
    const people = bundle.incident.participants.map((participant) => participant.name);
    const spoken = { today, check: spokenCheck(people), review };
    const statement =
      phase === 'ground-rules'
        ? openingStatement(doc, spoken)
        : phase === 'factors'
          ? reminderStatement()
          : phase === 'close'
            ? closingStatement(doc, spoken)
            : undefined;
    return {
      focus: item?.focus ?? [],
      fitted: item?.questions ?? [],
      more: item?.moreQuestions ?? 0,
      statement,
    };
  }, [bundle, review, phase, minute]);
  if (!phase || !guide)
    return <p className="muted">This item is not a playbook phase, so there are no prepared questions.</p>;
  const { focus, fitted, more, statement } = guide;
  const questions = showAll ? questionsFor({ phase }).map((question) => question.text) : fitted;
  return (
    <>
      {statement && <Script {...statement} />}
      {phase === 'close' && gathered && <Gathered summary={gathered} />}
      <Lines id="focus-title" heading="About this incident" lines={focus} />
      <Lines id="questions-title" heading="Questions to ask" lines={questions}>
        {more > 0 && (
          <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
            {showAll
              ? 'Show the questions that fit this phase'
              : `Show all ${fitted.length + more} questions`}
          </button>
        )}
      </Lines>
    </>
  );
}
