import { type RemindersConfig, remindersConfigSchema } from '../domain/index.js';
import { formatPath } from '../domain/validate.js';
import { CliError } from './errors.js';

/**
 * Fills `${NAME}` in every string from the environment, so webhook URLs and mail passwords, which are secrets, stay
 * out of a configuration file that is committed; a name that is not set is an error naming the key.
 */
function expand(value: unknown, path: string, env: NodeJS.ProcessEnv, where: string): unknown {
  if (typeof value === 'string') {
    // Inside a URL's user name or password (smtp://user:${PASSWORD}@host), a value is percent-encoded: a
    // generated password's / # ? @ would otherwise end that part of the URL.
    const userinfoEnd = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value.lastIndexOf('@') : -1;
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string, offset: number) => {
      const found = env[name];
      if (found === undefined) {
        throw new CliError(
          `invalid configuration in ${where}: ${path}: environment variable ${name} is not set`,
        );
      }
      return offset < userinfoEnd ? encodeURIComponent(found) : found;
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => expand(item, `${path}[${i}]`, env, where));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, expand(item, `${path}.${key}`, env, where)]),
    );
  }
  return value;
}

/**
 * The project's reminder settings ("reminders" in debrief.config.json or under "debrief" in package.json), checked
 * in full: an address or URL that is wrong stops the verb here with the key named. Undefined when none are set.
 */
export async function configuredReminders(
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<RemindersConfig | undefined> {
  const { findLintConfig } = await import('./lint/config.js');
  const found = findLintConfig(cwd);
  if (!found) return undefined;
  const { validateLintConfig } = await import('./lint/config-schema.js');
  const raw = validateLintConfig(found.value, found.where).reminders;
  if (raw === undefined) return undefined;
  const result = remindersConfigSchema.safeParse(expand(raw, 'reminders', env, found.where));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = formatPath(['reminders', ...(issue?.path ?? [])]);
  throw new CliError(
    `invalid configuration in ${found.where}: ${key}: ${issue?.message ?? 'unknown problem'}`,
  );
}
