import { errorFromResponse, unreachable } from './remote-errors.js';

/** One call to the debrief REST API. */
export interface RemoteRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  ifMatch?: number | undefined;
}

/** A debrief server at a base URL, called with a personal API token. */
export interface RemoteClient {
  readonly serverUrl: string;
  /** Sends the request and returns the parsed JSON body (undefined for 204), or throws the mapped domain error. */
  call<T>(request: RemoteRequest): Promise<T>;
}

/** A client for the server at `serverUrl`; the token only ever goes into the Authorization header. */
export function remoteClient(
  serverUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): RemoteClient {
  const base = serverUrl.replace(/\/+$/, '');
  return {
    serverUrl: base,
    async call<T>(request: RemoteRequest): Promise<T> {
      const url = new URL(`${base}${request.path}`);
      for (const [key, value] of Object.entries(request.query ?? {})) {
        if (value !== undefined) url.searchParams.set(key, String(value));
      }
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
      };
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      if (request.ifMatch !== undefined) headers['if-match'] = `"${request.ifMatch}"`;
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: request.method ?? 'GET',
          headers,
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        });
      } catch (error) {
        throw unreachable(base, error);
      }
      const text = await response.text();
      let body: unknown;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (!response.ok) throw errorFromResponse(response.status, body, base);
      return body as T;
    },
  };
}
