import { execFileSync } from 'node:child_process';
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

// Scripts a PDF may carry, the language fontconfig knows them by, and the Debian package with a font for them.
const scripts: ReadonlyArray<{ name: string; letters: RegExp; lang: string; debian: string }> = [
  { name: 'Chinese', letters: /\p{Script=Han}/u, lang: 'zh', debian: 'fonts-noto-cjk' },
  {
    name: 'Japanese',
    letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    lang: 'ja',
    debian: 'fonts-noto-cjk',
  },
  { name: 'Korean', letters: /\p{Script=Hangul}/u, lang: 'ko', debian: 'fonts-noto-cjk' },
  { name: 'Thai', letters: /\p{Script=Thai}/u, lang: 'th', debian: 'fonts-noto-core' },
  { name: 'Hindi', letters: /\p{Script=Devanagari}/u, lang: 'hi', debian: 'fonts-noto-core' },
  { name: 'Tamil', letters: /\p{Script=Tamil}/u, lang: 'ta', debian: 'fonts-noto-core' },
  { name: 'Bengali', letters: /\p{Script=Bengali}/u, lang: 'bn', debian: 'fonts-noto-core' },
  { name: 'Arabic', letters: /\p{Script=Arabic}/u, lang: 'ar', debian: 'fonts-noto-core' },
  { name: 'Hebrew', letters: /\p{Script=Hebrew}/u, lang: 'he', debian: 'fonts-noto-core' },
  { name: 'Amharic', letters: /\p{Script=Ethiopic}/u, lang: 'am', debian: 'fonts-noto-core' },
];

/** Whether fontconfig has a font for a language; undefined where there is no fontconfig to ask. */
export type HasFont = (lang: string) => boolean | undefined;

// Asked once per language and process: a server printing many PDFs does not start fc-list for each.
const fontAnswers = new Map<string, boolean | undefined>();
const askFontconfig: HasFont = (lang) => {
  if (!fontAnswers.has(lang)) {
    let answer: boolean | undefined;
    try {
      answer =
        execFileSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8', timeout: 5000 }).trim() !==
        '';
    } catch {
      answer = undefined;
    }
    fontAnswers.set(lang, answer);
  }
  return fontAnswers.get(lang);
};

/**
 * What a PDF of `text` would print as boxes on this machine: a warning per script the text uses that no installed
 * font covers, with the package that does ("… install fonts-noto-cjk"). Chromium draws a missing glyph as an empty
 * box and says nothing, so the author hears it here, before sending the file on.
 */
export function missingFonts(text: string, hasFont: HasFont = askFontconfig): string[] {
  const out: string[] = [];
  for (const script of scripts) {
    if (!script.letters.test(text) || hasFont(script.lang) !== false) continue;
    out.push(
      `the PDF has ${script.name} text and no font on this machine draws it, so it prints as empty boxes; install a font for it (on Debian: apt-get install ${script.debian}) and print the PDF again`,
    );
  }
  return out;
}
