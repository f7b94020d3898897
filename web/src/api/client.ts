import { ApiError, apiErrorFrom } from './api-error.js';

let csrfToken: string | undefined;
const unauthorizedListeners = new Set<() => void>();

/** Remembers the CSRF token the server gave at login or in /api/me; cookie-authenticated writes send it. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Calls `listener` whenever the session has ended (a 401), so the shell can show the login page. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Headers for a write: the CSRF token when there is one. */
export function writeHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Calls the JSON API; resolves with the parsed body or rejects with an ApiError carrying the server's code. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') Object.assign(headers, writeHeaders());
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached; check your connection and try again.');
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const error = apiErrorFrom(response.status, parsed);
    if (response.status === 401) for (const listener of unauthorizedListeners) listener();
    throw error;
  }
  return parsed as T;
}

/** The ApiError for a refused response, from its body when the body is the server's JSON error envelope. */
function responseError(response: Response, text: string): ApiError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (response.status === 401) for (const listener of unauthorizedListeners) listener();
  return apiErrorFrom(response.status, parsed);
}

/** A GET with the session cookie, never from the cache; a network failure becomes an ApiError like the others. */
async function fetchFresh(path: string): Promise<Response> {
  try {
    // The CSRF token rides along: a report published over the language check is taken only from this page's own
    // request ("Publish anyway"), never from a link to the same address opened in the browser.
    return await fetch(path, { credentials: 'same-origin', cache: 'no-store', headers: writeHeaders() });
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached; check your connection and try again.');
  }
}

/** Fetches a text resource (a rendered report) with the session cookie; rejects with an ApiError on failure. */
export async function apiText(path: string): Promise<string> {
  const response = await fetchFresh(path);
  const text = await response.text();
  if (!response.ok) throw responseError(response, text);
  return text;
}

/**
 * Fetches a file to download (a report as PDF) with the session cookie: its bytes and the Content-Disposition
 * header that names it; rejects with an ApiError carrying the server's message when the server refuses.
 */
export async function apiFile(path: string): Promise<{ blob: Blob; disposition: string | null }> {
  const response = await fetchFresh(path);
  if (!response.ok) throw responseError(response, await response.text());
  return { blob: await response.blob(), disposition: response.headers.get('content-disposition') };
}
