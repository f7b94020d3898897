import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidInput } from '../domain/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The address people reach this server at (`--public-url`), without a trailing slash; undefined when not set. */
    publicUrl: string | undefined;
  }
}

/**
 * Checks a public URL (`https://debrief.example.com` or with a path prefix) and returns it without a trailing
 * slash, or throws invalid_input saying what is accepted.
 */
export function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalidInput(
      `public URL ${JSON.stringify(text)} is not a URL; expected one such as https://debrief.example.com`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidInput(`public URL ${JSON.stringify(text)} must start with https:// or http://`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw invalidInput(`public URL ${JSON.stringify(text)} must have no query, fragment or credentials`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Whether the public URL is served over HTTPS (then cookies are Secure and HSTS is sent). */
export function isHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https://') ?? false;
}

/** Remembers the public URL on the server for `siteUrl`. */
export function installPublicUrl(app: FastifyInstance, publicUrl: string | undefined): void {
  app.decorate('publicUrl', publicUrl);
}

/**
 * The base of links this server writes (reports, calendar invitations): the configured public URL, else what the
 * request says (its Host header, which a client chooses: set `--public-url` wherever links leave the building).
 */
export function siteUrl(request: FastifyRequest): string {
  return request.server.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** The hosts pages of this site are served from: the request's own and the public URL's. */
export function siteHosts(request: FastifyRequest): string[] {
  const hosts = [request.host.toLowerCase()];
  const { publicUrl } = request.server;
  if (publicUrl) hosts.push(new URL(publicUrl).host.toLowerCase());
  return hosts;
}
