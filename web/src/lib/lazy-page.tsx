import { type ComponentType, lazy } from 'react';

/** Lazily loaded parts whose code failed to load: each forgets its failure when the reader asks to try again. */
const failed = new Set<() => void>();

/**
 * `React.lazy`, but a failed load (offline, a deploy replaced the chunk) can be tried again: React keeps a lazy
 * component's failure for good, so each try needs a new one. `retryFailedLoads` swaps in a fresh one for every
 * part that failed; `LoadBoundary` calls it from its "Try again" button.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(reset);
          throw error;
        },
      ),
    );
  let current = fresh();
  const reset = () => {
    current = fresh();
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per page at module level, like lazy()
  function LazyPage(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return LazyPage;
}

/** Lets every part that failed to load try again on its next render. */
export function retryFailedLoads(): void {
  for (const reset of failed) reset();
  failed.clear();
}
