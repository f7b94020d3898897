/** The verb's settings read from a plain `debrief lint …` command line. */
export interface LintArgs {
  files: string[];
  options: { format: string; config?: string };
}

const formats = new Set(['text', 'json', 'sarif', 'github']);

/**
 * Reads the common `debrief lint [-f FORMAT] [--config FILE] FILE…` command line without commander, whose loading
 * is about a sixth of the verb's start-up. Anything else (help, global options, an unknown or odd option, a bad
 * format) returns undefined, so commander parses it and words any error exactly as for every other verb.
 */
export function parseLintArgs(args: readonly string[]): LintArgs | undefined {
  if (args[0] !== 'lint') return undefined;
  const files: string[] = [];
  let format = 'text';
  let config: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    let name: string | undefined;
    let value: string | undefined;
    if (arg === '-f' || arg === '--format' || arg === '--config') {
      name = arg;
      value = args[++i];
      if (value === undefined || value.startsWith('-')) return undefined;
    } else if (arg.startsWith('--format=') || arg.startsWith('--config=')) {
      name = arg.slice(0, arg.indexOf('='));
      value = arg.slice(arg.indexOf('=') + 1);
    } else if (arg.startsWith('-') && arg !== '-') {
      return undefined;
    } else {
      files.push(arg);
      continue;
    }
    if (name === '--config') config = value;
    else if (formats.has(value)) format = value;
    else return undefined;
  }
  return { files, options: config === undefined ? { format } : { format, config } };
}
