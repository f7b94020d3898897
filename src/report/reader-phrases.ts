// Engineers' shorthand that a reader outside engineering cannot look up, said in words: a chat channel's name
// ("#inc-checkout" is "the incident channel"), an alert rule's hold clause ("for: 5m" is "for 5 minutes").

const units: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
const inWords = (count: string, unit: string) =>
  `${Number(count)} ${units[unit.toLowerCase()] ?? unit}${Number(count) === 1 ? '' : 's'}`;

// "#inc-checkout", "the #inc-checkout channel": a name after "#", not a number (#4521), not C#, a URL fragment
// or an HTML entity.
const channel =
  /(?:\bthe\s+)?(?<![\p{L}\p{N}_&#/])#([\p{L}][\p{L}\p{N}_-]*[\p{L}\p{N}])(?:\s+(?:Slack\s+)?channel\b)?/giu;
// An alert rule's `for:` clause, in backticks (named as what it is) or bare ("p95 > 2s for: 5m").
const quotedHold = /`for:\s*(\d+)\s*([smhd])`/gi;
const bareHold = /(?<![\p{L}\p{N}])for:\s*(\d+)\s*([smhd])\b/giu;

/** A reader's text with chat channels and alert hold clauses in words. */
export function readerPhrases(text: string): string {
  return text
    .replace(channel, (_found, name: string) =>
      /^inc(?:ident)?(?:$|[-_\d])/i.test(name) ? 'the incident channel' : 'a team chat channel',
    )
    .replace(quotedHold, (_found, count: string, unit: string) => `hold duration of ${inWords(count, unit)}`)
    .replace(bareHold, (_found, count: string, unit: string) => `for ${inWords(count, unit)}`);
}

// "(by jmuller)", "(by @dana.k)", "(by dana@example.com)": a login, not a name a reader knows.
const handleNote = /\s*\(by (?:@?[\p{Ll}\d][\p{Ll}\d._-]*|[^()\s]+@[^()\s]+)\)/gu;

/** A timeline line without the logins that credit a change: a reader knows people by name, not by handle. */
export function withoutHandles(text: string): string {
  return text.replace(handleNote, '');
}
