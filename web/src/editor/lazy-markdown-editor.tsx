import { lazy, Suspense, useRef } from 'react';
import type { MarkdownEditorProps } from './markdown-editor.js';

const load = () => import('./markdown-editor.js');
let loading: ReturnType<typeof load> | undefined;

/** Starts fetching the editor's code (CodeMirror) without waiting for it; once is enough. */
export function preloadMarkdownEditor(): void {
  loading ??= load();
  // A failed fetch is tried again when the editor is opened, and reported there.
  loading.catch(() => {
    loading = undefined;
  });
}

const Editor = lazy(() => {
  preloadMarkdownEditor();
  return (loading as ReturnType<typeof load>).then((module) => ({ default: module.MarkdownEditor }));
});

interface Handoff {
  anchor: number;
  head: number;
  focused: boolean;
}

/**
 * The Markdown editor, loaded only when someone edits, so CodeMirror stays out of the initial JavaScript. While it
 * loads, a plain text box takes the typing (nothing typed in the meantime is lost) and the editor opens with the
 * cursor where it was left.
 */
export function LazyMarkdownEditor(props: MarkdownEditorProps) {
  const handoff = useRef<Handoff>({ anchor: props.value.length, head: props.value.length, focused: false });
  const placed = useRef(false);
  const keep = (box: HTMLTextAreaElement) => {
    const backwards = box.selectionDirection === 'backward';
    handoff.current = {
      anchor: backwards ? box.selectionEnd : box.selectionStart,
      head: backwards ? box.selectionStart : box.selectionEnd,
      focused: document.activeElement === box,
    };
  };
  return (
    <Suspense
      fallback={
        <div className="editor-loading">
          <textarea
            className="markdown-fallback"
            aria-label={props.label}
            value={props.value}
            placeholder={props.placeholderText}
            // biome-ignore lint/a11y/noAutofocus: it stands in for the editor the Edit button opened
            autoFocus={props.autoFocus}
            onChange={(event) => {
              keep(event.currentTarget);
              props.onChange(event.currentTarget.value);
            }}
            onSelect={(event) => keep(event.currentTarget)}
            onFocus={(event) => {
              // Opened to add to the text: the caret starts after it, not before (a browser puts it first).
              const box = event.currentTarget;
              if (!placed.current) box.setSelectionRange(box.value.length, box.value.length);
              placed.current = true;
              keep(box);
            }}
            onBlur={() => {
              handoff.current.focused = false;
            }}
          />
          <p className="muted">Loading the wording check…</p>
        </div>
      }
    >
      <Editor {...props} handoff={() => handoff.current} />
    </Suspense>
  );
}
