import { Component, Fragment, type ReactNode } from 'react';
import { retryFailedLoads } from '../lib/lazy-page.js';

interface State {
  error?: Error | undefined;
  attempt: number;
}

/**
 * Catches what a part of the page failed with (most often its code not loading: offline, or a new version
 * deployed) and says so in place, with "Try again", instead of the whole app going blank until a reload. The rest
 * of the page (header, tabs) stays usable.
 */
export class LoadBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  private retry = () => {
    retryFailedLoads();
    this.setState((state) => ({ error: undefined, attempt: state.attempt + 1 }));
  };

  override render() {
    const { error, attempt } = this.state;
    if (error === undefined) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    const loading =
      /dynamically imported module|Importing a module script failed|Failed to fetch|ChunkLoadError|Unable to preload CSS/i.test(
        error.message,
      );
    return (
      <div className="card" role="alert">
        <p>
          {loading
            ? `This part of the page could not be loaded${offline ? ': you are offline' : ''}. Nothing you saved is lost.`
            : `This part of the page failed: ${error.message}`}
        </p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
