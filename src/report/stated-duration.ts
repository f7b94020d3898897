import { type IncidentDocument, type Moments, metricsFromMoments } from '../domain/index.js';
import { plainDuration } from './plain-dates.js';

// Every report gives one impact duration, the measured one (`metricsFromMoments(...).impactDuration`: impact start
// to mitigation, else to resolution), from the moments, in every format. The author's own words may say another
// length ("Card payments failed for 47 minutes" when the moments measure 36); debrief never rewrites them silently:
// it tells the author (the measured length itself is only respelled as the report spells it, `spelledAsMeasured`) (`docs/architecture.md, One impact duration, and the author's words`).

const unitMs: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const unitOf = (word: string): string | undefined => {
  const w = word.toLowerCase();
  if (/^(?:s|secs?|seconds?)$/.test(w)) return 'second';
  if (/^(?:m|mins?|minutes?)$/.test(w)) return 'minute';
  if (/^(?:h|hrs?|hours?)$/.test(w)) return 'hour';
  if (/^days?$/.test(w)) return 'day';
  return undefined;
};
const wordNumbers: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  ninety: 90,
};
// "47 minutes", "47m", "47 min"; "two hours", "half an hour" (a word only before a whole unit word: "for as" is no length).
// "1h45m", "2 hours 10 minutes": hours and minutes together are one length (groups 5 and 6), never an hour alone.
const minutesAfter = String.raw`\s*(?:and\s+)?(\d+)\s*(?:m|mins?|minutes?)\b`;
const amount = String.raw`(?:(\d+(?:[.,]\d+)?)\+?\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|days?)(?!\s*(?:and\s+)?\d+\s*(?:m|mins?|minutes?)\b)|(half an?|${Object.keys(wordNumbers).join('|')})\s+(seconds?|minutes?|hours?|days?)|(\d+)\s*(?:h|hrs?|hours?)${minutesAfter})`;
const hedge = String.raw`(?:(?:about|around|nearly|almost|roughly|some|approximately|over|under|more than|less than|just over|just under|up to|at least)\s+|~\s*)`;
// "for 47 minutes", "lasted about an hour", "during 36 min", "over 29 minutes", "for ~10 min", "for 10+ minutes": a
// length said as how long it went on.
// "took over 5s", "p99 over 2 seconds" say how slow, not how long (trial 12g G-15: "Card payments took over 5s for
// 30 minutes" lost both lengths and read "card payments took.").
const lasting = new RegExp(
  String.raw`\b(?:for|lasted|lasting|during|(?<!\b(?:took|take|takes|taking|latency|latencies|p\d{2,3}|responses?|requests?|calls?|queries)\s+)over)\s+${hedge}?${amount}\b\+?`,
  'giu',
);

/** Whether a sentence says how long something went on ("for over 10 minutes", "lasted an hour"). */
export function saysHowLong(text: string): boolean {
  return new RegExp(lasting.source, 'iu').test(text);
}

/** The note `withMeasuredNote` puts after an author's length: taken out with that length where one is given. */
export const measuredNote = /\s*\(the timeline measures [^()]* of impact\)/g;

/** The words that say how long, with the comma or space before them: taken out where one duration is given. */
export const lengthPhrase = new RegExp(String.raw`\s*,?\s*${lasting.source}`, 'giu');
// "a 47-minute outage", "the two-hour incident": a length said of the incident itself.
const lengthOfIt = new RegExp(
  String.raw`\b(?:(\d+)|(${Object.keys(wordNumbers).join('|')}))[- ](second|minute|hour|day)s?[- ](?:long\s+)?(?:outage|incident|disruption|degradation|impact|window|failure)\b`,
  'giu',
);
// A length of something else (an alert's hold, a wait, a retry, a cache, the time to detect): these words just before
// it say so ("the alert waits for 5 minutes", "detected after holding for 5m"). "Every" says so only close by ("runs
// every hour for 5 minutes"): "every pod crashed in a crash loop for 47 minutes" is the impact (trial 21 F15).
const otherLengths =
  /\b(?:alerts?|rules?|fir(?:e|ed|es|ing)|paged?|wait(?:s|ed|ing)?|hold(?:s|ing)?|retr(?:y|ies|ied)|ttl|cache[ds]?|detect(?:ed|ion)?|acknowledg(?:e|ed|ement)|sleep(?:s|ing)?|slept|backoff|pause[ds]?|watch(?:es|ed|ing)?|monitor(?:s|ed|ing)?|observ(?:e|es|ed|ing)|soak(?:s|ed|ing)?|freeze|frozen|will|shall)\b[^.;]*$|\bevery\b(?:\s+[\w-]+){0,2}\s*$|\bfor:\s*$/i;

