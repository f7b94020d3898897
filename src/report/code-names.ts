import { isProductName } from '../language/index.js';
import { findGlossaryTerm } from '../playbook/index.js';

// Names as engineers write them in code and configuration: anything in backticks, dotted and `::` paths
// (resp.Body.Close, tokio::select, db-primary.prod.internal), snake_case (retry_budget_ms) and camelCase
// (maxIdleConns). A reader outside engineering cannot look these up, so a report lists the ones the glossary
// does not explain rather than leave them silently. A chat handle ("@kwame.asante") is a person, not code (trial 12g
// G-17).
const codeName =
  /`([^`\n]{1,60})`|(?<![\p{L}\p{N}_.@-])((?:[A-Za-z_][\w-]*)(?:(?:\.|::)[A-Za-z_][\w-]*)+(?:\(\))?|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]{2,}[A-Z][A-Za-z0-9]*)(?![\p{L}\p{N}_])/gu;
const addresses = /\bhttps?:\/\/\S+|[^\s@()<>]+@[^\s@()<>]+/g;
// Hashes and ids in hexadecimal (a commit, a trace): seven or more hex digits holding both digits and letters.
const hexId = /(?<![\p{L}\p{N}_.-])[0-9a-f]{7,40}(?![\p{L}\p{N}_])/gu;
const ipv4 = /(?<![\p{L}\p{N}_.-])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?![\p{L}\p{N}_]|\.\d)/gu;
// A Kubernetes pod as its controller names it: "pay-api-7d9f8b6c4-x2k4q" (a hash of its template, then its own).
const podName =
  /(?<![\p{L}\p{N}_.-])[a-z][a-z0-9-]*-(?=[a-z0-9]*\d)[a-z0-9]{5,10}-[a-z0-9]{5}(?![\p{L}\p{N}_-])/gu;
// An id in capitals and digits, both: PagerDuty's "P9ABC12", Slack's "U06GRANT".
const upperId =
  /(?<![\p{L}\p{N}_-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{7,12}(?![\p{L}\p{N}_-])/gu;
// A machine numbered in its fleet: "db-primary-02", "kafka-broker-1", "web-01" (trial 23 F9: an exec report kept
// them unlisted). Two words before the number, or one with a padded number, so "covid-19" and "utf-8" are not hosts.
const numberedHost =
  /(?<![\p{L}\p{N}_.@/-])(?:[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+-\d{1,4}|[a-z]{2,}\d*-0\d{1,3})(?![\p{L}\p{N}_]|[-.][\p{L}\p{N}])/gu;
// Names of standards written the same way ("ISO8601", "RFC3339"): a reader can look them up.
export const standardName = /^(?:ISO|RFC|SHA|AES|UTF|HTTP|TLS|SSL|IPV|IEEE|ECMA)/;
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
  const bare = text.replace(addresses, ' ');
  for (const [id] of bare.matchAll(hexId)) if (/\d/.test(id) && /[a-f]/.test(id)) names.add(id);
  // Machines and records by their ids: an IP address, a pod, a numbered host, a PagerDuty or Slack id.
  for (const pattern of [ipv4, podName, upperId, numberedHost])
    for (const [id] of bare.matchAll(pattern)) if (!standardName.test(id)) names.add(id);
  return [...names];
}

/** The text with its addresses, names from code and ids blanked out: what is left is words. */
export function withoutCodeNames(text: string): string {
  const blank = (found: string) => ' '.repeat(found.length);
  let rest = text.replace(addresses, blank).replace(codeName, blank);
  for (const pattern of [hexId, ipv4, podName, upperId, numberedHost]) rest = rest.replace(pattern, blank);
  return rest;
}
