import { useEffect, useState } from 'react';
import { describeError } from '../api/api-error.js';
import { apiText } from '../api/client.js';
import { FormError } from '../components/form-error.js';
import { useIncident } from '../incident/incident-context.js';
import { type ReportAudience, reportAudiences, reportFormats, reportUrl } from './report-links.js';

const audienceLabels: Record<ReportAudience, string> = {
  engineering: 'Engineering',
  exec: 'Executives',
  public: 'Public',
};

/** A preview of the report for each audience, and downloads in every format. */
export function ReportTab() {
  const { bundle } = useIncident();
  const [audience, setAudience] = useState<ReportAudience>('engineering');
  const [html, setHtml] = useState<string>();
  const [error, setError] = useState<string>();
  const id = bundle.incident.id;
  const previewUrl = reportUrl(id, audience, 'html', false);
  const version = bundle.incident.version;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the incident re-renders the preview
  useEffect(() => {
    let live = true;
    setHtml(undefined);
    setError(undefined);
    apiText(previewUrl)
      .then((text) => live && setHtml(text))
      .catch((caught) => live && setError(describeError(caught)));
    return () => {
      live = false;
    };
  }, [previewUrl, version]);

  return (
    <section className="card" aria-labelledby="report-title">
      <div className="section-head">
        <h2 id="report-title">Report</h2>
      </div>
      <fieldset className="row">
        <legend>Audience</legend>
        {reportAudiences.map((value) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name="audience"
              value={value}
              checked={audience === value}
              onChange={() => setAudience(value)}
            />
            {audienceLabels[value]}
          </label>
        ))}
      </fieldset>
      <nav aria-label="Downloads" className="row downloads">
        {reportFormats.map(({ format, label }) => (
          <a key={format} className="button secondary" href={reportUrl(id, audience, format, true)} download>
            Download {label}
          </a>
        ))}
      </nav>
      <FormError message={error} />
      {/*
        The server refuses to be framed, so the preview is fetched and shown with srcdoc; the empty sandbox keeps
        any script in the rendered report from running even though the server already sanitizes it.
      */}
      {html !== undefined && (
        <iframe
          className="report-preview"
          title={`Report preview for ${audienceLabels[audience]}`}
          sandbox=""
          srcDoc={html}
        />
      )}
    </section>
  );
}
