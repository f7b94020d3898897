/** JSON for responses; escaping `<` keeps a `<script>` in a title inert even if a response is mis-sniffed as HTML. */
export function serializeJson(payload: unknown): string {
  return JSON.stringify(payload).replace(/</g, '\\u003c');
}
