import type { FormEvent } from 'react';
import type { Incident } from '../../../src/domain/index.js';
import { DraftOffer, EditNotices } from '../components/edit-notices.js';
import { MarkdownText } from '../components/markdown-text.js';
import { FormButtons, Section } from '../components/section.js';
import { draftKey } from '../lib/draft-store.js';
import { useIncident } from './incident-context.js';
import { fromIncident, patchIncident } from './patch.js';
import { useEditSession } from './use-edit-session.js';

type ListField = 'wentWell' | 'gotLucky';

/** The items as the textarea shows them: one per line. */
const asLines = (items: readonly string[]) => items.join('\n');
/** The textarea's lines as items: blank lines dropped, list marks people type ("- ", "1. ") taken off. */
export const asItems = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');

/**
 * What went well, or where we got lucky: a list shown as bullets and edited one item per line. Saved against the
 * version the editing started from, so an item someone else added meanwhile is merged in, never overwritten.
 */
export function ListSection({ field, title, hint }: { field: ListField; title: string; hint: string }) {
  const { bundle, editable } = useIncident();
  const { incident } = bundle;
  const pick = (record: Incident) => ({ [field]: asLines(record[field]) }) as Record<ListField, string>;
  const session = useEditSession({
    draftKey: draftKey(incident.id, field),
    stored: { values: pick(incident), version: incident.version },
    textFields: [field],
    write: (values, version) =>
      patchIncident(incident.id, version, { [field]: asItems(values[field] ?? '') }),
    fromCurrent: fromIncident(pick),
  });
  const items = incident[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    await session.submit();
  }

  return (
    <Section title={title} editable={editable} editing={session.editing} onEdit={session.start}>
      <DraftOffer session={session} what={title} />
      {session.values ? (
        <form className="stack" onSubmit={submit}>
          <label>
            {title}
            <textarea
              value={session.values[field]}
              onChange={(event) =>
                session.setValues({ [field]: event.target.value } as Record<ListField, string>)
              }
              rows={Math.max(4, items.length + 2)}
              aria-describedby={`${field}-hint`}
              // biome-ignore lint/a11y/noAutofocus: the person just pressed Edit for this list.
              autoFocus
            />
          </label>
          <p className="muted" id={`${field}-hint`}>
            {hint} One item per line.
          </p>
          <EditNotices session={session} labels={{ [field]: title }} />
          <FormButtons onCancel={session.cancel} busy={session.overlap !== undefined} />
        </form>
      ) : items.length === 0 ? (
        <p className="muted">Nothing noted yet.</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            // Items may repeat; their place is what tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={index}>
              <MarkdownText text={item} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
