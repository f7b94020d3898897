import { type FormEvent, useState } from 'react';
import { FormButtons, Section } from '../components/section.js';
import { LazyMarkdownEditor } from '../editor/lazy-markdown-editor.js';
import { useIncident } from './incident-context.js';
import { patchIncident } from './patch.js';

/** BLUF, summary or the ask of executives: shown as text, edited in the analyzing Markdown editor. */
export function ProseSection({
  field,
  title,
  hint,
}: {
  field: 'bluf' | 'summary' | 'ask';
  title: string;
  hint: string;
}) {
  const { bundle, editable, save } = useIncident();
  const { incident } = bundle;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(incident[field]);
  const people = incident.participants.map((participant) => participant.name);

  function start() {
    setText(incident[field]);
    setEditing(true);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save(() => patchIncident(incident, { [field]: text }))) setEditing(false);
  }

  return (
    <Section title={title} editable={editable} editing={editing} onEdit={start}>
      {editing ? (
        <form className="stack" onSubmit={submit}>
          <p className="muted">{hint}</p>
          <LazyMarkdownEditor
            label={title}
            value={text}
            onChange={setText}
            people={people}
            placeholderText={hint}
            autoFocus
          />
          <FormButtons onCancel={() => setEditing(false)} />
        </form>
      ) : incident[field] === '' ? (
        <p className="muted">Not written yet.</p>
      ) : (
        <div className="prose">{incident[field]}</div>
      )}
    </Section>
  );
}
