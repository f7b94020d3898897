/** What the public redaction replaced, by kind, so a report can say it was redacted. */
export interface RedactionCounts {
  ips: number;
  hosts: number;
  services: number;
  people: number;
}

const ipv4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?::\d{1,5})?\b/g;
// Candidate IPv6 forms; only those with `::` or all eight groups count, so times such as 12:07:30 never do.
const ipv6 = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;
const isIpv6 = (found: string) =>
  /[0-9a-f]/i.test(found) && (found.includes('::') || found.split(':').length === 8);
// Cloud-style host names that embed an address (ip-10-20-3-7) and Kubernetes pod names (api-7f9c8d6b5-x2x9z).
const embeddedIp = /\bip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}(?:\.[\w.-]+)?\b/gi;
const podName = /\b[a-z][a-z0-9-]*-[a-f0-9]{8,10}-[a-z0-9]{5}\b/g;
const internalSuffix =
  /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:internal|local|lan|corp|intra|intranet|private|svc|cluster\.local|prod|staging|stg|dev|consul|home\.arpa)(?::\d{1,5})?\b/gi;
const url = /\bhttps?:\/\/[^\s)>\]]+/gi;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A redactor for the public audience: internal addresses, host names and service names become neutral words. */
export function publicRedactor(internalNames: readonly string[]): {
  redact: (text: string) => string;
  counts: RedactionCounts;
} {
  const counts: RedactionCounts = { ips: 0, hosts: 0, services: 0, people: 0 };
  const names = [...new Set(internalNames.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const namePattern =
    names.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu')
      : undefined;
  const redact = (text: string): string => {
    let out = text.replace(url, (found) => {
      if (!/\.(internal|local|corp|lan|svc)\b|\/\/\d/.test(found)) return found;
      counts.hosts++;
      return '[internal link]';
    });
    out = out.replace(embeddedIp, () => {
      counts.hosts++;
      return '[internal host]';
    });
    out = out.replace(internalSuffix, () => {
      counts.hosts++;
      return '[internal host]';
    });
    out = out.replace(ipv4, () => {
      counts.ips++;
      return '[address]';
    });
    out = out.replace(ipv6, (found) => {
      if (!isIpv6(found)) return found;
      counts.ips++;
      return '[address]';
    });
    out = out.replace(podName, () => {
      counts.hosts++;
      return '[internal host]';
    });
    if (namePattern) {
      out = out.replace(namePattern, () => {
        counts.services++;
        return 'an internal service';
      });
    }
    return out;
  };
  return { redact, counts };
}
