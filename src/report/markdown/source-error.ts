import { type DebriefError, invalidInput } from '../../domain/index.js';

/** Where a problem is: the file name (when known) and a 1-based line. */
export interface Place {
  file: string | undefined;
  line: number;
}

/** Builds an invalid_input error whose message starts with `file:line:` so editors can jump to it. */
export function errorAt(place: Place, message: string): DebriefError {
  const where = place.file === undefined ? `line ${place.line}` : `${place.file}:${place.line}`;
  return invalidInput(`${where}: ${message}`, { line: place.line });
}
