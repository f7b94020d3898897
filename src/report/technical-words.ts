import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { isProductName } from '../language/index.js';
import { findGlossaryTerm, glossary, glossaryEntriesIn } from '../playbook/index.js';
import { standardName, withoutCodeNames } from './code-names.js';

// The plain-words check of a reader's report (issue 18): a word an executive cannot be expected to know, that
// neither the glossary nor the report explains. The glossary cannot list every word engineers use, so what it does
// not know is found by its shape: an abbreviation in capitals (GKE, PDB, DLQ), a quantity in Kubernetes units
// (512Mi), a product debrief knows by name that is no English word (Redis, Terraform), a name in mixed case
// (PgBouncer), and a lowercase word that is in no English dictionary (staticcheck, kubectl, maxmemory). Names from
// code (snake_case, dotted paths, backticks) are code-names.ts's; capitalised words that are not products are left
// alone, since they are as often people, places or teams as tools.

let english: ReadonlySet<string> | undefined;
/** The English word list (word-list, MIT, about 274,000 words with their inflections), read on first use. */
function englishWords(): ReadonlySet<string> {
  english ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return english;
}

/** Whether a lower-case word is English (in the word list), inflections included. */
export const isEnglishWord = (word: string) => englishWords().has(word);

// Words a business reader knows that the list lacks, and abbreviations everyone reads (time zones, currencies, roles).
const everydayWords = new Set(
  'ok okay www config signup onboarding offboarding walkthrough backend frontend dataset codebase email ecommerce app repo plugin reorg roadmap headcount offsite runway upsell min mins sec secs hr hrs approx vs etc incl fyi asap tbh lol'.split(
    ' ',
  ),
);
const everydayAbbreviations = new Set(
  'US USA UK EU UN CEO CTO CFO COO CIO CISO CPO VP SVP EVP HR AM PM UTC GMT BST CET CEST EET EEST WET EST EDT CST CDT MST MDT PST PDT IST JST KST AEST AEDT NZST NZDT SGT HKT ID IDs FAQ FYI ETA ASAP TBD TBC NB PS QA IT TV PDF URL URLs AI KPI KPIs ROI FY YoY QoQ USD EUR GBP JPY CAD AUD CHF INR CNY BRL LLC INC LTD GDPR HQ KB MB GB TB PB VPN HTTPS B2B B2C D2C CSM CRM ERP SKU NPS ARR MRR KYC AML GMV AOV EMEA APAC AMER LATAM SMS MFA IPO OK AWS'.split(
    ' ',
  ),
);
// Abbreviations engineers write that spell a (rare) English word too: never a word in capitals for emphasis.
const acronymWords = new Set(
  'DAG DAGs POP POPs WAN MAC NAT OOM CORS REST ALB EFS SYN ROM SAN ARM'.split(' '),
);
// Names with a capital inside that are people's (McAllister, DeAndre, MacKenzie, LaToya, DiMaggio, VanDyke).
const surnamePrefix = /^(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von)[A-Z][a-z]+$/;
// Products whose names any reader knows.
const knownProducts = new Set(
  'slack zoom google github gitlab jira confluence linux windows aws azure pagerduty'.split(' '),
);

const binaryUnit = /^\d+(?:\.\d+)?(?:[KMGTP]i|[KMGTP]iB)$/;
const abbreviation = /^[A-Z][A-Z0-9&]*[A-Z0-9]$/;

/** Whether a word, as written, is one a reader outside engineering cannot be expected to know. */
function isTechnical(word: string): boolean {
  if (binaryUnit.test(word)) return true;
  // Numbers and their everyday units: 503s, 2nd, 10x.
  if (/^\d/.test(word) && !/[A-Za-z]{2}/.test(word)) return false;
  const single = word.replace(/(?<=[A-Z0-9])s$/, '');
  if (abbreviation.test(single) && /[A-Z].*[A-Z]|[A-Z]\d|\d[A-Z]/.test(single)) {
    // A word in capitals for emphasis ("did NOT page") is a word; an abbreviation that happens to spell a rare
    // English word (DAG, POP, NAT) is not emphasis.
    if (/^[A-Z]{3,}$/.test(word) && englishWords().has(word.toLowerCase()) && !acronymWords.has(single))
      return false;
    return (
      !everydayAbbreviations.has(single) &&
      !everydayAbbreviations.has(word) &&
      !/^[QH][1-4]$|^[IVXL]+$/.test(single) &&
      !standardName.test(single)
    );
  }
  const lower = word.toLowerCase();
  if (knownProducts.has(lower) || everydayWords.has(lower.replace(/s$/, ''))) return false;
  if (isProductName(lower)) return !englishWords().has(lower);
  // A capital after a small letter: PgBouncer, eBPF, gRPC; not a person's McAllister, nor the iPhone.
  if (/[A-Z]/.test(word.slice(1)) && /[a-z]/.test(word))
    return !surnamePrefix.test(word) && !/^i[A-Z][a-z]+$|^(?:iOS|iPadOS|macOS|eBay|iCloud)$/.test(word);
  // Capitalised words are as often people, places and teams as tools; scripts other than Latin have no dictionary here.
  if (!/^[a-z]{3,}$/.test(word)) return false;
  return !knownWord(lower);
}

