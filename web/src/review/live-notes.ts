import type { Finding } from '../api/types.js';

/** A blame warning to show beside the live notes: what was flagged and what to ask instead. */
export interface NoteWarning {
  key: string;
  line: number;
  text: string;
  message: string;
  question: string;
}

/**
 * The warnings to show while notes are typed: the latest flagged sentences first (the one just typed is what the
 * room is discussing), one per place, at most `limit`; `more` counts the rest.
 */
export function noteWarnings(
  findings: readonly Finding[],
  limit = 3,
): { shown: NoteWarning[]; more: number } {
  const seen = new Set<string>();
  const warnings: NoteWarning[] = [];
  const latestFirst = [...findings].sort((a, b) => b.line - a.line || b.column - a.column);
  for (const finding of latestFirst) {
    const key = `${finding.line}:${finding.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    warnings.push({
      key,
      line: finding.line,
      text: finding.text,
      message: finding.message,
      question: finding.question,
    });
  }
  return { shown: warnings.slice(0, limit), more: Math.max(0, warnings.length - limit) };
}

/** `[14:02] `: the local time a note line starts with. */
export function timeStamp(date: Date): string {
  return `[${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}] `;
}

/** The notes with a new time-stamped line started at the end. */
export function withNewNoteLine(notes: string, date: Date): string {
  const separator = notes === '' || notes.endsWith('\n') ? '' : '\n';
  return `${notes}${separator}${timeStamp(date)}`;
}

/** Adds a decision line unless it is blank or already recorded (compared without case or outer spaces). */
export function addDecision(decisions: readonly string[], line: string): string[] {
  const trimmed = line.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return [...decisions];
  const exists = decisions.some((decision) => decision.trim().toLowerCase() === trimmed.toLowerCase());
  return exists ? [...decisions] : [...decisions, trimmed];
}

/** The window event the live notes' text is announced with as it changes (`detail`: `{ reviewId, text }`). */
export const notesTextEvent = 'debrief:notes-text';
