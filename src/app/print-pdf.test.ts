import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingFonts, pdfPrinter } from './print-pdf.js';

/** A stand-in browser whose pages finish printing when the test says so, counting launches and open pages. */
function fakeBrowser() {
  const state = { launches: 0, open: 0, most: 0, closed: 0, finish: [] as Array<() => void> };
  const page = {
    async route() {},
    async setContent() {},
    pdf: () =>
      new Promise<Buffer>((resolve) => {
        state.finish.push(() => resolve(Buffer.from('%PDF-1.7')));
      }),
    async close() {
      state.open--;
    },
  };
  const launch = async () => {
    state.launches++;
    return {
      newPage: async () => {
        state.open++;
        state.most = Math.max(state.most, state.open);
        return page as never;
      },
      close: async () => {
        state.closed++;
      },
    };
  };
  return { state, launch };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the PDF printer of a server', () => {
  it('shares one browser, prints a few at a time, and refuses past a short queue', async () => {
    const { state, launch } = fakeBrowser();
    const printer = pdfPrinter({ concurrent: 2, queued: 1, launch, idleMs: 10 });
    const prints = [printer.print('a'), printer.print('b'), printer.print('c')];
    await expect(printer.print('d')).rejects.toMatchObject({ code: 'unavailable' });
    await tick();
    expect(state.open).toBe(2);
    while (state.finish.length > 0 || state.open > 0) {
      state.finish.shift()?.();
      await tick();
    }
    expect((await Promise.all(prints)).map((bytes) => bytes.length)).toEqual([8, 8, 8]);
    expect(state.launches).toBe(1);
    expect(state.most).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(state.closed).toBe(1);
    await printer.close();
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'prints real PDFs from one Chromium',
    async () => {
      const printer = pdfPrinter();
      try {
        const [a, b] = await Promise.all([printer.print('<h1>one</h1>'), printer.print('<h1>two</h1>')]);
        expect(Buffer.from(a).subarray(0, 5).toString()).toBe('%PDF-');
        expect(Buffer.from(b).subarray(0, 5).toString()).toBe('%PDF-');
      } finally {
        await printer.close();
      }
    },
    60_000,
  );
});

describe('a PDF in a script no installed font draws (trial 12b T12-11)', () => {
  const noCjk = (lang: string) => !['zh', 'ja', 'ko'].includes(lang);

  it('warns, naming the script and the Debian package that draws it', () => {
    const warnings = missingFonts('<p>Thanks to 김민준 and 王芳</p>', noCjk);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^the PDF has Chinese text .* apt-get install fonts-noto-cjk/);
    expect(warnings[1]).toMatch(/^the PDF has Korean text/);
  });

  it('says nothing where a font draws it, or where fontconfig cannot be asked', () => {
    expect(missingFonts('<p>נועה כהן confirmed</p>', noCjk)).toEqual([]);
    expect(missingFonts('<p>王芳</p>', () => undefined)).toEqual([]);
    expect(missingFonts('<p>Plain English only</p>', () => false)).toEqual([]);
  });

  it.runIf(existsSync('/usr/bin/fc-list'))('asks this machine’s fontconfig', () => {
    // Latin is drawn everywhere fontconfig runs; the answer for Korean depends on what is installed, so only its
    // shape is checked.
    expect(missingFonts('plain words')).toEqual([]);
    for (const warning of missingFonts('김민준')) expect(warning).toMatch(/Korean/);
  });
});
