import type { Command } from 'commander';
import { CliError, exitCodes } from './errors.js';

interface CodedError {
  code?: unknown;
  exitCode?: unknown;
  message: string;
}

const domainExitCodes: Record<string, number> = {
  not_found: exitCodes.usage,
  invalid_input: exitCodes.usage,
  forbidden: exitCodes.usage,
  unavailable: exitCodes.usage,
  conflict: exitCodes.found,
  blame_found: exitCodes.found,
};

/** Runs the program and turns errors into one line on stderr and an exit code; stacks only with DEBRIEF_DEBUG. */
export async function runMain(
  program: Command,
  argv: string[],
  isCommanderError: (error: unknown) => boolean,
): Promise<void> {
  await runReporting(() => program.parseAsync(argv), isCommanderError);
}

/** Runs `work` and turns errors into one line on stderr and an exit code; stacks only with DEBRIEF_DEBUG. */
export async function runReporting(
  work: () => Promise<unknown>,
  isCommanderError: (error: unknown) => boolean,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    process.exitCode = exitCodeFor(error, isCommanderError);
    if (!isCommanderError(error)) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`debrief: ${message}\n`);
      if (process.env.DEBRIEF_DEBUG && error instanceof Error && error.stack) {
        process.stderr.write(`${error.stack}\n`);
      }
    }
  }
}

function exitCodeFor(error: unknown, isCommanderError: (error: unknown) => boolean): number {
  const coded = error as CodedError;
  if (isCommanderError(error)) {
    const code = String(coded.code);
    return code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help'
      ? exitCodes.ok
      : exitCodes.usage;
  }
  if (error instanceof CliError) return error.exitCode;
  if (typeof coded?.code === 'string' && coded.code in domainExitCodes)
    return domainExitCodes[coded.code] ?? 2;
  return exitCodes.usage;
}
