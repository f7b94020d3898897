import { type Action, type IncidentDocument, isOpenAction, isOverdue, ownerName } from '../domain/index.js';
import * as script from './content/generated/script.js';
import { speakingDate } from './incident-facts.js';
import { nextCheck } from './next-check.js';
import { spokenDate, spokenInstant } from './spoken-time.js';
import { oneAsideAtEnd, type ScriptOptions, type Statement, speakable } from './statement.js';

/**
 * The follow-up review's closing statement: the actions done, the ones past their date (asking what got in the
 * way, never who), the ones still open (those started said to be under way), the dropped ones with their reason, then the next check (booked, or
 * suggested by severity from this follow-up's day) or, when every action is done or dropped, that this follow-up
 * closes the incident. The day it speaks from is the follow-up's own, or today when that is later.
 */
export function followUpClosingStatement(doc: IncidentDocument, options: ScriptOptions = {}): Statement {
  const missing: string[] = [];
  const date = speakingDate(doc, options.today, options.review);
  const say = (day: string) => spokenDate(day, date);
  const title = (action: Action) => speakable(action.title, 'action', options, missing);
  const late = doc.actions.filter((action) => date !== undefined && isOverdue(action, date));
  const done = doc.actions.filter((action) => action.status === 'done');
  const open = doc.actions.filter((action) => isOpenAction(action) && !late.includes(action));
  const dropped = doc.actions.filter((action) => action.status === 'dropped');
  const lines: string[] = [script.followUpClosingIntro];
  if (doc.actions.length === 0) lines.push(script.followUpClosingNoActions);
  else {
    if (done.length > 0)
      lines.push(
        script.followUpClosingDone,
        ...done.map((a) => script.followUpClosingDoneItem({ title: title(a) })),
      );
    else lines.push(script.followUpClosingNoneDone);
    if (late.length > 0) {
      lines.push(script.followUpClosingLate);
      for (const action of late) {
        const due = say(action.dueDate ?? '');
        const item = action.owner ? script.followUpClosingLateItem : script.followUpClosingLateOwnerlessItem;
        lines.push(item({ title: title(action), date: due }));
        if (!action.owner) missing.push(script.closingMissingOwner({ title: action.title }));
        missing.push(script.closingMissingOverdue({ title: action.title, date: due }));
      }
    }
    if (open.length > 0) {
      lines.push(script.followUpClosingOpen);
      for (const action of open) {
        const owner = ownerName(action.owner, doc.participants) || script.closingOwnerMissing;
        const due = action.dueDate
          ? action.status === 'in-progress'
            ? script.closingInProgress({ date: say(action.dueDate) })
            : script.closingDue({ date: say(action.dueDate) })
          : script.closingDueMissing;
        if (!action.owner) missing.push(script.closingMissingOwner({ title: action.title }));
        if (!action.dueDate) missing.push(script.closingMissingDueDate({ title: action.title }));
        lines.push(oneAsideAtEnd(script.followUpClosingOpenItem({ title: title(action), owner, due })));
      }
    }
    if (dropped.length > 0)
      lines.push(
        script.followUpClosingDropped,
        ...dropped.map((a) =>
          script.followUpClosingDroppedItem({ title: title(a), reason: a.droppedReason ?? '' }),
        ),
      );
    // Ask only of what was read back: "did the done ones work?" when some are done.
    const alignment =
      done.length > 0
        ? late.length > 0
          ? script.followUpClosingAlignment
          : open.length > 0
            ? script.followUpClosingAlignmentDoneOpen
            : script.followUpClosingAlignmentDoneOnly
        : late.length > 0
          ? script.followUpClosingAlignmentNoneDone
          : open.length > 0
            ? script.followUpClosingAlignmentNoneDoneOpen
            : undefined;
    if (alignment) lines.push(alignment);
  }
  lines.push(nextCheckLine(doc, options, date, missing), script.followUpClosingEnd);
  return { heading: script.closingHeading, text: lines.join('\n'), missing };
}

/** The next check as said at the follow-up's close (`nextCheck`), noting a date still to agree among what is missing. */
function nextCheckLine(
  doc: IncidentDocument,
  options: ScriptOptions,
  date: string | undefined,
  missing: string[],
): string {
  const next = nextCheck(doc, options.review, options.today, date);
  if (next.state === 'no-actions') return script.followUpClosingNoActionsClose;
  if (next.state === 'settled') return script.followUpClosingClosesIncident;
  if (next.state === 'booked')
    return script.followUpClosingNextBooked({ when: spokenInstant(next.at, date) });
  missing.push(script.followUpClosingMissingNextDate);
  return next.date
    ? script.followUpClosingNextSuggested({
        severity: doc.severity,
        after: next.after,
        date: script.closingSuggestedAround({ date: spokenDate(next.date, date) }),
      })
    : script.followUpClosingNextUndated({ severity: doc.severity, after: next.after });
}
