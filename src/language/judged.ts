import { type AgentKind, classifySpan, type Roster, subjectBefore } from './agents.js';
import {
  personalActs,
  personPronouns,
  productNames,
  roles,
  systemNouns,
  workProducts,
} from './rules/generated/lexicon.js';

// A character judgement (careless, sloppy, reckless …) needs a mind to judge. Said of a person, of something a
// person did ("a careless deploy", "the change was sloppy") or of a bare "it" or "that" standing for what happened,
// it judges the people behind it; said of a component ("a lazy loader", "the client is careless with file
// descriptors") it describes software (research notes 3.3, rule 8).

/** The two words after the judgement word, past a second adjective: "a sloppy and reckless config change". */
const nextWords = /^(?:,? (?:and|or) [\p{L}-]+)? ([\p{L}][\p{L}'’-]*)(?: ([\p{L}][\p{L}'’-]*))?/u;
/** Judgement words that also name a design: "a lazy loader", "a dumb proxy", "the iterator is lazy". */
const technicalSense = /^(?:lazy|dumb)$/;
/** Words that end a noun phrase: prepositions, conjunctions and linking verbs. */
const afterHead =
  /^(?:for|of|in|on|at|to|with|by|from|into|and|or|but|that|which|who|so|because|when|is|was|are|were|has|had|have|will|would|can|could|should|let|lets)$/;
/** "careless with file descriptors", "careless of the cost": what the judged one disregards. */
const complement =
  /^ (?:with|of|about|towards?|around) ((?:the |its |their |his |her |our |a |an )?[\p{L}-]+)/u;
/** The judgement is said to describe a design: "lax by default", "dumb on purpose". */
const byDesign = /^ (?:by (?:default|design|construction)|on purpose)\b/;
/**
 * A linking verb right before the judgement word, with its adverbs and a first adjective: "was", "got really",
 * "is slow and". Group 1 is the verb.
 */
const linkingVerb =
  /\s*(?:['’]s|\b(was|were|is|are|be|been|being|got|gets|getting|became|becomes|seemed|seems|looked|looks|felt|feels|sounded|sounds|grew))\s+(?:(?:just|really|pretty|so|too|very|quite|rather|incredibly|honestly|frankly|a bit|kind of|plain|simply|downright|utterly|totally)\s+)*(?:[\p{L}-]+,? (?:and|or) )?$/u;
/** Where a clause starts: the text's start, punctuation, a dash, or a conjunction or filler word. */
const clauseStart = String.raw`(?:^|[,;:(—–]\s*|\s-\s+|\b(?:and|but|so|honestly|frankly|tbh|imo|yeah|well)\s+)`;
/** A bare "it", "that" or "this" as the whole subject (its start of clause before it). */
const bareSubject = new RegExp(`${clauseStart}(?:it|that|this)$`);
/**
 * "The retry library has a careless default", "ships with a lazy": the judged noun belongs to the subject of a verb
 * of having, which therefore decides whom the word is about; the match starts where that subject ends.
 */
const possessedBy =
  /\s+(?:has|have|had|having|ships|shipped|ship|uses|used|use|comes with|came with|ships with|shipped with)\s+(?:a|an|the|its|their|some|this|that|one|another)?\s*$/;
/** One word with nothing before it in its clause: "Rust" of "Rust was careless". */
const bareWord = new RegExp(`${clauseStart}([\\p{L}][\\p{L}'’-]*)$`, 'u');
const pastTense = /^(?:was|were|been|got|became|seemed|looked|felt|sounded|grew)$/;

/** What a noun standing next to the judgement word is: a person, a person's work, a component, or unknown. */
function nounKind(word: string): AgentKind {
  if (roles.has(word) || personPronouns.has(word)) return 'person';
  // A gerund names an act ("careless handling of secrets"); the technique names ("lazy loading") are homonyms.
  if (workProducts.has(word) || personalActs.has(word) || /ings?$/.test(word)) return 'artifact';
  if (systemNouns.has(word) || productNames.has(word)) return 'system';
  return 'unknown';
}

/** The noun the judgement word qualifies ("a careless mistake"), or unknown. */
function qualifiedKind(after: string, technical: boolean): AgentKind {
  const words = nextWords.exec(after);
  if (!words) return 'unknown';
  let kind = words[2] === undefined ? 'unknown' : nounKind(words[2]);
  // The first word is the head only when nothing noun-like follows it: "a lazy loader for fonts", but not "a
  // careless Terraform apply". "Did a sloppy job" is work done, whereas "a cron job" is software.
  if (kind === 'unknown' && (words[2] === undefined || afterHead.test(words[2]))) {
    kind = /^jobs?$/.test(words[1] as string) ? 'artifact' : nounKind(words[1] as string);
  }
  // Before a component, "lazy" and "dumb" name a design; the other words judge whoever built it ("a careless
  // Terraform module", "a sloppy health check"), so the subject decides.
  return kind === 'system' && !technical ? 'unknown' : kind;
}

/**
 * Who a character judgement at `[start, end)` of the sentence is about: the noun it qualifies, else the subject of
 * its linking verb, where a person's act ("the deploy") counts as their work and a bare "it" as what happened.
 */
export function judgedAgent(
  lower: string,
  cased: string,
  start: number,
  end: number,
  roster: Roster,
): AgentKind {
  const after = lower.slice(end);
  const before = lower.slice(0, start);
  const word = lower.slice(start, end);
  const technical = technicalSense.test(word);
  const link = linkingVerb.exec(before);
  if (!link) {
    const kind = qualifiedKind(after, technical);
    if (kind !== 'unknown') return kind;
  }
  const owner = link ? null : possessedBy.exec(before);
  const subjectEnd = link ? link.index : owner ? owner.index : start;
  // "The engineer who pushed it was incompetent": a subject with "who" after its head is a person, whatever the
  // clause ends in ("it").
  if (link && /\bwho\b[^,.;:!?]*$/u.test(before.slice(0, subjectEnd))) return 'person';
  const subject = subjectBefore(lower, cased, 0, subjectEnd, roster);
  const target = complement.exec(after);
  if (target) {
    // With what it disregards named, the word describes behaviour: a person's ("she was careless with the keys",
    // "careless of the on-call") is judged; a thing's ("the plan was careless of the cost") is described.
    const from = end + target[0].length - (target[1] as string).length;
    if (classifySpan(lower, cased, 0, from, from + (target[1] as string).length, roster) === 'person') {
      return 'person';
    }
    return subject === 'system' || subject === 'artifact' ? 'system' : subject;
  }
  // "Rust was careless.", "hunter was careless": one bare word, with no article, said to be careless is someone's
  // name (a product or a thing would be "the client"); "lazy" and "dumb" may still describe a design (trial 12f F12-5).
  const bare = bareWord.exec(before.slice(0, subjectEnd));
  // Only with a verb written out: "Kotlin's sloppy defaults" is a possessive, not "Kotlin is sloppy".
  if (link?.[1] && !technical && bare && !/^(?:it|that|this|which|what|there)$/.test(bare[1] as string)) {
    return 'person';
  }
  if (subject !== 'system' || !link || byDesign.test(after)) return subject;
  // "Lazy" and "dumb" in the present tense say how something works ("the deploy script is dumb").
  if (technical && !pastTense.test(link[1] ?? 's')) return subject;
  const head = /([\p{L}][\p{L}-]*)$/u.exec(before.slice(0, subjectEnd));
  if (!head) return subject;
  if (bareSubject.test(before.slice(0, subjectEnd))) return 'none';
  return personalActs.has(head[1] as string) ? 'artifact' : subject;
}
