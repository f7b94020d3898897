// Crockford base32 without I, L, O, U: ids stay readable when spoken or typed by hand.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Prefixes of record ids, so an id says what it names (INC-…, EVT-…). */
export const idPrefixes = {
  incident: 'INC',
  event: 'EVT',
  factor: 'FAC',
  action: 'ACT',
  review: 'REV',
  card: 'CRD',
  point: 'PNT',
} as const;

export type IdKind = keyof typeof idPrefixes;

/** A new random id such as `INC-7K3M9QX2`; isomorphic (Web Crypto). */
export function newId(kind: IdKind, length = 8): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let body = '';
  for (const byte of bytes) body += alphabet[byte & 31];
  return `${idPrefixes[kind]}-${body}`;
}
