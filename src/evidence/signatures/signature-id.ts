/** A short stable id for a template text (FNV-1a, 32 bits, hex), the same on every run and machine. */
export function signatureId(template: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < template.length; i++) {
    hash ^= template.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `s${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
