import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
// The analyzer's modules directly, not its index: the lint path has no use for the remark plugin.
import { analyze } from '../../language/analyze.js';
import { rules } from '../../language/rules.js';
import { CliError, exitCodes } from '../errors.js';
import { findLintConfig } from './config.js';
import { type FileResult, formatGithub, formatJson, formatSarif, formatText } from './format.js';
import { expandInputs, InputProblem, readChunks } from './input.js';

/** Where the verb reads and writes: the process by default, buffers in tests. */
export interface LintIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<Buffer | string>;
  cwd: string;
  env: Record<string, string | undefined>;
}

const processIo = (): LintIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  // Only read for `-`: opening standard input costs a few milliseconds of start-up.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
});

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Lints the inputs and prints the chosen format; returns the exit code (0 clean, 1 findings, 2 bad input). */
export async function runLint(
  args: readonly string[],
  options: { format: string; config?: string | undefined },
  io: LintIo = processIo(),
): Promise<number> {
  if (args.length === 0) throw new CliError('expected FILE…, a directory, or - for standard input');
  // A lint process is short: V8 would first interpret each rule's regular expression and compile it on its second
  // run; compiling at once costs less over a file or an archive (bench/language-archive.ts, item 6 of issue 17).
  setFlagsFromString('--no-regexp-tier-up');
  // Likewise V8 optimises a function once it has run a little (an interrupt budget of 66 KB of bytecode, three
  // times): on a lint of an archive that sent the analyzer's larger functions through the optimising compiler
  // several times each, and compiling cost a third of the process's CPU time. With a budget thirty times larger a
  // 1 MB archive runs on baseline code at about two thirds of the CPU time, and a 10 MB one is no slower (functions
  // hot enough are still optimised). Measured in bench/language-archive.ts.
  setFlagsFromString('--interrupt-budget=2000000');
  const found = findLintConfig(io.cwd, options.config);
  const config = found
    ? (await import('./config-schema.js')).validateLintConfig(found.value, found.where)
    : {};
  const { inputs, problems } = expandInputs(args, io.cwd);
  const keepLines = options.format === 'text';
  const results: FileResult[] = [];
  for (const input of inputs) {
    const result: FileResult = { path: input.path, findings: [], sourceLines: [] };
    try {
      for await (const chunk of readChunks(input, () => io.stdin, io.cwd)) {
        const findings = analyze(chunk.text, { ...config, firstLine: chunk.firstLine, every: true });
        if (findings.length === 0) continue;
        result.findings.push(...findings);
        if (keepLines) {
          const lines = chunk.text.split('\n');
          for (const f of findings)
            result.sourceLines.push((lines[f.line - chunk.firstLine] ?? '').replace(/\r$/, ''));
        }
      }
      results.push(result);
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error;
      problems.push(error.message);
    }
  }
  for (const problem of problems) io.stderr.write(`debrief: ${problem}\n`);
  // Nothing was read: the errors stand alone, with no summary that reads like a clean result.
  if (results.length === 0 && problems.length > 0) return exitCodes.usage;
  let output: string;
  if (options.format === 'json') output = formatJson(results);
  else if (options.format === 'sarif') output = formatSarif(results, rules, packageVersion());
  else if (options.format === 'github') output = formatGithub(results);
  // Colour only on a terminal, and never when NO_COLOR is set.
  else output = formatText(results, Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
  io.stdout.write(output);
  if (problems.length > 0) return exitCodes.usage;
  return results.some((result) => result.findings.length > 0) ? exitCodes.found : exitCodes.ok;
}
