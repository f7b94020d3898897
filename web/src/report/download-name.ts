/**
 * The file name a Content-Disposition header gives: the exact RFC 8187 `filename*` (UTF-8) when there is one,
 * else the plain `filename`; `fallback` when the header names none or cannot be read.
 */
export function downloadName(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(header)?.[1];
  if (extended !== undefined) {
    try {
      return safeName(decodeURIComponent(extended), fallback);
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  return safeName(plain?.[1] ?? plain?.[2] ?? '', fallback);
}

/** A name without path separators or control characters, which no browser would keep; `fallback` if empty. */
function safeName(name: string, fallback: string): string {
  const cleaned = name.replace(/[/\\\p{Cc}]/gu, '_').trim();
  return cleaned === '' ? fallback : cleaned;
}
