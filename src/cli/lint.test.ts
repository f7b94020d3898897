import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/support/cli.js';

// Inside the repository (git-ignored), because the test CLI loads tsx relative to its working directory.
const cache = resolve(import.meta.dirname, '../../node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'debrief-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const blameful = file('blame.md', '# Notes\n\nThe pods restarted.\nBob forgot to run the migration before the deploy.\n');
const clean = file('clean.md', '# Notes\n\nThe sidecar failed to reload the certificates.\n');

describe.concurrent('debrief lint', () => {
  it('prints file:line:col, the marked span, a rewrite and a question, and exits 1 on blame', async () => {
    const result = await runCli(['lint', blameful]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${blameful}:4:5 warning counterfactual/failed-to`);
    expect(result.stdout).toContain('  Bob forgot to run the migration before the deploy.\n      ^^^^');
    expect(result.stdout).toContain('suggestion: The migration step did not run before the deploy.');
    expect(result.stdout).toContain('ask: What in the process let this step be skipped?');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('exits 0 on a clean file', async () => {
    const result = await runCli(['lint', clean]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no blameful language found');
  });

  it('writes the JSON shape of DESIGN.md, one entry per input, stdin as "-"', async () => {
    const result = await runCli(['lint', clean, '-', '--format', 'json'], { input: 'Who merged the broken config?\n' });
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
      text: 'Who merged',
    });
  });

  it('writes SARIF 2.1.0 that validates against the official schema', async () => {
    const result = await runCli(['lint', blameful, clean, '--format', 'sarif']);
    expect(result.code).toBe(1);
    // The OASIS schema (sarif-spec, sarif-2.1/schema) is draft-04; ajv 8 reads it once `id` becomes `$id`.
    const schema = JSON.parse(readFileSync(new URL('./lint-sarif-schema.json', import.meta.url), 'utf8'));
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
  });

  it('prints GitHub workflow annotations', async () => {
    const result = await runCli(['lint', blameful, '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^::warning file=.*blame\.md,line=4,col=5,endLine=4,endColumn=\d+,title=debrief counterfactual\/failed-to::An omission.*%0ASuggestion: /,
    );
  });

  it('walks directories for .md and .txt files only', async () => {
    file('tree/a.md', 'Root cause: human error.\n');
    file('tree/sub/b.txt', 'The alert was ignored.\n');
    file('tree/c.json', '{"note": "Root cause: human error."}\n');
    const result = await runCli(['lint', join(dir, 'tree'), '--format', 'json']);
    const paths = JSON.parse(result.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([join(dir, 'tree/a.md'), join(dir, 'tree/sub/b.txt')]);
  });

  it('reports a binary file as not text, exits 2, and still lints the others', async () => {
    const binary = file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const result = await runCli(['lint', binary, blameful, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`debrief: ${binary}: not text (binary data); skipped`);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual([blameful]);
  });

  it('decodes invalid UTF-8 with replacement characters and lints it', async () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xff]), Buffer.from(' notes. Root cause: human error.\n')]);
    const result = await runCli(['lint', file('latin1.txt', bytes), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].findings[0].text).toBe('human error');
  });

  it('reads debrief.config.json: disabled rules, people and allowed phrases', async () => {
    const project = join(dir, 'project');
    file('project/notes.md', 'Root cause: human error.\nZebulon forgot to rotate the key.\n');
    file('project/debrief.config.json', JSON.stringify({ disable: ['human_error_label'], people: ['Zebulon'] }));
    const result = await runCli(['lint', 'notes.md', '--format', 'json'], { cwd: project });
    const ids = JSON.parse(result.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(['counterfactual/failed-to']);
  });

  it('reads the "debrief" key of package.json', async () => {
    const project = join(dir, 'pkg');
    file('pkg/notes.md', 'The on-call should have known better.\n');
    file('pkg/package.json', JSON.stringify({ name: 'x', debrief: { allow: ['should have known'] } }));
    const result = await runCli(['lint', 'notes.md'], { cwd: project });
    expect(result.code).toBe(0);
  });

  it('rejects an invalid configuration naming the key and what is accepted', async () => {
    const project = join(dir, 'bad');
    file('bad/notes.md', 'Fine.\n');
    file('bad/debrief.config.json', JSON.stringify({ disable: ['no-such-rule'] }));
    const result = await runCli(['lint', 'notes.md'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^debrief: invalid configuration in debrief\.config\.json: disable\[0\]: unknown rule "no-such-rule"; expected a rule id/);
    file('bad/debrief.config.json', JSON.stringify({ peopel: ['Ana'] }));
    const typo = await runCli(['lint', 'notes.md'], { cwd: project });
    expect(typo.stderr).toContain('unknown key "peopel"; accepted keys are disable, people, teams, allow');
  });

  it('exits 2 with one line on bad usage', async () => {
    const format = await runCli(['lint', clean, '--format', 'xml']);
    expect(format.code).toBe(2);
    const none = await runCli(['lint']);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['lint', join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
  });
});