// Inflections the list may lack: "redeployed" is re- and "deployed", "autoscaled" auto- and "scaled".
const prefixes = /^(?:re|un|mis|pre|non|over|under|auto|multi|sub|de|co|post|inter|out|self)(?=[a-z]{3})/;
function knownWord(lower: string): boolean {
  const words = englishWords();
  return words.has(lower) || words.has(lower.replace(prefixes, ''));
}

// Hyphenated words are whole names (orders-api, np-orders-v2, on-call) when each part is plain; a part in capitals
// or units still counts (the "GKE-managed" of "GKE-managed node pool").
const token =
  /\d+\.\d+[\p{L}]*|[\p{L}\p{N}][\p{L}\p{N}]*(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+(?:['’][\p{L}]+)?)*/gu;

/**
 * The technical words a reader's text uses that nothing explains, each once, in order of first use: the glossary's
 * names, names from code and ids, web and e-mail addresses, chat handles and channels are not counted.
 */
export function technicalWordsIn(text: string, people: readonly string[] = []): string[] {
  // A person's name in chat's lower case ("fatima acked the page") is a name, not a word of the trade (trial 23).
  // Written without its accents too: "siobhan" of Siobhán (trial 27 F9).
  const names = new Set(
    people.flatMap((name) => {
      const parts = name.toLowerCase().split(/[\s.@_-]+/);
      return [...parts, ...parts.map((part) => part.normalize('NFD').replace(/\p{M}/gu, ''))];
    }),
  );
  const blank = (found: string) => ' '.repeat(found.length);
  // Record ids and tracker keys (INC-7K3M9QX2, PAY-1234) are references, not words.
  // Web domains ("*.shopwave.io") and settings with their values ("error:num=10") are names too (trial 18d).
  const rest = withoutCodeNames(text).replace(
    /[@#][\w.-]+|\b[A-Z][A-Z0-9]*-(?=[A-Z0-9]*\d)[A-Z0-9]+\b|\bINC-[A-Z0-9]{4,}\b|(?:\*\.)?\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|co|cloud)\b|[\w.:-]+=[^\s,;()]+/g,
    blank,
  );
  const found = new Map<string, string>();
  // A word the glossary names (API, GKE) or uses in a longer name ("Helm" of "Helm chart") is the glossary's: the
  // report glosses it where the glossary finds it. Asked by word, not by matching every glossary name over the
  // report again, which would double the cost of rendering one. Its plural is the glossary's too ("SLAs"), and a
  // word is listed once whatever its case ("Memcached", "memcached"; trial 18e listed both).
  // A word the glossary finds by its stem ("crashlooped", "crashlooping" for Crash loop) is explained where it stands
  // (trial 24 listed "crashlooped" as unexplained under its own gloss).
  const known = (word: string) =>
    findGlossaryTerm(word) !== undefined ||
    glossaryWords().has(word.toLowerCase()) ||
    glossaryEntriesIn(word).length > 0;
  for (const word of wordsOf(rest)) {
    const key = word.toLowerCase();
    if (found.has(key) || names.has(key) || known(word) || (/[^s]s$/i.test(word) && known(word.slice(0, -1))))
      continue;
    found.set(key, word);
  }
  return [...found.values()];
}

/** The technical-looking words of a text, in order. */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const [whole] of text.matchAll(token)) {
    // "didn't" is "did", "the team's" the team.
    const parts = whole.replace(/n['’]t$|['’][\p{L}]+$/u, '').split('-');
    const plainParts = parts.every((part) => !isTechnical(part) || /^[a-z0-9]+$/.test(part));
    if (parts.length > 1 && plainParts) continue;
    out.push(...parts.filter(isTechnical));
  }
  return out;
}

let namesWords: ReadonlySet<string> | undefined;
/** Every word of the glossary's terms and aliases, in small letters. */
function glossaryWords(): ReadonlySet<string> {
  namesWords ??= new Set(
    glossary
      .flatMap((entry) => [entry.term, ...entry.aliases])
      .flatMap((name) => name.toLowerCase().split(/[\s/-]+/)),
  );
  return namesWords;
}
