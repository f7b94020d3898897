/**
 * Sends what a one-line field holds and empties the field at once, so the next entry can be typed while this one
 * is on its way (emptying it after the answer wiped whatever had been typed meanwhile). When the send fails, the
 * text comes back unless something new has been typed; then the new text stays and the error says what failed.
 */
export async function sendAndClear(
  text: string,
  setText: (update: (current: string) => string) => void,
  send: (text: string) => Promise<unknown>,
): Promise<boolean> {
  setText(() => '');
  const sent = Boolean(await send(text));
  if (!sent) setText((current) => (current === '' ? text : current));
  return sent;
}
