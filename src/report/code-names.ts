import { isProductName } from '../language/index.js';
import { findGlossaryTerm } from '../playbook/index.js';

// Names as engineers write them in code and configuration: anything in backticks, dotted and `::` paths
// (resp.Body.Close, tokio::select, db-primary.prod.internal), snake_case (retry_budget_ms) and camelCase
// (maxIdleConns). A reader outside engineering cannot look these up, so a report lists the ones the glossary
// does not explain rather than leave them silently.
const codeName =
  /`([^`\n]{1,60})`|(?<![\p{L}\p{N}_.-])((?:[A-Za-z_][\w-]*)(?:(?:\.|::)[A-Za-z_][\w-]*)+(?:\(\))?|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]{2,}[A-Z][A-Za-z0-9]*)(?![\p{L}\p{N}_])/gu;
const addresses = /\bhttps?:\/\/\S+|[^\s@()<>]+@[^\s@()<>]+/g;
// Hashes and ids in hexadecimal (a commit, a trace): seven or more hex digits holding both digits and letters.
const hexId = /(?<![\p{L}\p{N}_.-])[0-9a-f]{7,40}(?![\p{L}\p{N}_])/gu;
// "e.g", "i.e", "a.m": abbreviations with one-letter parts; web domains read as addresses; a title before a name
// typed without its space ("Dr.Okafor"); operating systems written in camelCase (macOS).
const everyday = (name: string) =>
  name.split(/\.|::/).some((part) => part.length < 2) ||
  /\.(?:com|org|net|io)$/i.test(name) ||
  /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof)\./.test(name) ||
  /^(?:macOS|iPadOS|watchOS|tvOS|visionOS)$/.test(name);

/**
 * The names from code a text uses that no glossary entry explains, each once, in order of first use, then its
 * hexadecimal ids (a trace id, a commit an author did not name as one). Web
 * addresses, e-mail addresses, product names (PagerDuty) and versions (v2.14.0) are not code names.
 */
export function codeNamesIn(text: string): string[] {
  const names = new Set<string>();
  for (const found of text.replace(addresses, ' ').matchAll(codeName)) {
    const name = (found[1] ?? found[2] ?? '').trim();
    if (name === '' || everyday(name) || isProductName(name)) continue;
    // A name the glossary has (http.Client, max_conns) is explained by it; a longer one (tokio::select) is not.
    if (findGlossaryTerm(name.replace(/\(\)$/, ''))) continue;
    names.add(name);
  }
  for (const [id] of text.replace(addresses, ' ').matchAll(hexId))
    if (/\d/.test(id) && /[a-f]/.test(id)) names.add(id);
  return [...names];
}
