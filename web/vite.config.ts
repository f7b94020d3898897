import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The web app is built into web/dist and served by `debrief serve` at `/`. Asset URLs are absolute (base `/`)
// because the server also answers real paths such as /setup and /incidents/ID with the same index.html.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP forbids inline script, so the module-preload polyfill (an inline helper) stays off.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The lazily loaded editor chunk (CodeMirror plus the analyzer) is the largest; it never loads on first visit.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      // ws: the incident page's live updates come over a WebSocket under /api.
      '/api': { target: 'http://127.0.0.1:4000', ws: true },
      '/healthz': 'http://127.0.0.1:4000',
    },
  },
});
