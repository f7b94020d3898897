import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { linter, lintKeymap } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';
import { analyzeText } from './analyze-text.js';
import { toDiagnostics } from './diagnostics.js';
import { type ListedFinding, listFindings, rewriteChange } from './finding-list.js';
import { FindingsPanel } from './findings-panel.js';

export interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Names of the incident's participants, so the analyzer can tell a person from a system. */
  people: readonly string[];
  placeholderText?: string;
  /** Put the cursor in the editor once it has loaded (it replaces the Edit button that had the focus). */
  autoFocus?: boolean;
  /**
   * Where the cursor stood in the plain text box shown while the editor loaded, and whether it had the focus, read
   * when the editor opens, so typing goes on there.
   */
  handoff?: (() => { anchor: number; head: number; focused: boolean }) | undefined;
}

/**
 * A Markdown editor whose text is analyzed as you type: blameful phrases are underlined and listed beside the
 * editor with the message, the rewording (one click puts it in place) and a systemic question; hovering an
 * underline shows the same. Ctrl-Shift-M also opens CodeMirror's own list of them.
 */
export function MarkdownEditor({
  label,
  value,
  onChange,
  people,
  placeholderText = '',
  autoFocus = false,
  handoff,
}: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(undefined);
  const latest = useRef({ onChange, people });
  latest.current = { onChange, people };
  const [checked, setChecked] = useState<{ text: string; listed: ListedFinding[] }>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; the effect below applies new values
  useEffect(() => {
    if (!host.current) return;
    const start = handoff?.();
    const analyzer = linter(
      async (editor) => {
        const text = editor.state.doc.toString();
        try {
          const listed = listFindings(text, await analyzeText(text, latest.current.people));
          setChecked({ text, listed });
          return toDiagnostics(listed);
        } catch {
          // The analyzer being unavailable must never block writing; the text is simply not checked.
          setChecked({ text, listed: [] });
          return [];
        }
      },
      { delay: 300 },
    );
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        ...(start && {
          selection: {
            anchor: Math.min(start.anchor, value.length),
            head: Math.min(start.head, value.length),
          },
        }),
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
    // After the stand-in text box, the focus is taken only if it was there (it is then on the page's body).
    const focusWasHere = !start || start.focused || document.activeElement === document.body;
    if (autoFocus && focusWasHere) created.focus();
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

  function rewrite(item: ListedFinding) {
    const current = view.current;
    if (!current || !checked) return;
    const change = rewriteChange(current.state.doc.toString(), checked.text, item);
    if (!change) return;
    current.dispatch({
      changes: change,
      selection: { anchor: change.from + change.insert.length },
      scrollIntoView: true,
    });
    current.focus();
  }

  function show(item: ListedFinding) {
    const current = view.current;
    if (!current) return;
    const length = current.state.doc.length;
    current.dispatch({
      selection: { anchor: Math.min(item.from, length), head: Math.min(item.to, length) },
      scrollIntoView: true,
    });
    current.focus();
  }

  return (
    <div className="editor-with-findings">
      <div className="markdown-editor" ref={host} />
      <FindingsPanel label={label} checked={checked} onRewrite={rewrite} onShow={show} />
    </div>
  );
}
