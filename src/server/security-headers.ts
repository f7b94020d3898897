import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** Helmet's settings for debrief: a strict Content-Security-Policy that allows no inline script. */
export function helmetOptions(secureCookies: boolean): HelmetOptions {
  return {
    // HSTS only makes sense behind HTTPS; on http://localhost it would pin the browser to HTTPS.
    strictTransportSecurity: secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // CodeMirror sets element styles at run time; scripts stay strictly external.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  };
}

/**
 * The headers helmet sets with these options, worked out once. Every directive is fixed (no per-request nonce),
 * so every response gets the same ones.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * Sends these headers (from `helmetHeaders`) on every response that passes through the hooks. They are computed once: the @fastify/helmet wrapper builds
 * helmet's middleware again for every request (parsing the whole policy each time), which cost a third of the CPU
 * time of a cached `GET /api/incidents` in bench/server.ts.
 */
export function installSecurityHeaders(app: FastifyInstance, headers: Record<string, string>): void {
  app.addHook('onRequest', function securityHeaders(_request, reply, done) {
    reply.headers(headers);
    done();
  });
}
