import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { linter, lintKeymap } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { analyzeText } from './analyze-text.js';
import { toDiagnostics } from './diagnostics.js';

export interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Names of the incident's participants, so the analyzer can tell a person from a system. */
  people: readonly string[];
  placeholderText?: string;
  /** Put the cursor in the editor once it has loaded (it replaces the Edit button that had the focus). */
  autoFocus?: boolean;
}

/**
 * A Markdown editor whose text is analyzed as you type: blameful phrases are underlined, hovering shows the
 * message, the reframing and a systemic question, and one click applies the reframing. Ctrl-Shift-M lists the
 * findings for keyboard users.
 */
export function MarkdownEditor({
  label,
  value,
  onChange,
  people,
  placeholderText = '',
  autoFocus = false,
}: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(undefined);
  const latest = useRef({ onChange, people });
  latest.current = { onChange, people };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; the effect below applies new values
  useEffect(() => {
    if (!host.current) return;
    const analyzer = linter(
      async (editor) => {
        const text = editor.state.doc.toString();
        try {
          return toDiagnostics(text, await analyzeText(text, latest.current.people));
        } catch {
          // The analyzer being unavailable must never block writing; the text is simply not checked.
          return [];
        }
      },
      { delay: 300 },
    );
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
          markdown(),
          analyzer,
          EditorView.lineWrapping,
          placeholder(placeholderText),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    if (autoFocus) created.focus();
    return () => {
      created.destroy();
      view.current = undefined;
    };
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div className="markdown-editor" ref={host} />;
}
