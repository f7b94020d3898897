import type { IncidentDocument } from '../domain/index.js';
import { analyze, type Finding, isLearnedFinding } from '../language/index.js';
import type { Audience } from './audience.js';
import { calendarText, htmlToText } from './published-text.js';
import type { RenderedReport } from './render.js';
import { publishedProse } from './render.js';
import { actionsGithubMarkdown } from './trackers.js';
import { placeholderRoles, writtenWhere } from './written-where.js';

/** What the blameless-language check found in a report's published prose, and whether it blocks publishing. */
export interface LanguageGate {
  text: string;
  findings: Finding[];
  /** Exec and public reports leave the team; they are held back while a rule's findings remain. */
  blocks: boolean;
  /** Those of `findings` found in the author's own words of an exec report (`RenderedReport.authorsWords`). */
  inAuthorsWords: ReadonlySet<Finding>;
}

/**
 * The text a report puts in front of its reader, exactly: the rendered Markdown, Slack or tracker text, the words of
 * the HTML (the PDF is printed from it), so what debrief adds itself (headings, plain-words notes, the BLUF's
 * template) is checked with the author's words, after redaction and anonymisation. Formats made for machines
 * (JSON, calendars, CSV) are checked on the prose their view carries.
 */
export function publishedText(report: RenderedReport): string {
  switch (report.format) {
    case 'md':
    case 'slack':
    case 'github-md':
      return report.text;
    case 'html':
    case 'pdf':
      return htmlToText(report.text);
    case 'jira-csv':
    case 'github-json':
      // The same issue titles and bodies as github-md, in another container: checked as the words they hold.
      return actionsGithubMarkdown(report.view, undefined, report.audience);
    case 'ics':
      return calendarText(report.text);
    default:
      // The public JSON carries only some of the view (render.ts `publicIncident`): what it lacks is not checked
      // (trial 12f F12-6: a finding in "Where we got lucky" refused a JSON that has no such section).
      if (report.format === 'json' && report.audience === 'public') return publicJsonProse(report);
      return [
        publishedProse(report.view, report.bluf),
        ...report.failureModes.map((mode) => `${mode.entry.term}: ${mode.entry.exec}`),
      ].join('\n\n');
  }
}

/** The prose of a public JSON: the fields `publicIncident` keeps, and the bottom line debrief builds. */
function publicJsonProse(report: RenderedReport): string {
  const { view } = report;
  return [
    view.title,
    report.bluf.text,
    view.summary,
    view.impact.description,
    ...view.timeline.map((event) => event.summary),
    ...view.factors.flatMap((factor) => [factor.title, factor.description]),
    ...view.actions.filter((action) => action.status !== 'dropped').map((action) => action.title),
    view.followUp,
  ]
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}

/**
 * Runs the analyzer over what a report publishes; names the incident's people so person-blame is caught. Exec and
 * public reports are read as published; an engineering report (warnings only) on its prose, log lines included.
 */
export function checkReportLanguage(report: RenderedReport, audience: Audience): LanguageGate {
  const text = audience === 'engineering' ? publishedProse(report.view, report.bluf) : publishedText(report);
  const people = [
    ...report.people,
    ...report.view.participants.map((p) => p.name),
    ...report.view.actions.map((a) => a.owner),
  ].filter((name) => name !== '' && !/\bteam\b/i.test(name) && !/^(?:the|an?)\s/i.test(name));
  const published = [...analyze(text, { people, every: true }), ...factorsNamingPeople(report, people)];
  // A rule's finding in the author's words that the published wording no longer meets: said in plain words, the
  // blame is still there (trial 23: "the high error rate alert" for "the HighErrorRate alert").
  const inAuthorsWords = new Set(
    report.authorsWords === undefined
      ? []
      : analyze(report.authorsWords, { people, every: true }).filter(
          (finding) =>
            !isLearnedFinding(finding) &&
            !published.some((other) => other.ruleId === finding.ruleId && !isLearnedFinding(other)),
        ),
  );
  const findings = [...published, ...inAuthorsWords];
  // The learned model's reading (src/language/learned.ts) is listed with the rest, but only a rule's finding holds
  // a report back: a statistical reading of a whole sentence, without words a rule names, is for the author to
  // weigh, not a reason to refuse what the rules pass.
  const blocks = audience !== 'engineering' && findings.some((finding) => !isLearnedFinding(finding));
  return { text, findings, blocks, inAuthorsWords };
}

// The labels anonymisation and redaction put where a person was: "an engineer", "responder 2", "the scribe".
const placeholder = new RegExp(String.raw`^(?:an engineer|(?:the )?(?:${placeholderRoles})(?: \d+)?)$`, 'i');

/**
 * A contributing factor is a condition in the system; one whose title is a person ("Kwame Mensah", or "responder
 * 1" once anonymised) puts a person in the report's "Systemic cause" line, which no sentence rule sees.
 */
function factorsNamingPeople(report: RenderedReport, people: readonly string[]): Finding[] {
  const names = new Set(people.map((name) => name.toLowerCase()));
  return report.view.factors.flatMap((factor) => {
    const title = factor.title.trim().replace(/[.]$/, '');
    if (!names.has(title.toLowerCase()) && !placeholder.test(title)) return [];
    return [
      {
        ruleId: 'person_as_cause/factor-is-a-person',
        category: 'person_as_cause',
        severity: 'error',
        message: `the contributing factor "${title}" is a person; a factor is a condition in the system`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        text: title,
        suggestions: [],
        question: 'What condition in the system, the process or the tools made this possible?',
      } satisfies Finding,
    ];
  });
}

/**
 * One line per finding: where the author wrote it (a field or a record, given the incident), the section of the
 * report it is in (the heading above it, as the reader sees it), where it
 * is in the published text, what it says, and the question to ask instead. The section tells the author which field
 * to edit (trial 12e E-9): the line and column alone point into a report that was never written to disk.
 */
export function formatGateFindings(gate: LanguageGate, doc?: IncidentDocument): string[] {
  const lines = gate.text.split('\n');
  return gate.findings.map((f) => {
    // Where the author wrote it, when a field holds the phrase as written: what to edit (trial 24).
    const where = doc && writtenWhere(doc, f.text);
    const written = where ? `written in ${where} of ${doc?.id}; ` : '';
    if (gate.inAuthorsWords.has(f))
      return `${written}the incident's own words (reworded in the report) ${f.severity} ${f.ruleId}: ${f.message} ("${f.text}")${f.question ? ` Ask instead: ${f.question}` : ''}`;
    const section = sectionAt(lines, f.line);
    return `${written}${section ? `"${section}", ` : ''}published text ${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message} ("${f.text}")${f.question ? ` Ask instead: ${f.question}` : ''}`;
  });
}

/** The nearest heading above a line: Markdown "## Impact", Slack "*Impact*", or an HTML heading's own line. */
function sectionAt(lines: readonly string[], line: number): string | undefined {
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    const heading = /^#{1,6}\s+(.+)$/.exec(text) ?? /^\*([^*]{2,60})\*:?$/.exec(text);
    if (heading) return heading[1]!.trim();
  }
  return undefined;
}
