/*
 * The canonical Markdown format of an incident. One file holds a whole incident and reads back exactly:
 *
 *   ---                                YAML front matter: id, severity, status, services, restricted (when
 *   id: INC-7K3M9QX2                   true), impact numbers and business facts (usersAffected, failedRequests,
 *   severity: SEV2                     errorBudgetBurn, cost, slaBreached, sla), moments ({at, eventId?,
 *   ...                                reason?} each), participants, reviews (full records). Empty and
 *                                      default-valued optional fields are left out.
 *   ---
 *   # Title                            the H1 is the title (not repeated in the front matter)
 *   ## Bottom line                     BLUF, prose
 *   ## Summary                         prose
 *   ## Impact                          impact.description, prose
 *   ## Decision or support requested   ask: what the team asks of executives, prose
 *   ## Timeline                        GFM table: Time (UTC) | Event | Kind | Severity | Service | Source |
 *                                      Count | Signature | Origin | Id, in time order
 *   ## Error signatures                only in the engineering report: worked out from the timeline, dropped
 *                                      when parsing (signatures-table.ts)
 *   ## Contributing factors            per factor: `### Title`, `- id: …`, `- category: …`, blank, description
 *   ## What went well                  `- ` list; later lines of an item indented two spaces
 *   ## Where we got lucky              the same
 *   ## Action items                    GFM table: Id | Action | Owner | Due | Priority | Type | Status | Closed |
 *                                      Factor | Tracker | Note (Closed is the day it was done or dropped, Note
 *                                      the reason it was dropped)
 *   ## Follow-up                       prose
 *   ## …                               sections debrief does not know, kept verbatim (extraSections)
 *
 * Every known section is always written, so a later section with a known heading reads back as an extra one.
 * Times read `2026-03-04 14:02:11Z` (`.123` when the milliseconds are not zero), `~` before an approximate time,
 * `unknown` when there is none. Origins read `file:line @author`, joined by `; `; a backslash escapes `\`, `;`,
 * `@` and a `:` that would read as the line separator. Table cells escape `\` as `\\`, `|` as `\|`, a line break
 * as `<br>` and a literal `<br>` as `\<br>`. In prose, a line that would read as a heading (`^ {0,3}\\*#`) gets one
 * more backslash, which the parser removes. Columns are found by header name (case-insensitive), so a hand-edited
 * table may reorder or omit optional columns; a row without an Id gets a new id. An empty cell of an optional
 * column (Service, Signature, Factor, Tracker, Note) means "not set" and `""` the empty string (a value that is
 * literally `""` is written `\""`). Hand-written headings and aliases (`BLUF`, `Actions`, `Time`) are accepted when parsing.
 */
import type { IncidentDocument } from '../../domain/index.js';
import { renderActionTable } from './action-table.js';
import { escapeProse } from './escape.js';
import { renderFactors } from './factors-section.js';
import { renderFrontMatter } from './front-matter.js';
import { renderList } from './lists.js';
import {
  anonymisedMarker,
  type SectionField,
  sectionFields,
  sectionHeadings,
  signaturesHeading,
} from './sections.js';
import { renderSignaturesTable } from './signatures-table.js';
import { renderTimelineTable } from './timeline-table.js';

/**
 * Renders an incident as canonical Markdown; parseIncidentMarkdown reads it back to the same document. With
 * `signatures` (the engineering report), an error-signature table follows the timeline when events carry
 * signatures; it is worked out from the timeline, and the parser drops it. With `anonymised`, a line after the front
 * matter says the copy is anonymised, and the parser refuses it.
 */
export function renderIncidentMarkdown(
  doc: IncidentDocument,
  options: { signatures?: boolean; anonymised?: boolean } = {},
): string {
  const sections = sectionFields.flatMap((field) => {
    const own = section(sectionHeadings[field].heading, sectionBody(doc, field));
    const table = field === 'timeline' && options.signatures ? renderSignaturesTable(doc) : '';
    return table === '' ? [own] : [own, section(signaturesHeading, table)];
  });
  const extras = doc.extraSections.map((extra) => section(extra.heading, escapeProse(extra.body)));
  // An anonymised copy says so, and the parser refuses it (it would overwrite the record's people).
  const marker = options.anonymised
    ? [`${anonymisedMarker}: names are replaced by roles; debrief will not import it -->`]
    : [];
  return `${[renderFrontMatter(doc), ...marker, `# ${doc.title}`, ...sections, ...extras].join('\n\n')}\n`;
}

function section(heading: string, body: string): string {
  return body === '' ? `## ${heading}` : `## ${heading}\n\n${body}`;
}

function sectionBody(doc: IncidentDocument, field: SectionField): string {
  switch (field) {
    case 'bluf':
      return escapeProse(doc.bluf);
    case 'summary':
      return escapeProse(doc.summary);
    case 'impact':
      return escapeProse(doc.impact.description);
    case 'ask':
      return escapeProse(doc.ask);
    case 'timeline':
      return renderTimelineTable(doc.timeline);
    case 'factors':
      return renderFactors(doc.factors);
    case 'wentWell':
      return renderList(doc.wentWell);
    case 'gotLucky':
      return renderList(doc.gotLucky);
    case 'actions':
      return renderActionTable(doc.actions);
    case 'followUp':
      return escapeProse(doc.followUp);
  }
}
