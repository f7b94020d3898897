import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DebriefError } from '../domain/index.js';

/** Where Debian puts Chromium; DEBRIEF_CHROMIUM overrides it for other systems. */
export function chromiumPath(): string {
  return process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium';
}

/** A quiet, offline browser: no sandbox (containers), no GPU, none of Chromium's background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts headless Chromium, or explains how to install it. */
async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new DebriefError(
      'unavailable',
      `PDF needs Chromium, which is not at ${executablePath}; install it with \`apt-get install chromium\` (or set DEBRIEF_CHROMIUM to its path)`,
    );
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

/** Prints one page in a browser; every network request is refused. */
async function printIn(browser: Pick<Browser, 'newPage'>, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** Prints a self-contained HTML report to PDF with a browser of its own, closed after (the CLI: one report). */
export async function printPdf(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    return await printIn(browser, html);
  } finally {
    await browser.close();
  }
}

export interface PdfPrinterOptions {
  /** Pages printed at once in the shared browser (default 2). */
  concurrent?: number;
  /** Requests that may wait for a page; more are refused with `unavailable` (default 8). */
  queued?: number;
  /** The browser closes after this long without work (default 60 s). */
  idleMs?: number;
  /** Starts the browser; Chromium by default (tests pass their own). */
  launch?: () => Promise<Pick<Browser, 'newPage' | 'close'>>;
}

/** A server's PDF printer: one shared browser, a few pages at a time, a short queue. */
export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * One browser for a whole server, started on the first PDF and closed when idle, printing a few pages at a time;
 * a request that finds the queue full is refused with `unavailable` (HTTP 503 with Retry-After), so a burst of
 * PDF downloads cannot start a browser each and exhaust the machine's memory.
 */
export function pdfPrinter(options: PdfPrinterOptions = {}): PdfPrinter {
  const concurrent = options.concurrent ?? 2;
  const queued = options.queued ?? 8;
  const idleMs = options.idleMs ?? 60_000;
  const launch = options.launch ?? launchChromium;
  let browser: Promise<Pick<Browser, 'newPage' | 'close'>> | undefined;
  let active = 0;
  let idle: NodeJS.Timeout | undefined;
  const waiting: Array<() => void> = [];

  const shutDown = async () => {
    const open = browser;
    browser = undefined;
    if (open) await (await open.catch(() => undefined))?.close();
  };
  // A finished print hands its slot straight to the first waiting request, so none can jump the queue.
  const release = () => {
    const next = waiting.shift();
    if (next) return next();
    active--;
    if (active === 0) {
      idle = setTimeout(() => void shutDown(), idleMs);
      idle.unref();
    }
  };
  return {
    async print(html) {
      if (active >= concurrent) {
        if (waiting.length >= queued) {
          throw new DebriefError(
            'unavailable',
            'too many PDFs are being printed right now; try again shortly',
          );
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active++;
      }
      clearTimeout(idle);
      try {
        browser ??= launch().catch((error: unknown) => {
          browser = undefined;
          throw error;
        });
        return await printIn(await browser, html);
      } finally {
        release();
      }
    },
    async close() {
      clearTimeout(idle);
      await shutDown();
    },
  };
}
