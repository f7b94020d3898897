import { Component, Fragment, type ReactNode } from 'react';
import { retryFailedLoads } from '../lib/lazy-page.js';

interface State {
  error?: Error | undefined;
  attempt: number;
}

/**
 * Catches what a part of the page failed with (most often its code not loading: offline, or a new version
 * deployed) and says so in place, with "Try again", instead of the whole app going blank until a reload. The rest
 * of the page (header, tabs) stays usable. Around a whole page (`page`), the message is that page's main landmark.
 */
export class LoadBoundary extends Component<{ children: ReactNode; page?: boolean }, State> {
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
    const what = this.props.page ? 'This page' : 'This part of the page';
    const message = (
      <div className="card" role="alert">
        <p>
          {loading
            ? `${what} could not be loaded${offline ? ': you are offline' : ''}. Nothing you saved is lost.`
            : `${what} failed: ${error.message}`}
        </p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
    // A whole page that failed still has its main landmark and heading, so a screen reader finds where it is.
    return this.props.page ? (
      <main>
        <h1>{loading ? 'Page not loaded' : 'Page failed'}</h1>
        {message}
      </main>
    ) : (
      message
    );
  }
}
