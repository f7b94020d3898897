/**
 * A copy of a string that does not keep its source alive. V8 may represent a substring as a view into the
 * string it was cut from; a line cut from a 1 MB chunk and kept in a long-lived map would keep the whole chunk
 * in memory. Concatenating forces a fresh copy.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}