/** A length an author wrote of the impact: the words as written and the milliseconds they say. */
export interface StatedLength {
  words: string;
  ms: number;
}

const hoursAndMinutes = (hours: string, mins: string) => Number(hours) * 3_600_000 + Number(mins) * 60_000;

function toMs(count: string, unit: string): number | undefined {
  const u = unitOf(unit);
  if (!u) return undefined;
  const c = count.toLowerCase();
  // "for a second opinion", "wait a second": an idiom, not a length.
  if (u === 'second' && /^an?$/.test(c)) return undefined;
  if (c.startsWith('half')) return (unitMs[u] as number) / 2;
  const n = wordNumbers[c] ?? Number(c.replace(',', '.'));
  return Number.isFinite(n) ? n * (unitMs[u] as number) : undefined;
}

/**
 * The lengths of the impact a text states ("for 47 minutes", "a two-hour outage"), in order; a length said just after
 * words of another (an alert's hold, a wait, a retry, the time to detect, a watch or a plan: "will watch it for 30
 * minutes") is passed over.
 */
export function statedLengths(text: string): StatedLength[] {
  const out: StatedLength[] = [];
  for (const sentence of text.split(/(?<=[.!?;])\s+|\n+/)) {
    for (const pattern of [lasting, lengthOfIt]) {
      for (const m of sentence.matchAll(pattern)) {
        const at = m.index ?? 0;
        const before = sentence.slice(Math.max(0, at - 40), at);
        if (otherLengths.test(before)) continue;
        const ms =
          pattern !== lasting
            ? toMs(m[1] ?? m[2] ?? '', m[3] ?? '')
            : m[5] !== undefined
              ? hoursAndMinutes(m[5], m[6] ?? '0')
              : toMs(m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? '');
        if (ms !== undefined && ms > 0) out.push({ words: m[0], ms });
      }
    }
  }
  return out;
}

/**
 * A text with every length it states of the impact that is the measured one, to the minute, spelled as the report
 * spells that duration ("for 63 minutes" reads "for 1 hour 3 minutes" beside "Impact duration: 1 hour 3 minutes"):
 * one length, one spelling in a reader's report (trial 18e E2-8a). The same length respelled is no rewrite of what
 * the author said; another length is left as written and told to the author (`durationMismatches`).
 */
export function spelledAsMeasured(text: string, measured: number | undefined): string {
  if (measured === undefined || measured < 60_000) return text;
  return respelled(text, measured);
}

/**
 * A length of impact the author states (in the bottom line, impact or summary: the fields `durationMismatches`
 * reads) that differs materially from the measured one gets the measured one beside it, so a reader who meets two
 * numbers knows which the timeline gives (trial 12g G-8: "The outage lasted 45 minutes" above "Impact duration: 40
 * minutes"). The author's words stay as written.
 */
export function withMeasuredNote(text: string, measured: number | undefined): string {
  if (measured === undefined || measured < 60_000) return text;
  let out = text;
  for (const off of statedLengths(text)) {
    if (!differsMaterially(off.ms, measured) || !mayBeTheImpact(off.ms, measured)) continue;
    const at = out.indexOf(off.words);
    if (at < 0 || out.startsWith(' (the timeline measures', at + off.words.length)) continue;
    const end = at + off.words.length;
    out = `${out.slice(0, end)} (the timeline measures ${plainDuration(measured)} of impact)${out.slice(end)}`;
  }
  return out;
}

