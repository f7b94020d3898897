import { errorFromResponse, unreachable } from './remote-errors.js';

/** One call to the debrief REST API. */
export interface RemoteRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The version read, or `*` for whatever is there. */
  ifMatch?: number | '*' | undefined;
}

/** A debrief server at a base URL, called with a personal API token. */
export interface RemoteClient {
  readonly serverUrl: string;
  /** Sends the request and returns the parsed JSON body (undefined for 204), or throws the mapped domain error. */
  call<T>(request: RemoteRequest): Promise<T>;
  /** Sends the request and returns the body's bytes as they are (a report, a PDF), or throws the mapped error. */
  download(request: RemoteRequest): Promise<Uint8Array>;
}

/** A client for the server at `serverUrl`; the token only ever goes into the Authorization header. */
export function remoteClient(
  serverUrl: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): RemoteClient {
  const base = serverUrl.replace(/\/+$/, '');
  async function send(request: RemoteRequest, accept: string): Promise<Response> {
    const url = new URL(`${base}${request.path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (request.ifMatch !== undefined)
      headers['if-match'] = request.ifMatch === '*' ? '*' : `"${request.ifMatch}"`;
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
    if (!response.ok) throw errorFromResponse(response.status, parseJson(await response.text()), base);
    return response;
  }
  return {
    serverUrl: base,
    async call<T>(request: RemoteRequest): Promise<T> {
      const response = await send(request, 'application/json');
      return parseJson(await response.text()) as T;
    },
    async download(request) {
      const response = await send(request, '*/*');
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
