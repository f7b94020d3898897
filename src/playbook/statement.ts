import type { Review } from '../domain/index.js';
import * as script from './content/generated/script.js';

/** A statement for the facilitator to read out, and the facts it could not fill in. */
export interface Statement {
  heading: string;
  text: string;
  /** Facts the incident does not record yet, named so the facilitator can ask for them. */
  missing: string[];
  /** When to read it, when that is not obvious from where it stands (the mid-meeting reminder). */
  cue?: string;
}

/**
 * The blame check of a sentence the script would read aloud: undefined when it is read as written; `said` when
 * only its shorthand is said in words (nothing blameful, nothing to fix); else the analyzer's rewrite of blameful
 * wording, or the problem when it has none. The playbook cannot import the language analyzer (dependency rule),
 * so the caller passes it in (the CLI's `spokenCheck`).
 */
export type SpokenCheck = (
  text: string,
) => { said: string } | { rewrite: string } | { problem: string } | undefined;

/** What the script needs besides the incident: the day it is read, and the blame check of what it reads. */
export interface ScriptOptions {
  /** Without it, factors, actions and the title are read as written. */
  check?: SpokenCheck;
  /** The meeting's length when the facilitator plans one of their own (`--minutes`); else the booked length. */
  minutes?: number;
  /**
   * Now, as an ISO instant (or a date): it picks the meeting (the next review, not a past one) and stands in for
   * the meeting's date when no review is scheduled (the core reads no clock).
   */
  today?: string;
  /**
   * The meeting being held, when the caller knows it (the web's room, `playbook script --review`): a follow-up
   * gets its own opening and closing, counted from its own day when `scheduledAt` is given.
   */
  review?:
    | (Pick<Review, 'kind' | 'durationMinutes'> & Partial<Pick<Review, 'id' | 'scheduledAt' | 'decisions'>>)
    | undefined;
}

export type Spoken = 'title' | 'factor' | 'action' | 'decision';

/**
 * The words the room hears for a title, factor or action: as written, with its shorthand said in words, the
 * check's rewrite, or a note that it needs rewording first. Only blame (a rewrite or a problem) adds a blameless
 * wording to what is missing; shorthand said in words needs nothing fixed.
 */
export function speakable(text: string, what: Spoken, options: ScriptOptions, missing: string[]): string {
  const verdict = options.check?.(text);
  if (!verdict) return text;
  if ('said' in verdict) return verdict.said;
  missing.push(script.closingMissingReword({ title: text }));
  if ('rewrite' in verdict)
    return /[.!?]$/.test(text) ? verdict.rewrite : verdict.rewrite.replace(/[.]$/, '');
  const kind = {
    title: script.closingRewordWhatTitle,
    factor: script.closingRewordWhatFactor,
    action: script.closingRewordWhatAction,
    decision: script.closingRewordWhatDecision,
  }[what];
  return script.closingNeedsRewording({ what: kind, problem: verdict.problem });
}

/**
 * A line read aloud with two asides in a row ("Alert on OOM kills (a metric's name) (Kwame, already done)") says the
 * second after a dash: "… (a metric's name) — Kwame, already done" (trial 24).
 */
export function oneAsideAtEnd(line: string): string {
  return line.replace(/\) \(([^()]*)\)$/, ') — $1');
}
