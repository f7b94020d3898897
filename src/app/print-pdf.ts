import { existsSync } from 'node:fs';
import { DebriefError } from '../domain/index.js';

/** Where Debian puts Chromium; DEBRIEF_CHROMIUM overrides it for other systems. */
export function chromiumPath(): string {
  return process.env.DEBRIEF_CHROMIUM ?? '/usr/bin/chromium';
}

// A quiet, offline browser: no sandbox (containers), no GPU, and none of Chromium's background traffic.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Prints a self-contained HTML report to PDF with headless Chromium; every network request is refused. */
export async function printPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new DebriefError(
      'unavailable',
      `PDF needs Chromium, which is not at ${executablePath}; install it with \`apt-get install chromium\` (or set DEBRIEF_CHROMIUM to its path)`,
    );
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
