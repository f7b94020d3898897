import { type DragEvent, useId, useState } from 'react';
import { describeError } from '../api/api-error.js';
import type { EvidenceDraft } from '../api/types.js';
import { uploadFiles } from '../api/upload.js';
import { FormError } from '../components/form-error.js';
import { useIncident } from '../incident/incident-context.js';
import { formatBytes } from './draft-moments.js';
import { DraftReview } from './draft-review.js';
import { uploadProblem } from './upload-problem.js';

/** Evidence upload by drag and drop or file picker, with progress; the draft is reviewed before anything is saved. */
export function EvidenceUpload() {
  const { bundle } = useIncident();
  const inputId = useId();
  const [progress, setProgress] = useState<number>();
  const [files, setFiles] = useState<File[]>([]);
  const [draft, setDraft] = useState<EvidenceDraft>();
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  // As the CLI's --tz: timestamps written without a zone are read in this one (UTC unless chosen).
  const [zone, setZone] = useState('UTC');
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function upload(chosen: File[]) {
    if (chosen.length === 0) return;
    setFiles(chosen);
    setDraft(undefined);
    const problem = uploadProblem(chosen);
    setError(problem);
    if (problem) return;
    setProgress(0);
    try {
      const path = `/api/incidents/${encodeURIComponent(bundle.incident.id)}/evidence?tz=${encodeURIComponent(zone.trim() || 'UTC')}`;
      setDraft(await uploadFiles<EvidenceDraft>(path, chosen, setProgress));
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setProgress(undefined);
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    upload([...event.dataTransfer.files]);
  }

  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Evidence</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for pointer users; the file button inside is the keyboard path */}
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>Drop logs, alert exports or chat transcripts here (plain, .gz, or a Slack export zip), or</p>
        <label htmlFor={inputId} className="button">
          Choose evidence files
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          onChange={(event) => {
            upload([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      <label className="inline">
        Time zone of timestamps written without one
        <input
          list={`${inputId}-zones`}
          value={zone}
          onChange={(event) => setZone(event.target.value)}
          size={20}
        />
        <datalist id={`${inputId}-zones`}>
          <option value="UTC" />
          {browserZone && browserZone !== 'UTC' && <option value={browserZone} />}
        </datalist>
      </label>
      {progress !== undefined && (
        <div className="upload-progress">
          <label>
            Uploading {files.length} file{files.length === 1 ? '' : 's'} ({formatBytes(totalBytes)})
            <progress max={1} value={progress} />
          </label>
          <span aria-live="polite">{Math.round(progress * 100)}%</span>
        </div>
      )}
      <FormError message={error} />
      {draft && <DraftReview draft={draft} onDone={() => setDraft(undefined)} />}
    </section>
  );
}