function respelled(text: string, measured: number): string {
  const minutes = Math.round(measured / 60_000);
  return text.replace(lasting, (...args: unknown[]) => {
    const [found, count, unit, , , hours, mins] = args as [string, ...(string | undefined)[]];
    if (hours !== undefined) {
      const ms = hoursAndMinutes(hours, mins ?? '0');
      if (Math.round(ms / 60_000) !== minutes || new RegExp(String.raw`\b${hedge}`, 'iu').test(found))
        return found;
      return found.replace(new RegExp(String.raw`${hours}\s*\S.*$`, 'u'), plainDuration(ms));
    }
    if (count === undefined || unit === undefined) return found;
    const ms = toMs(count, unit);
    if (ms === undefined || Math.round(ms / 60_000) !== minutes) return found;
    // Hedged words ("about 63 minutes") stay: the author chose to round.
    if (new RegExp(String.raw`\b${hedge}`, 'iu').test(found)) return found;
    return found.replace(
      new RegExp(String.raw`${count.replace('.', '\\.')}\s*${unit}$`, 'u'),
      plainDuration(ms),
    );
  });
}

/**
 * Whether two lengths differ by more than rounding: at least 3 minutes and at least 10% of the measured one ("about
 * 45 minutes" for 47 is rounding; 52 for 47 is another number, trial 18e E2-8).
 */
export function differsMaterially(stated: number, measured: number): boolean {
  const gap = Math.abs(stated - measured);
  return gap >= 3 * 60_000 && gap >= 0.1 * measured;
}

/**
 * Whether a stated length can be the impact's at all: within four times the measured one either way. "The cron had
 * failed for 30 days" of a 96-minute outage, or "for 25 minutes the portal returned 502s" within one of 3 hours 40
 * minutes, is the length of something else, a job or a part of the outage (trial 18d): it is left as written, with
 * no note in the report and no warning.
 */
export function mayBeTheImpact(stated: number, measured: number): boolean {
  return stated <= 4 * measured && stated * 4 >= measured;
}

const clock = (iso: string) => `${iso.slice(11, 16)} UTC`;

/** The other spans of the moments a stated length may have meant, to point the author at the right fix. */
function matchingSpan(moments: Moments, stated: number): string | undefined {
  const start = moments.impactStart?.at;
  if (!start) return undefined;
  for (const name of ['resolved', 'mitigated', 'detected'] as const) {
    const at = moments[name]?.at;
    if (!at) continue;
    const ms = Date.parse(at) - Date.parse(start);
    if (!differsMaterially(stated, ms))
      return `impact start to ${name} (${clock(at)}) is ${plainDuration(ms)}${name === 'resolved' ? `; if customers were affected until then, set mitigated to ${clock(at)} too` : ''}`;
  }
  return undefined;
}

/**
 * Where the author's own words state a length of impact that differs materially from the measured impact duration
 * the reports give: one warning per field (the bottom line they wrote, the impact, the summary), naming both
 * lengths and the moments that measure it, so the author corrects the words or the moments. Empty when they agree,
 * when no length is stated, or when the moments measure none.
 */
export function durationMismatches(
  doc: Pick<IncidentDocument, 'id' | 'bluf' | 'summary' | 'impact' | 'moments'>,
): string[] {
  const measured = metricsFromMoments(doc.moments).impactDuration;
  const start = doc.moments.impactStart?.at;
  const end = (doc.moments.mitigated ?? doc.moments.resolved)?.at;
  if (measured === undefined || !start || !end) return [];
  const endName = doc.moments.mitigated ? 'mitigated' : 'resolved';
  const fields: Array<[string, string]> = [
    ['bottom line', doc.bluf],
    ['impact', doc.impact.description],
    ['summary', doc.summary],
  ];
  const warnings: string[] = [];
  for (const [field, text] of fields) {
    const off = statedLengths(text).find(
      // Far from the measured length it is still the impact's when another span of the moments gives it exactly
      // ("for 1h 58m" is impact start to resolved while a failed attempt set mitigated 19 minutes in: trial 18f).
      (length) =>
        differsMaterially(length.ms, measured) &&
        (mayBeTheImpact(length.ms, measured) || matchingSpan(doc.moments, length.ms) !== undefined),
    );
    if (!off) continue;
    const hint = matchingSpan(doc.moments, off.ms);
    warnings.push(
      `${doc.id}'s ${field} says "${off.words}", but its moments measure ${plainDuration(measured)} of impact (impact start ${clock(start)} to ${endName} ${clock(end)}), the duration every report gives${hint ? `; ${hint}` : ''}. Correct the words or the moments with \`debrief edit ${doc.id}\`.`,
    );
  }
  return warnings;
}
