import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import { runLint } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'debrief-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Runs the lint verb in-process with captured output. */
async function lint(
  args: string[],
  format = 'text',
  options: { cwd?: string; stdin?: string; tty?: boolean } = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await runLint(
    args,
    { format },
    {
      stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
      cwd: options.cwd ?? dir,
      env: {},
    },
  );
  return { code, stdout, stderr };
}

const blameful = file(
  'blame.md',
  '# Notes\n\nThe pods restarted.\nBob forgot to run the migration before the deploy.\n',
);
const clean = file('clean.md', '# Notes\n\nThe sidecar failed to reload the certificates.\n');

describe('debrief lint (in-process)', () => {
  it('prints file:line:col, the marked span, a rewrite and a question, and returns 1 on blame', async () => {
    const result = await lint([blameful]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${blameful}:4:5 warning counterfactual/failed-to`);
    expect(result.stdout).toContain('  Bob forgot to run the migration before the deploy.\n      ^^^^');
    expect(result.stdout).toContain('suggestion: The migration step did not run before the deploy.');
    expect(result.stdout).toContain('ask: What in the process let this step be skipped?');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colours the span only on a terminal', async () => {
    const result = await lint([blameful], 'text', { tty: true });
    expect(result.stdout).toContain('\u001b[4;1mforgot to run the migration\u001b[22;24m');
  });

  it('returns 0 on a clean file', async () => {
    const result = await lint([clean]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no blameful language found in 1 input');
  });

  it('writes the stable JSON shape, one entry per input, stdin as "-"', async () => {
    const result = await lint([clean, '-'], 'json', { stdin: 'Who merged the broken config?\n' });
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.files.map((f: { path: string }) => f.path)).toEqual([clean, '-']);
    expect(parsed.files[0].findings).toEqual([]);
    expect(Object.keys(parsed.files[1].findings[0])).toEqual([
      'ruleId',
      'category',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'text',
      'suggestions',
      'question',
    ]);
    expect(parsed.files[1].findings[0]).toMatchObject({
      ruleId: 'blame_seeking_question/who-did-it',
      line: 1,
      column: 1,
      endColumn: 11,
      text: 'Who merged',
    });
  });

  it('writes SARIF 2.1.0 that validates against the official schema', async () => {
    const result = await lint([blameful, clean], 'sarif');
    expect(result.code).toBe(1);
    // A copy of the OASIS schema (oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json). It is
    // draft-04; ajv 8 reads it once the draft marker is dropped and `id` becomes `$id`.
    const schema = JSON.parse(
      readFileSync(new URL('../../../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
    );
    const { $schema: _draft, id, ...rest } = schema;
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile({ ...rest, $id: id });
    const log = JSON.parse(result.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'counterfactual/failed-to',
      level: 'warning',
      locations: [{ physicalLocation: { region: { startLine: 4, startColumn: 5 } } }],
    });
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });

  it('prints GitHub workflow annotations', async () => {
    const result = await lint([blameful], 'github');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::warning file=.*blame\.md,line=4,col=5,endLine=4,endColumn=32,title=debrief counterfactual\/failed-to::An omission.*%0ASuggestion: The migration step did not run before the deploy\.%0AAsk: /,
    );
  });

  it('walks directories for .md and .txt files only', async () => {
    file('tree/a.md', 'Root cause: human error.\n');
    file('tree/sub/b.txt', 'The alert was ignored.\n');
    file('tree/c.json', '{"note": "Root cause: human error."}\n');
    const result = await lint([join(dir, 'tree')], 'json');
    const paths = JSON.parse(result.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([join(dir, 'tree/a.md'), join(dir, 'tree/sub/b.txt')]);
  });

  it('reports a binary file as not text, returns 2, and still lints the others', async () => {
    const binary = file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const result = await lint([binary, blameful], 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`debrief: ${binary}: not text (binary data); skipped\n`);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual([blameful]);
  });

  it('decodes invalid UTF-8 with replacement characters and lints it', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xff]),
      Buffer.from(' notes. Root cause: human error.\n'),
    ]);
    const result = await lint([file('latin1.txt', bytes)], 'json');
    expect(result.code).toBe(1);
    const finding = JSON.parse(result.stdout).files[0].findings[0];
    expect(finding).toMatchObject({ text: 'human error', column: 25 });
  });

  it('reads debrief.config.json: disabled rules and people', async () => {
    const project = join(dir, 'project');
    file('project/notes.md', 'Root cause: human error.\nZebulon forgot to rotate the key.\n');
    file(
      'project/debrief.config.json',
      JSON.stringify({ disable: ['human_error_label'], people: ['Zebulon'] }),
    );
    const result = await lint(['notes.md'], 'json', { cwd: project });
    const ids = JSON.parse(result.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(['counterfactual/failed-to']);
  });

  it('reads allowed phrases from the "debrief" key of package.json', async () => {
    const project = join(dir, 'pkg');
    file('pkg/notes.md', 'The on-call should have known better.\n');
    expect((await lint(['notes.md'], 'text', { cwd: project })).code).toBe(1);
    file('pkg/package.json', JSON.stringify({ name: 'x', debrief: { allow: ['should have known'] } }));
    expect((await lint(['notes.md'], 'text', { cwd: project })).code).toBe(0);
  });

  it('accepts the learned model as something to switch off, whole or by category', async () => {
    const project = join(dir, 'learned');
    file('learned/notes.md', 'Fine.\n');
    file(
      'learned/debrief.config.json',
      JSON.stringify({ disable: ['learned-model', 'person_as_cause/learned-model'] }),
    );
    expect((await lint(['notes.md'], 'text', { cwd: project })).code).toBe(0);
  });

  it('rejects an invalid configuration naming the key and what is accepted', async () => {
    const project = join(dir, 'bad');
    file('bad/notes.md', 'Fine.\n');
    file('bad/debrief.config.json', JSON.stringify({ disable: ['no-such-rule'] }));
    await expect(lint(['notes.md'], 'text', { cwd: project })).rejects.toThrow(
      /^invalid configuration in debrief\.config\.json: disable\[0\]: unknown rule "no-such-rule"; expected a rule id/,
    );
    file('bad/debrief.config.json', JSON.stringify({ peopel: ['Ana'] }));
    await expect(lint(['notes.md'], 'text', { cwd: project })).rejects.toThrow(
      'unknown key "peopel"; accepted keys are disable, people, teams, allow',
    );
    file('bad/debrief.config.json', '{ not json');
    await expect(lint(['notes.md'], 'text', { cwd: project })).rejects.toThrow(
      /debrief\.config\.json: not valid JSON/,
    );
  });

  it('reads a small file whole, without its byte-order mark, with columns as written', async () => {
    const marked = file('bom.md', '\uFEFFBob forgot to run the migration.\n');
    const result = await lint([marked], 'json');
    const [finding] = JSON.parse(result.stdout).files[0].findings;
    expect(finding).toMatchObject({ line: 1, column: 5 });
  });

  it('lints a file larger than one chunk with exact line numbers', async () => {
    const paragraph = 'The pods restarted after the deploy and the queue drained within minutes.\n\n';
    const filler = paragraph.repeat(30_000);
    const big = file(
      'big.md',
      `${filler}Bob forgot to run the migration.\n\n${filler}Root cause: human error.\n`,
    );
    const result = await lint([big], 'json');
    const lines = JSON.parse(result.stdout).files[0].findings.map((f: { line: number }) => f.line);
    expect(lines).toEqual([60_001, 120_003]);
  });
});

describe('debrief lint (as a subprocess)', () => {
  it('flags what a trial found missed, and every problem of a sentence at once', async () => {
    const result = await runCli(['lint', '-', '--format', 'json'], {
      input: [
        'Lan forgot to load-test it.',
        'In hindsight the revert was obviously the right call and it took too long.',
        'grant decided to wait, which was a bad call.',
        'Mei-Ling was slow to acknowledge the page.',
        'Mistakes by Grant Page delayed the rollback.',
        'That was a poor decision by Grant.',
        'Checkout outage after Siobhán deployed the tokio upgrade',
        'Tomasz forgot to load-test it, and it was careless of him.',
      ].join('\n\n'),
    });
    expect(result.code).toBe(1);
    const lines = JSON.parse(result.stdout).files[0].findings.map((f: { line: number }) => f.line);
    expect(lines).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 15]);
  });

  it('reads with the learned model too: blame no rule names, switched off by configuration', async () => {
    const text = 'Honestly the DBA owes the whole company an explanation for Tuesday.\n';
    const result = await runCli(['lint', '-', '--format', 'json'], { input: text });
    expect(result.code).toBe(1);
    const [finding] = JSON.parse(result.stdout).files[0].findings;
    expect(finding.ruleId).toMatch(/\/learned-model$/);
    const project = join(dir, 'learned-off');
    file('learned-off/notes.md', text);
    file('learned-off/debrief.config.json', JSON.stringify({ disable: ['learned-model'] }));
    expect((await runCli(['lint', 'notes.md'], { cwd: project })).code).toBe(0);
  });

  it('exits 1 on findings from standard input', async () => {
    const result = await runCli(['lint', '-', '--format', 'json'], {
      input: 'Who merged the broken config?\n',
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].path).toBe('-');
  });

  it('says only that a missing file cannot be read, with no summary that reads like a clean result', async () => {
    const result = await runCli(['lint', join(dir, 'nope.md')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`debrief: ${join(dir, 'nope.md')}: no such file or directory\n`);
  });

  it('exits 2 with one line on stderr for bad usage', async () => {
    const none = await runCli(['lint']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('debrief: expected FILE…, a directory, or - for standard input\n');
    const format = await runCli(['lint', clean, '--format', 'xml']);
    expect(format.code).toBe(2);
  });
});
