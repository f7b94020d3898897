import { type Action, factorCategoryLabels, type IncidentDocument, isOpenAction } from '../domain/index.js';
import { incidentReference, incidentUrl } from './links.js';
import { escapeReaderText } from './markdown/escape.js';

/** The actions worth filing: open or in progress. Done and dropped ones are history, not tickets. */
function fileable(doc: IncidentDocument): Action[] {
  return doc.actions.filter(isOpenAction);
}

/**
 * Who the export is for: the team's own tracker (engineering: ids and owners), or readers outside it (exec: no
 * record ids; public: no ids and no owners, which the public view has already removed).
 */
export type TrackerReader = 'engineering' | 'exec' | 'public';

function issueBody(
  doc: IncidentDocument,
  action: Action,
  baseUrl: string | undefined,
  reader: TrackerReader = 'engineering',
  markdown = true,
): string {
  const factor = doc.factors.find((f) => f.id === action.factorId);
  // Readers outside the team get people's text as text: no HTML or links of its own in the Markdown.
  const text = reader === 'engineering' || !markdown ? (value: string) => value : escapeReaderText;
  const lines = [
    reader === 'engineering'
      ? `Action item ${action.id} from a blameless post-mortem.`
      : 'An action item from a blameless post-mortem.',
    '',
    ...(reader === 'public' ? [] : [`- Owner: ${action.owner ? text(action.owner) : 'to be agreed'}`]),
    `- Due: ${action.dueDate ?? 'to be agreed'}`,
    `- Priority: ${action.priority}`,
    `- Type: ${action.type}`,
  ];
  if (factor) lines.push(`- Addresses: ${text(factor.title)} (${factorCategoryLabels[factor.category]})`);
  // Readers outside the team get no record id (trial 12e E-21), and the public no link into the internal app.
  const url = reader === 'exec' ? incidentUrl(doc.id, baseUrl) : undefined;
  lines.push(
    '',
    reader === 'engineering'
      ? incidentReference(doc.id, text(doc.title), baseUrl)
      : `From the post-mortem "${text(doc.title)}"${url ? `: ${url}` : '.'}`,
  );
  return lines.join('\n');
}

const csvCell = (value: string) =>
  /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
// A spreadsheet would run a cell starting with = + - @ as a formula; a leading quote keeps it text.
const safeCell = (value: string) => csvCell(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const jiraPriority = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/**
 * Open actions as CSV for Jira's importer: one row each, repeated Labels columns (the importer's way to give
 * several labels), and a description linking back to the incident.
 */
export function actionsJiraCsv(
  doc: IncidentDocument,
  baseUrl?: string,
  reader: TrackerReader = 'engineering',
): string {
  const header = [
    'Summary',
    'Issue Type',
    'Priority',
    'Due Date',
    'Assignee',
    'Labels',
    'Labels',
    'Labels',
    'Description',
  ];
  const rows = fileable(doc).map((action) => [
    action.title,
    'Task',
    jiraPriority[action.priority],
    action.dueDate ?? '',
    // Jira matches an assignee by user name: a chat handle's "@" is no part of it (trial 12g G-22).
    action.owner.replace(/^@(?=[\p{L}\p{N}])/u, ''),
    'postmortem',
    // The public export names no incident id (trial 21 F18): a label of its own kind instead.
    reader === 'public' ? `priority-${action.priority}` : doc.id,
    `action-${action.type}`,
    // Jira's description is wiki markup, not Markdown: no Markdown escapes there.
    issueBody(doc, action, baseUrl, reader, false),
  ]);
  return `${[header, ...rows].map((row) => row.map(safeCell).join(',')).join('\r\n')}\r\n`;
}

/** One GitHub issue to create: the shape `gh issue create` and the REST API take. */
export interface GithubIssue {
  title: string;
  body: string;
  labels: string[];
}

/** Open actions as GitHub issues, each linking back to the incident. */
export function actionsGithubIssues(
  doc: IncidentDocument,
  baseUrl?: string,
  reader: TrackerReader = 'engineering',
): GithubIssue[] {
  return fileable(doc).map((action) => ({
    // An issue title is plain text on GitHub; the body is Markdown.
    title: action.title,
    body: issueBody(doc, action, baseUrl, reader),
    labels: ['postmortem', `action:${action.type}`, `priority:${action.priority}`],
  }));
}

/** Open actions as Markdown, one section per issue, ready to paste into GitHub. */
export function actionsGithubMarkdown(
  doc: IncidentDocument,
  baseUrl?: string,
  reader: TrackerReader = 'engineering',
): string {
  const issues = actionsGithubIssues(doc, baseUrl, reader);
  const heading = reader === 'engineering' ? (title: string) => title : escapeReaderText;
  if (issues.length === 0)
    return reader === 'engineering' ? `No open action items for ${doc.id}.\n` : 'No open action items.\n';
  return `${issues
    .map(
      (issue) =>
        `## ${heading(issue.title.replace(/^#+\s*/, ''))}\n\nLabels: ${issue.labels.join(', ')}\n\n${issue.body}\n`,
    )
    .join('\n---\n\n')}`;
}
