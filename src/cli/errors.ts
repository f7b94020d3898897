/** Exit codes (`docs/architecture.md, Exit codes`): 0 success, 1 problems found, 2 bad usage or unreadable input. */
export const exitCodes = { ok: 0, found: 1, usage: 2 } as const;

/** A user error the CLI reports as one line on stderr, then exits with `exitCode` (2 by default). */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = exitCodes.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
