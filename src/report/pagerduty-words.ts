// PagerDuty's log entries as the evidence importer words them (src/evidence/documents/pagerduty.ts): "PagerDuty paged
// (pay-api (prod)): Notified Mei-Ling Chen by SMS.", "PagerDuty incident acknowledged by Mei-Ling Chen: [#2291] …".
// A reader outside engineering wants what happened to the page, not PagerDuty's bracketed agent or its incident
// number (trial 12c C-15).

const incidentNumber = /\[#\d+\]\s*/g;
const notified = /^PagerDuty paged(?: \(.+\))?: Notified (.+?) (by|via) ([\p{L} -]+?)\.?$/u;
const escalated =
  /^PagerDuty paged(?: \(.+\))?: Escalated to (.+?)(?: by escalation policy .+?| by .+?)?\.?$/u;
const otherPage = /^PagerDuty paged(?: \(.+\))?: (.+)$/u;
const triggered = /^PagerDuty incident triggered: (.+)$/u;
const acknowledged = /^PagerDuty incident acknowledged(?: by (.+?))?(?:: (.+))?$/u;
const resolved = /^PagerDuty incident resolved(?: by (.+?))?(?:: (.+))?$/u;

/** A PagerDuty timeline line in a reader's words; any other line as it is. */
export function pagerdutyWords(line: string): string {
  const text = line.replace(incidentNumber, '').trim();
  if (!text.startsWith('PagerDuty ')) return line;
  let m = notified.exec(text);
  if (m) return `PagerDuty notified ${m[1]} ${m[2]} ${(m[3] ?? '').trim()}`;
  m = escalated.exec(text);
  if (m) return `PagerDuty escalated the page to ${m[1]}`;
  m = otherPage.exec(text);
  if (m) return `PagerDuty: ${m[1]}`;
  m = triggered.exec(text);
  // Redacted for the public, the alert's name is already "an alert".
  if (m)
    return /^an alert\b/i.test(m[1] ?? '')
      ? `PagerDuty raised ${m[1]}`
      : `PagerDuty raised the alert: ${m[1]}`;
  m = acknowledged.exec(text);
  if (m) return m[1] ? capitalised(`${m[1]} acknowledged the page`) : 'The page was acknowledged';
  m = resolved.exec(text);
  if (m)
    return m[1]
      ? capitalised(`${m[1]} resolved the PagerDuty incident`)
      : 'The PagerDuty incident was resolved';
  return text;
}

// A redacted agent ("an engineer") opens the line.
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
