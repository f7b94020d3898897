import { ApiError, apiErrorFrom } from './api-error.js';
import { writeHeaders } from './client.js';

/**
 * Uploads files as multipart form data with XMLHttpRequest, because fetch cannot report upload progress.
 * `onProgress` gets the fraction sent (0 to 1); resolves with the parsed JSON answer.
 */
export function uploadFiles<T>(
  path: string,
  files: readonly File[],
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(writeHeaders())) request.setRequestHeader(name, value);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body: unknown;
      try {
        body = request.responseText === '' ? undefined : JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(body as T);
      } else {
        reject(apiErrorFrom(request.status, body));
      }
    });
    request.addEventListener('error', () =>
      reject(new ApiError(0, 'network', 'The upload failed: the server cannot be reached.')),
    );
    request.addEventListener('abort', () => reject(new ApiError(0, 'network', 'The upload was cancelled.')));
    request.send(form);
  });
}
