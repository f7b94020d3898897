import type { ListedFinding } from './finding-list.js';
import { findingsSummary } from './finding-list.js';

const severityWords = { error: 'Blame', warning: 'Take care', suggestion: 'Consider' } as const;

/**
 * The findings of the text being edited, in a list beside the editor: what was found, the rewording (applied in one
 * click), other advice and the systemic question to ask instead. Its summary line is announced to screen readers
 * as it changes.
 */
export function FindingsPanel({
  label,
  checked,
  onRewrite,
  onShow,
}: {
  label: string;
  /** The text last checked and its findings; undefined until the first check is done. */
  checked: { text: string; listed: readonly ListedFinding[] } | undefined;
  onRewrite: (item: ListedFinding) => void;
  onShow: (item: ListedFinding) => void;
}) {
  const listed = checked?.listed ?? [];
  return (
    <section className="findings-panel" aria-label={`Wording check of ${label}`}>
      <p className="findings-summary" aria-live="polite">
        {checked ? findingsSummary(checked.text, listed) : 'Checking the wording…'}
      </p>
      {listed.length > 0 && (
        <ol className="findings-list">
          {listed.map((item) => (
            <li key={item.key} className={`finding-item finding-${item.finding.severity}`}>
              <p>
                <strong>{severityWords[item.finding.severity]}:</strong> “{item.finding.text}” —{' '}
                {item.finding.message}
              </p>
              {item.rewrite && (
                <p>
                  <strong>Reword as:</strong> {item.rewrite}
                </p>
              )}
              {item.advice && (
                <p>
                  <strong>{item.rewrite ? 'Or:' : 'Reword:'}</strong> {item.advice}
                </p>
              )}
              {item.finding.question && (
                <p>
                  <strong>Ask instead:</strong> {item.finding.question}
                </p>
              )}
              <div className="row">
                {item.rewrite && (
                  <button type="button" onClick={() => onRewrite(item)}>
                    Use this wording
                  </button>
                )}
                <button type="button" className="secondary" onClick={() => onShow(item)}>
                  Show in text
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
