// Run by `npm run build:web` after vite: brotli and gzip copies of the web app, which `debrief serve` sends to
// browsers that accept them.
import { resolve } from 'node:path';
import { precompressWebApp } from '../src/server/web-assets.js';

const root = resolve(import.meta.dirname, '../web/dist');
const { files, bytes, brotli } = await precompressWebApp(root);
const kib = (n: number) => `${Math.round(n / 1024)} KiB`;
process.stdout.write(`compressed ${files} files of web/dist: ${kib(bytes)} → ${kib(brotli)} with brotli\n`);
