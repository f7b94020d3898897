import { type FormEvent, useEffect } from 'react';
import type { Incident } from '../../../src/domain/index.js';
import { DraftOffer, EditNotices } from '../components/edit-notices.js';
import { MarkdownText } from '../components/markdown-text.js';
import { FormButtons, Section } from '../components/section.js';
import { LazyMarkdownEditor, preloadMarkdownEditor } from '../editor/lazy-markdown-editor.js';
import { draftKey } from '../lib/draft-store.js';
import { useIncident } from './incident-context.js';
import { fromIncident, patchIncident } from './patch.js';
import { useEditSession } from './use-edit-session.js';

/** BLUF, summary, the ask of executives or the follow-up plan: shown as text, edited in the analyzing Markdown editor. */
export function ProseSection({
  field,
  title,
  hint,
}: {
  field: 'bluf' | 'summary' | 'ask' | 'followUp';
  title: string;
  hint: string;
}) {
  const { bundle, editable } = useIncident();
  const { incident } = bundle;
  const pick = (record: Incident) => ({ [field]: record[field] }) as Record<typeof field, string>;
  const session = useEditSession({
    draftKey: draftKey(incident.id, field),
    stored: { values: pick(incident), version: incident.version },
    textFields: [field],
    write: (values, version) => patchIncident(incident.id, version, values),
    fromCurrent: fromIncident(pick),
  });
  const people = incident.participants.map((participant) => participant.name);
  useEffect(() => {
    // Whoever may edit will likely open an editor: fetch its code while the page is idle, so Edit opens it at once.
    if (!editable) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1500));
    idle(() => preloadMarkdownEditor());
  }, [editable]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await session.submit();
  }

  return (
    <Section title={title} editable={editable} editing={session.editing} onEdit={session.start}>
      <DraftOffer session={session} what={title} />
      {session.values ? (
        <form className="stack" onSubmit={submit}>
          <p className="muted">{hint}</p>
          <EditNotices session={session} labels={{ [field]: title }} />
          <LazyMarkdownEditor
            label={title}
            value={session.values[field]}
            onChange={(text) => session.setValues({ [field]: text } as Record<typeof field, string>)}
            people={people}
            placeholderText={hint}
            autoFocus
          />
          <FormButtons onCancel={session.cancel} busy={session.overlap !== undefined} />
        </form>
      ) : (
        <MarkdownText text={incident[field]} empty="Not written yet." />
      )}
    </Section>
  );
}
