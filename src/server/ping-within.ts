import type { Store } from '../store/index.js';

/** Resolves when the database answers a ping within `ms`; rejects when it fails or is too slow. */
export async function pingWithin(store: Pick<Store, 'ping'>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('the database did not answer in time')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
