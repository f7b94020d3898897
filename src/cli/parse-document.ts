import {
  type IncidentDocument,
  incidentDocumentSchema,
  invalidInput,
  newId,
  parseWith,
} from '../domain/index.js';

/**
 * Parses an incident file: JSON when it is named `.json` or starts with `{` or `[`, canonical Markdown otherwise.
 * Errors name the file.
 */
export async function parseIncidentFile(text: string, file: string): Promise<IncidentDocument> {
  if (/\.json$/i.test(file) || /^[{[]/.test(text.trimStart())) return parseJsonDocument(text, file);
  const { parseIncidentMarkdown } = await import('../report/markdown/index.js');
  return parseIncidentMarkdown(text, { file });
}

function parseJsonDocument(text: string, file: string): IncidentDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidInput(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && !('id' in value)) {
    value = { ...value, id: newId('incident') };
  }
  try {
    return parseWith(incidentDocumentSchema, value, 'incident');
  } catch (error) {
    throw invalidInput(`${file}: ${(error as Error).message}`);
  }
}
