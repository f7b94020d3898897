import { isDebriefError } from '../domain/index.js';

/**
 * Runs a read-plan-write `attempt` again while a second person's write lands between its read and its write (a
 * `conflict`), up to `times` in all. Only for changes that still mean the same on the newer record (adding a
 * decision, a note, a person, evidence): a change that replaces what someone else wrote must surface the conflict.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, times = 5): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= times || !isDebriefError(error) || error.code !== 'conflict') throw error;
    }
  }
}
