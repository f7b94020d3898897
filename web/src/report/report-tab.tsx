import { useEffect, useState } from 'react';
import { ApiError, describeError } from '../api/api-error.js';
import { apiText } from '../api/client.js';
import { FormError } from '../components/form-error.js';
import { useIncident } from '../incident/incident-context.js';
import { DownloadLink } from './download-link.js';
import { downloadFormats, type ReportAudience, reportAudiences, reportUrl } from './report-links.js';

const audienceLabels: Record<ReportAudience, string> = {
  engineering: 'Engineering',
  exec: 'Executives',
  public: 'Public',
};

interface GateFinding {
  ruleId: string;
  message: string;
  text: string;
  question?: string;
}

/** The findings of a refused report, from the error's details. */
function refusedFindings(error: unknown): GateFinding[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'blame_found') return undefined;
  const findings = (error.details as { findings?: GateFinding[] } | undefined)?.findings;
  return Array.isArray(findings) ? findings : [];
}

/**
 * A preview of the report for each audience, and downloads in every format. An exec or public report whose text
 * has blameful language is held back, as by the CLI: the findings are listed, and an editor may publish it
 * anyway, which the server records in the audit log.
 */
export function ReportTab() {
  const { bundle, editable } = useIncident();
  const [audience, setAudience] = useState<ReportAudience>('engineering');
  // "Publish anyway" holds for the version whose findings the person saw: a later version (someone else's edit) is
  // checked again and, with findings, held back again (trial 12b T12-26).
  const [overrideFor, setOverrideFor] = useState<number>();
  // Role labels instead of names, for sharing a report beyond the people in it; the public report names no one
  // already, so the choice is offered for the other two.
  const [anonymizeChosen, setAnonymize] = useState(false);
  const anonymize = anonymizeChosen && audience !== 'public';
  const [html, setHtml] = useState<string>();
  const [error, setError] = useState<string>();
  const [downloadError, setDownloadError] = useState<string>();
  const [refused, setRefused] = useState<GateFinding[]>();
  const id = bundle.incident.id;
  const version = bundle.incident.version;
  const override = overrideFor === version;
  const previewUrl = reportUrl(id, audience, 'html', false, override, anonymize);
  const downloads = downloadFormats(audience, bundle.reviews.length);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version of the incident re-renders the preview
  useEffect(() => {
    let live = true;
    setHtml(undefined);
    setError(undefined);
    setRefused(undefined);
    setDownloadError(undefined);
    apiText(previewUrl)
      .then((text) => live && setHtml(text))
      .catch((caught) => {
        if (!live) return;
        const findings = refusedFindings(caught);
        if (findings) setRefused(findings);
        else setError(describeError(caught));
      });
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
              onChange={() => {
                setAudience(value);
                setOverrideFor(undefined);
              }}
            />
            {audienceLabels[value]}
          </label>
        ))}
      </fieldset>
      {audience !== 'public' && (
        <label className="inline">
          <input
            type="checkbox"
            checked={anonymizeChosen}
            onChange={(event) => {
              setAnonymize(event.target.checked);
              setOverrideFor(undefined);
            }}
          />
          Anonymise people (role labels such as “the incident commander” instead of names)
        </label>
      )}
      {refused === undefined ? (
        <>
          <nav aria-label="Downloads" className="row downloads">
            {downloads.formats.map(({ format, label }) => (
              <DownloadLink
                key={format}
                href={reportUrl(id, audience, format, true, override, anonymize)}
                label={`Download ${label}`}
                fallbackName={`${id}-${audience}${anonymize ? '-anonymised' : ''}.${format === 'slack' ? 'txt' : format}`}
                onStart={() => setDownloadError(undefined)}
                onError={setDownloadError}
              />
            ))}
          </nav>
          {downloads.noCalendar && <p className="muted">{downloads.noCalendar}</p>}
        </>
      ) : (
        <div role="alert" className="gate">
          <p>
            The {audienceLabels[audience].toLowerCase()} report is held back: its text has{' '}
            {refused.length === 1 ? 'one finding' : `${refused.length} findings`} of blameful language. Reword{' '}
            {refused.length === 1 ? 'it' : 'them'} where {refused.length === 1 ? 'it is' : 'they are'} written
            (the Overview, a timeline event or an action), then publish.
          </p>
          <ul>
            {refused.map((finding, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id and keep their order
              <li key={index}>
                “{finding.text}”: {finding.message}
                {finding.question ? ` Ask instead: ${finding.question}` : ''}
              </li>
            ))}
          </ul>
          {editable && (
            <button type="button" className="secondary" onClick={() => setOverrideFor(version)}>
              Publish anyway (recorded in the audit log)
            </button>
          )}
        </div>
      )}
      <FormError message={downloadError} />
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
