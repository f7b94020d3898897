import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';
import { sampleIncident } from '../report/test-support/sample-incident.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-report-'));
const env = { DEBRIEF_DB: `sqlite:${join(dir, 'report.db')}` };
const blamed = 'INC-BLAMED01';
const jargon = 'INC-JARGON01';

beforeAll(async () => {
  // Seeded in-process: two CLI start-ups fewer, and the store is not what these tests are about.
  const { openStore } = await import('../store/index.js');
  const store = await openStore(env.DEBRIEF_DB);
  try {
    await store.migrate();
    await store.documents.save(sampleIncident(), { actor: 'test' });
    // Record ids are unique across incidents, so the second copy gets its own.
    const blaming = JSON.parse(
      JSON.stringify(
        sampleIncident({ summary: 'Jordan Lee made a careless mistake. It was human error.' }),
      ).replace(/"(EVT|FAC|ACT|REV)-/g, '"$1-B'),
    );
    await store.documents.save({ ...blaming, id: blamed }, { actor: 'test' });
    const jargonDoc = JSON.parse(
      JSON.stringify(
        sampleIncident({ summary: 'The VPA shrank the workers and the otelcol exporter fell behind.' }),
      ).replace(/"(EVT|FAC|ACT|REV)-/g, '"$1-J'),
    );
    await store.documents.save({ ...jargonDoc, id: jargon }, { actor: 'test' });
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Sequential on purpose: each case starts a CLI process, and a loaded CI machine has few cores.
describe('debrief report', () => {
  it('warns on stderr when an exec report opens with a bottom line debrief built', async () => {
    const result = await runCli(['report', 'INC-7K3M9QX2', '--audience', 'exec'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'debrief: warning: INC-7K3M9QX2 has no bottom line of its own; the report opens with one debrief built from its fields. Write one under "## Bottom line" with `debrief edit INC-7K3M9QX2`.',
    );
    // The sample names a database host, a name from our systems the glossary cannot explain (its address in
    // brackets after it is left out of the report: trial 12g G-6).
    expect(result.stderr).toContain(
      'debrief: warning: the exec report uses names from code that it can only list, not explain: db-primary.prod.internal;',
    );
    const engineering = await runCli(['report', 'INC-7K3M9QX2'], { env });
    expect(engineering.stderr).not.toContain('no bottom line');
    // An export of actions opens with no bottom line (trial 12e E-22); the audience is read in any case.
    const issues = await runCli(['report', 'INC-7K3M9QX2', '--audience', 'Exec', '--format', 'github-md'], {
      env,
    });
    expect(issues.code, issues.stderr).toBe(0);
    expect(issues.stderr).not.toContain('no bottom line');
    expect(engineering.stderr).not.toContain('names from code');
    expect(result.stderr).not.toContain('technical words');
  });

  it('tells the author of the technical words an exec or public report leaves unexplained (issue 18)', async () => {
    const exec = await runCli(['report', jargon, '--audience', 'exec'], { env });
    expect(exec.code, exec.stderr).toBe(0);
    expect(exec.stderr).toContain(
      'debrief: warning: the exec report uses technical words that nothing in it explains: VPA, otelcol; say them in plain words (it lists them for readers to ask about).',
    );
    expect(exec.stdout).toContain('- **Other technical words**: VPA, otelcol: words engineers use');
    const publicReport = await runCli(['report', jargon, '--audience', 'public'], { env });
    expect(publicReport.code, publicReport.stderr).toBe(0);
    expect(publicReport.stderr).toContain(
      'the public report uses technical words that nothing in it explains',
    );
    expect(publicReport.stdout).not.toContain('Other technical words');
  });

  it('writes the dates of an exec report in words, its footer and HTML timeline included', async () => {
    for (const format of ['md', 'html']) {
      const result = await runCli(['report', 'INC-7K3M9QX2', '--audience', 'exec', '--format', format], {
        env,
      });
      expect(result.code, result.stderr).toBe(0);
      const prose = format === 'html' ? result.stdout.replace(/<[^>]*>/g, ' ') : result.stdout;
      expect(prose).toContain('Executive summary · SEV2 · 4 March 2026 · ');
      expect(prose).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    }
  });

  it('writes a self-contained HTML report to a file', async () => {
    const out = join(dir, 'report.html');
    const result = await runCli(['report', 'INC-7K3M9QX2', '--format', 'html', '-o', out], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(
      '<h1>Checkout returned 502s after a connection-pool change</h1>',
    );
  });

  it('rejects an unknown format with one line listing the accepted ones', async () => {
    const result = await runCli(['report', 'INC-7K3M9QX2', '--format', 'docx'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'debrief: unknown format "docx"; expected one of md, html, pdf, json, ics, jira-csv, github-md, github-json, slack\n',
    );
  });

  it('refuses an exec report while the language check finds blame', async () => {
    const result = await runCli(['report', blamed, '--audience', 'exec'], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('human_error_label/human-error');
    expect(result.stderr).toContain('refusing to publish the exec report');
    // One finding is "it", several "them" (trial 12c C-21).
    expect(result.stderr).toMatch(
      /found (?:1 finding; reword it|\d+ findings; reword them) \(`debrief edit INC-\w+` for the incident's text, actions and timeline; `debrief factors edit FAC-…` for a factor\), or pass --allow-findings/,
    );
  });

  it('publishes it anyway with --allow-findings, still listing the findings', async () => {
    const result = await runCli(['report', blamed, '--audience', 'exec', '--allow-findings'], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('human_error_label/human-error');
    expect(result.stdout).toContain('# Checkout returned 502s');
  });

  it('says how to install Chromium when it is missing', async () => {
    const result = await runCli(['report', 'INC-7K3M9QX2', '--format', 'pdf', '-o', join(dir, 'x.pdf')], {
      env: { ...env, DEBRIEF_CHROMIUM: join(dir, 'no-chromium') },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^debrief: PDF needs Chromium.*apt-get install chromium.*\n$/);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'prints a PDF with pages and extractable text',
    async () => {
      const out = join(dir, 'report.pdf');
      const result = await runCli(['report', 'INC-7K3M9QX2', '--format', 'pdf', '-o', out], { env });
      expect(result.code, result.stderr).toBe(0);
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(out)), isEvalSupported: false })
        .promise;
      expect(pdf.numPages).toBeGreaterThanOrEqual(1);
      const page = await pdf.getPage(1);
      const text = (await page.getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ');
      expect(text).toContain('Checkout returned 502s');
    },
    90_000,
  );
});
