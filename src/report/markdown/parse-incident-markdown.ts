import {
  canonicalDocument,
  formatPath,
  type IncidentDocument,
  incidentDocumentSchema,
  newId,
} from '../../domain/index.js';
import { actionColumnHeaders, parseActionTable } from './action-table.js';
import { unescapeProseLines } from './escape.js';
import { parseFactors } from './factors-section.js';
import { frontMatterKeys, isPlainObject, readFrontMatter } from './front-matter.js';
import { parseList } from './lists.js';
import {
  anonymisedMarker,
  type SectionField,
  sectionFieldOf,
  sectionHeadings,
  signaturesHeading,
} from './sections.js';
import { errorAt } from './source-error.js';
import { SourcePlaces } from './source-places.js';
import { type ParsedRow, quote, type SourceLine } from './tables.js';
import { parseTimelineTable, timelineColumnHeaders } from './timeline-table.js';

export interface ParseOptions {
  /** The file name used in error messages (`incident.md:14: …`). */
  file?: string | undefined;
}

interface Section {
  heading: string;
  line: number;
  lines: SourceLine[];
}

const title = /^#(?:[ \t]+(.*?))?[ \t]*$/s;
const heading = /^##(?:[ \t]+(.*?))?[ \t]*$/s;

/**
 * Parses canonical (or hand-edited) Markdown into an incident document in canonical order. Problems throw an
 * invalid_input DebriefError whose message names the line and what was expected there.
 */
export function parseIncidentMarkdown(text: string, options: ParseOptions = {}): IncidentDocument {
  const file = options.file;
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const frontMatter = readFrontMatter(lines, file);
  const body = lines.slice(frontMatter.bodyStart).map((line, index) => ({
    text: line,
    line: frontMatter.bodyStart + index + 1,
  }));
  const places = new SourcePlaces();
  // An anonymised copy names roles where the record names people: read back, it would overwrite them (trial 12g
  // G-36). It says so in its first line after the front matter.
  const marked = body.find((line) => line.text.trim() !== '');
  if (marked?.text.startsWith(anonymisedMarker)) {
    throw errorAt(
      { file, line: marked.line },
      'this file is an anonymised copy (names are replaced by roles); importing it would overwrite the people of the incident: import the original instead',
    );
  }

  let i = 0;
  while (i < body.length && (body[i] as SourceLine).text.trim() === '') i++;
  const titleLine = body[i];
  const titleMatch = titleLine ? title.exec(titleLine.text) : null;
  if (!titleLine || !titleMatch) {
    const where = titleLine?.line ?? frontMatter.bodyStart + 1;
    const got = titleLine ? `got ${quote(titleLine.text)}` : 'found the end of the file';
    throw errorAt({ file, line: where }, `expected the title as a "# Title" heading, ${got}`);
  }
  places.field('title', titleLine.line);
  const sections = splitSections(body.slice(i + 1), file);

  const input: Record<string, unknown> = { ...frontMatter.data, title: titleMatch[1] ?? '' };
  if (input.id === undefined) input.id = newId('incident');
  let impactDescription = '';
  const extraSections: Array<{ heading: string; body: string }> = [];
  const extraLines: number[] = [];
  const seen = new Set<SectionField>();
  for (const section of sections) {
    // Worked out from the timeline when a report is rendered: reading it back would store a stale copy.
    if (section.heading.trim().toLowerCase() === signaturesHeading.toLowerCase()) continue;
    const field = sectionFieldOf(section.heading);
    if (field === undefined || seen.has(field)) {
      extraSections.push({ heading: section.heading, body: prose(section) });
      extraLines.push(section.line);
      continue;
    }
    seen.add(field);
    places.field(field, section.line);
    if (field === 'impact') impactDescription = prose(section);
    else input[field] = fieldValue(field, section, file, places);
  }
  input.extraSections = extraSections;
  places.list('extraSections', extraLines);
  const impact = frontMatter.data.impact;
  input.impact =
    impact === undefined
      ? { description: impactDescription }
      : isPlainObject(impact)
        ? { ...impact, description: impactDescription }
        : impact;

  const result = incidentDocumentSchema.safeParse(input);
  if (result.success) return canonicalDocument(result.data);
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const message = issue?.message ?? 'invalid incident';
  const fromFrontMatter =
    typeof path[0] === 'string' &&
    frontMatterKeys.has(path[0]) &&
    !(path[0] === 'impact' && path[1] === 'description');
  if (fromFrontMatter) {
    throw errorAt({ file, line: frontMatter.lineOf(path) }, `front matter: ${formatPath(path)}: ${message}`);
  }
  const place = places.find(path);
  const what = place?.column ? `column ${quote(place.column)}` : formatPath(path);
  throw errorAt({ file, line: place?.line ?? 1 }, `${what}: ${message}`);
}

function splitSections(lines: readonly SourceLine[], file: string | undefined): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    const match = heading.exec(line.text);
    const current = sections[sections.length - 1];
    if (match) sections.push({ heading: (match[1] ?? '').trim(), line: line.line, lines: [] });
    else if (current) current.lines.push(line);
    else if (line.text.trim() !== '') {
      throw errorAt(
        { file, line: line.line },
        `expected a "## " section heading such as "## ${sectionHeadings.summary.heading}" after the title, got ${quote(line.text)}`,
      );
    }
  }
  return sections;
}

function prose(section: Section): string {
  return unescapeProseLines(section.lines.map((line) => line.text)).join('\n');
}

function fieldValue(
  field: SectionField,
  section: Section,
  file: string | undefined,
  places: SourcePlaces,
): unknown {
  switch (field) {
    case 'timeline':
      return rows('timeline', parseTimelineTable(section.lines, file), timelineColumnHeaders, places);
    case 'actions':
      return rows('actions', parseActionTable(section.lines, file), actionColumnHeaders, places);
    case 'factors': {
      const factors = parseFactors(section.lines, file);
      places.list(
        'factors',
        factors.map((factor) => factor.line),
        undefined,
        factors.map((factor) => factor.fieldLines),
      );
      return factors.map((factor) => factor.value);
    }
    case 'wentWell':
    case 'gotLucky': {
      const items = parseList(section.lines, file, section.heading);
      places.list(
        field,
        items.map((item) => item.line),
      );
      return items.map((item) => item.text);
    }
    default:
      return prose(section);
  }
}

function rows(
  label: string,
  parsed: Array<ParsedRow<Record<string, unknown>>>,
  headers: Record<string, string>,
  places: SourcePlaces,
): unknown[] {
  places.list(
    label,
    parsed.map(({ row }) => row.line),
    headers,
  );
  return parsed.map(({ value }) => value);
}
