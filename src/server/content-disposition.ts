/**
 * A Content-Disposition header for a file name in any script: an ASCII `filename` for old clients (other
 * characters as `_`, quotes and backslashes dropped) and the exact name as RFC 8187 `filename*`. A header holding
 * a character outside Latin-1 is refused by Node, which made report downloads of such incidents fail with 500.
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  if (ascii === fileName) return `${kind}; filename="${ascii}"`;
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
