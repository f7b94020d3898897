import type { Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type { Finding } from '../api/types.js';
import type { ListedFinding } from './finding-list.js';
import { sentenceAround } from './finding-range.js';
import { adviceOf } from './reframe.js';

function paragraph(className: string, label: string, text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  if (label !== '') {
    const strong = document.createElement('strong');
    strong.textContent = label;
    element.append(strong, ' ');
  }
  element.append(text);
  return element;
}

/** Renders a finding for the hover tooltip: what is wrong, how to reframe it, what to ask instead. */
function renderFinding(finding: Finding, rewrite: string | undefined): HTMLElement {
  const box = document.createElement('div');
  box.className = 'finding';
  box.append(paragraph('finding-message', '', finding.message));
  if (rewrite) box.append(paragraph('finding-reframing', 'Reframe as:', rewrite));
  const [advice] = adviceOf(finding);
  if (advice) box.append(paragraph('finding-advice', rewrite ? 'Or:' : 'Reframe:', advice));
  if (finding.question) box.append(paragraph('finding-question', 'Ask instead:', finding.question));
  return box;
}

function severityOf(finding: Finding): Diagnostic['severity'] {
  if (finding.severity === 'error') return 'error';
  return finding.severity === 'warning' ? 'warning' : 'info';
}

/**
 * Turns the listed findings into CodeMirror diagnostics: underlined spans, a tooltip with the message, reframing
 * and question, and, when the analyzer rewrote the sentence, a one-click action that puts the rewrite in place.
 */
export function toDiagnostics(listed: readonly ListedFinding[]): Diagnostic[] {
  return listed.map(({ finding, from, to, rewrite }) => {
    const diagnostic: Diagnostic = {
      from,
      to,
      severity: severityOf(finding),
      source: finding.ruleId,
      message: [
        finding.message,
        rewrite && `Reframe as: ${rewrite}`,
        finding.question && `Ask instead: ${finding.question}`,
      ]
        .filter(Boolean)
        .join('\n'),
      renderMessage: () => renderFinding(finding, rewrite),
    };
    if (rewrite) {
      diagnostic.actions = [
        {
          name: 'Apply reframing',
          apply(view: EditorView, start: number, end: number) {
            // The rewrite is a whole sentence, so it replaces the sentence the finding sits in.
            const sentence = sentenceAround(view.state.doc.toString(), start, end);
            view.dispatch({ changes: { from: sentence.from, to: sentence.to, insert: rewrite } });
          },
        },
      ];
    }
    return diagnostic;
  });
}
