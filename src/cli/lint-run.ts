import { readFileSync } from 'node:fs';
import { analyze, rules } from '../language/index.js';
import { CliError, exitCodes } from './errors.js';
import { loadLintConfig } from './lint-config.js';
import { type FileResult, formatGithub, formatJson, formatSarif, formatText } from './lint-format.js';
import { expandInputs, InputProblem, readChunks } from './lint-input.js';

/** Whether colour is wanted: only on a terminal, and never when NO_COLOR is set. */
function wantsColour(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Lints the inputs and prints the chosen format; returns the exit code (0 clean, 1 findings, 2 bad input). */
export async function runLint(args: readonly string[], options: { format: string; config?: string }): Promise<number> {
  if (args.length === 0) throw new CliError('expected FILE…, a directory, or - for standard input');
  const config = loadLintConfig(process.cwd(), options.config);
  const { inputs, problems } = expandInputs(args);
  const keepLines = options.format === 'text';
  const results: FileResult[] = [];
  for (const input of inputs) {
    const result: FileResult = { path: input.path, findings: [], sourceLines: [] };
    try {
      for await (const chunk of readChunks(input)) {
        const findings = analyze(chunk.text, { ...config, firstLine: chunk.firstLine });
        if (findings.length === 0) continue;
        result.findings.push(...findings);
        if (keepLines) {
          const lines = chunk.text.split('\n');
          for (const f of findings) result.sourceLines.push((lines[f.line - chunk.firstLine] ?? '').replace(/\r$/, ''));
        }
      }
      results.push(result);
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error;
      problems.push(error.message);
    }
  }
  for (const problem of problems) process.stderr.write(`debrief: ${problem}\n`);
  let output: string;
  if (options.format === 'json') output = formatJson(results);
  else if (options.format === 'sarif') output = formatSarif(results, rules, packageVersion());
  else if (options.format === 'github') output = formatGithub(results);
  else output = formatText(results, wantsColour());
  process.stdout.write(output);
  if (problems.length > 0) return exitCodes.usage;
  return results.some((result) => result.findings.length > 0) ? exitCodes.found : exitCodes.ok;
}
