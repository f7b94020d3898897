import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing: text the browser fetches. Images and fonts are compressed already. */
const compressible = /\.(js|mjs|css|html|svg|json|map|txt|webmanifest)$/;

/** Below this a compressed copy saves less than its headers cost. */
const minBytes = 1024;

/** Vite's build puts every content-hashed file under assets/: a new build gives them new names. */
const hashed = /(^|\/)assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * The cache rule for a file of the web app: hashed assets are cached for a year and never revalidated; anything
 * else (index.html above all) is revalidated on every use, so a new build shows at once.
 */
export function cacheControlFor(relativePath: string): string {
  // The compressed copy of a file is cached as the file is.
  const path = relativePath
    .split(sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  return hashed.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of the built web app, at the
 * highest levels (build time is paid once; every download is smaller). Returns the bytes before and after brotli.
 */
export async function precompressWebApp(
  root: string,
): Promise<{ files: number; bytes: number; brotli: number }> {
  const totals = { files: 0, bytes: 0, brotli: 0 };
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !compressible.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const content = await readFile(path);
    if (content.length < minBytes) continue;
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: 9 }),
    ]);
    await writeFile(`${path}.br`, br);
    await writeFile(`${path}.gz`, gz);
    totals.files += 1;
    totals.bytes += content.length;
    totals.brotli += br.length;
  }
  return totals;
}

/**
 * Serves the built web app: the `.br` or `.gz` copy the browser accepts when the build made one (`Vary:
 * Accept-Encoding`), hashed assets cached for good and everything else revalidated.
 */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply: FastifyReply, path: string) {
      reply.header('cache-control', cacheControlFor(relative(root, path)));
    },
  });
}
