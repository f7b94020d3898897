import { lazy, Suspense } from 'react';
import type { MarkdownEditorProps } from './markdown-editor.js';

const Editor = lazy(() =>
  import('./markdown-editor.js').then((module) => ({ default: module.MarkdownEditor })),
);

/** The Markdown editor, loaded only when someone edits, so CodeMirror stays out of the initial JavaScript. */
export function LazyMarkdownEditor(props: MarkdownEditorProps) {
  return (
    <Suspense fallback={<p className="muted">Loading the editor…</p>}>
      <Editor {...props} />
    </Suspense>
  );
}
