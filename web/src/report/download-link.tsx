import { type MouseEvent, useState } from 'react';
import { describeError } from '../api/api-error.js';
import { apiFile } from '../api/client.js';
import { downloadName } from './download-name.js';

/**
 * A download that says when it fails. A plain `<a download>` hands a refused answer (a busy PDF printer, a report
 * held back) to the browser's download bar, where it fails without a word; this link fetches the file itself, saves
 * it under the server's name, and passes the server's message to `onError` otherwise. A middle-click or a copied
 * link still works as a plain link.
 */
export function DownloadLink({
  href,
  label,
  fallbackName,
  onStart,
  onError,
}: {
  href: string;
  label: string;
  /** The file name when the server sends none. */
  fallbackName: string;
  onStart: () => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    onStart();
    try {
      const { blob, disposition } = await apiFile(href);
      saveBlob(blob, downloadName(disposition, fallbackName));
    } catch (caught) {
      onError(`${label} failed: ${describeError(caught)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <a className="button secondary" href={href} download onClick={download} aria-busy={busy || undefined}>
      {busy ? `${label}…` : label}
    </a>
  );
}

/** Hands bytes to the browser as a file download. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the URL once the click is handled; a minute leaves room for a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
