// Scores the analyzer on the blind corpus of issue 17 (src/language/corpus/blind): sentences written from the
// taxonomy alone, without reading the rules. Precision, recall, F1 and the false-positive rate per trap group,
// on the development file and on the held-out file separately. The held-out file is reported in aggregate only:
// no sentence of it is ever printed, so no rule is written from it.
//
//   node --import tsx bench/language-blind.ts                  # print both scores
//   node --import tsx bench/language-blind.ts --misses         # also list the development misses
//   node --import tsx bench/language-blind.ts --record "label" # add the scores to the history and RESULTS.md
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBlameModel } from '../src/cli/blame-model-file.js';
import { readFirstNameList } from '../src/cli/first-name-list.js';
import { type Evaluation, evaluate, type LabelledSentence, parseCorpus } from '../src/language/evaluate.js';
import { provideFirstNames } from '../src/language/first-names.js';
import { analyze, categories } from '../src/language/index.js';
import { provideBlameModel } from '../src/language/learned.js';
import { machineLine, writeResults } from './results.js';

// As `debrief lint` does: the broad first-name list, read when a sentence first needs it, and the learned model.
provideFirstNames(readFirstNameList);
provideBlameModel(readBlameModel);

const root = resolve(import.meta.dirname, '..');
process.stdout.on('error', () => {}); // output piped into head
const read = (name: string) =>
  parseCorpus(readFileSync(resolve(root, 'src/language/corpus/blind', name), 'utf8'));
const dev = read('blind.dev.txt');
const holdout = read('blind.holdout.txt');
/**
 * The other writers' files. The second, fourth and fifth are held out: scored in aggregate only, never printed one
 * by one, so no rule is fitted to them. The sixth (420 sentences, written 2026-12-05) was scored once before any rule was changed for it (session 19)
 * and is then a development file: its misses may be read (`--misses sixth`). The seventh (420 sentences, written
 * 2026-12-05 by a helper that read only the research document) was scored once before any rule was changed for it
 * (session 22: precision 0.995, recall 0.751) and is then a development file too (`--misses seventh`). The eighth
 * (420 sentences, written 2026-12-05 the same way) is held out: scored in aggregate only. The ninth (420 sentences,
 * written 2026-12-06 by a helper that read only the research document) was scored once at d30dbcf, before any rule
 * was changed for it (session 23: precision 0.987, recall 0.843), and is then a development file (`--misses ninth`).
 * The tenth (420, written 2026-12-06 the same way, after the rules for the ninth were written) is held out: at
 * d30dbcf it scored precision 0.995, recall 0.805; it is the check on session 23's rules. The eleventh (420, written
 * 2026-12-06 the same way) was scored once at 24eb0ee before anything was changed for it (session 24: precision
 * 0.991, recall 0.881) and is then a development file: the learned model trains on it (`--misses eleventh`). The
 * twelfth (420, written 2026-12-07 the same way) was scored once at 898f6d3 (session 31: precision 0.979, recall 0.874) before anything was changed
 * for it, and is then a development file (`--misses twelfth`). The thirteenth (420, written 2026-12-07 the same way,
 * briefed on writers in a hurry: executives' mails, chat, terse notes, non-native phrasing) is held out: scored in
 * aggregate only, the check on session 31's rules. The fourteenth (420, written 2026-12-07 the same way, briefed on
 * many voices and registers) was scored once at 5e41058 before anything was changed for it (session 32), and is then
 * a development file for the rules (`--misses fourteenth`). The learned model is not trained on it: tried, it lost
 * recall on two held-out files and read one of the playbook's own sentences as blame. The fifteenth (420, written
 * 2026-12-07 the same way, briefed on writers under pressure and non-native phrasing) was scored once at b032885,
 * after session 32's rules and before any change for it (precision 0.991, recall 0.812: the check on those rules),
 * and is then a development file (`--misses fifteenth`): its register was the one the rules knew least.
 */
const otherFiles = [
  { key: 'second', file: 'blind.second.txt', name: 'second writer', readable: false },
  { key: 'fourth', file: 'blind.fourth.txt', name: 'fourth file', readable: false },
  { key: 'fifth', file: 'blind.fifth.txt', name: 'fifth file', readable: false },
  { key: 'sixth', file: 'blind.sixth.txt', name: 'sixth file', readable: true },
  { key: 'seventh', file: 'blind.seventh.txt', name: 'seventh file', readable: true },
  { key: 'eighth', file: 'blind.eighth.txt', name: 'eighth file', readable: false },
  { key: 'ninth', file: 'blind.ninth.txt', name: 'ninth file', readable: true },
  { key: 'tenth', file: 'blind.tenth.txt', name: 'tenth file', readable: false },
  { key: 'eleventh', file: 'blind.eleventh.txt', name: 'eleventh file', readable: true },
  { key: 'twelfth', file: 'blind.twelfth.txt', name: 'twelfth file', readable: true },
  { key: 'thirteenth', file: 'blind.thirteenth.txt', name: 'thirteenth file', readable: false },
  { key: 'fourteenth', file: 'blind.fourteenth.txt', name: 'fourteenth file', readable: true },
  { key: 'fifteenth', file: 'blind.fifteenth.txt', name: 'fifteenth file', readable: true },
] as const;
type OtherKey = (typeof otherFiles)[number]['key'];
const otherCorpora = new Map<OtherKey, LabelledSentence[]>();
for (const other of otherFiles) {
  const path = resolve(root, 'src/language/corpus/blind', other.file);
  if (existsSync(path)) otherCorpora.set(other.key, parseCorpus(readFileSync(path, 'utf8')));
}
const otherResults = new Map([...otherCorpora].map(([key, corpus]) => [key, evaluate(corpus)] as const));

/** A file's latest score, said in the notes. */
function latest(a: Aggregate | undefined): string {
  if (!a) return '(file missing)';
  return `precision ${a.precision.toFixed(3)}, recall ${a.recall.toFixed(3)}, F1 ${a.f1.toFixed(3)}; trap groups over 3 %: ${secondTraps(a)}`;
}

/** The second file's trap groups above 3 %, with their rate. */
function secondTraps(a: Aggregate): string {
  const traps = Object.entries(a.trapsOver3).map(([group, rate]) => `${group} ${(rate * 100).toFixed(0)} %`);
  return traps.join(', ') || 'none';
}
const historyPath = resolve(import.meta.dirname, 'language-blind.history.json');

interface Score extends Partial<Record<OtherKey, Aggregate>> {
  label: string;
  commit: string;
  date: string;
  dev: Aggregate;
  holdout: Aggregate;
}
interface Aggregate {
  sentences: number;
  precision: number;
  recall: number;
  f1: number;
  categoryAccuracy: number;
  falsePositives: number;
  falseNegatives: number;
  /** Trap groups whose false-positive rate is above 3 %, with the rate. */
  trapsOver3: Record<string, number>;
  worstTrapRate: number;
}

function aggregate(result: Evaluation): Aggregate {
  const trapsOver3: Record<string, number> = {};
  let worst = 0;
  for (const [group, g] of Object.entries(result.falsePositiveRateByGroup)) {
    worst = Math.max(worst, g.rate);
    if (g.rate > 0.03) trapsOver3[group] = round(g.rate);
  }
  return {
    sentences: result.total,
    precision: round(result.precision),
    recall: round(result.recall),
    f1: round(result.f1),
    categoryAccuracy: round(result.categoryAccuracy),
    falsePositives: result.falsePositives,
    falseNegatives: result.falseNegatives,
    trapsOver3,
    worstTrapRate: round(worst),
  };
}

/** What the numbers above cannot say by themselves; kept with the script so a re-run keeps them. */
/** The notes under the tables, with the second file's latest score filled in. */
function notes(now: Omit<Score, 'label'>): string {
  return `A second held-out file, src/language/corpus/blind/blind.second.txt (200 sentences: 100 blameful, 100 neutral
with trap groups), was written afterwards by a separate writer who read only the taxonomy, never the rules or the
other corpora. Scored first with the rules of step 13, unchanged: precision 0.979, recall 0.950, F1 0.964; trap
groups over 3 %: timeline-names 8 %, kill-process 25 %. For the step "anonymised placeholders, judged acts, kill a
process", the two neutral sentences behind those two rates (and only those) were read: both had a named person
kill a stuck job or a runaway query, read as the harm verb "killed". The fix is general (killing a unit of work,
a job, query, process, pod, session and the like, is an operation; killing the site still is harm), was checked on
fresh probes, and no sentence of the file was copied. Since then the file is no longer blind for those two
sentences; its other 198 stay unread. Latest score: ${latest(
    now.second,
  )} (small groups: one false positive moves a group's rate by 8 to 25 points).

How far to trust the held-out number: the corpus and the rule changes were written in the same session.
The held-out file was split off at random before the first score and its sentences and per-sentence results were
not printed, but its sentences were written by the rule author, and from step 5 on the rules were driven by fresh
probe sentences written for each kind of miss (from memory of the kinds in the whole corpus, checked against fresh
neutral traps). Once (step 12) a probe recalled from the corpus turned out to be a held-out sentence and its result
was seen (a sentence-initial name ending in -ing, in the possessive, not recognised); no rule was changed for it.
The held-out score is therefore optimistic: an unbiased number needs sentences from another writer.

Existing corpus (src/language/corpus): precision 1.000 and recall 0.996 before and after every step (497 sentences
until step 14, which added 68 and kept both numbers, every trap group at 0 %).

Step 14 (anonymised reports): role placeholders ("Responder 1", "Engineer B", "reviewer-3", "Actor 2") are people;
a character judgement said of an act ("the deploy was careless") or of a bare "it"/"that" is blame, while "lazy" and
"dumb" before a component name a design and "careless of the cost" said of a thing describes it; shipping a
defective artefact ("pushed a bad config") is person_as_cause; killing a job, query or process is an operation; a
speaker's words put in quotes in meeting notes are analysed. \`npx vitest run src/language test/own-text.test.ts\`:
339 tests passed before, 365 after. Analysing 1.06 MB of corpus sentences (about half blameful): median of 7 within
the machine's noise before and after (about 0.25 to 0.33 s on a loaded machine).

Start-up: the analyzer bundled alone (import and one short analysis, 30 interleaved runs) took a median of
93.8 ms against 89.6 ms before these changes (node -e 0: 61.5 ms); the generated rules module grew from 75 KB to
109 KB. No name list was added; \`debrief lint\` itself was not re-measured (bench/startup.ts needs a build).

Step 15 (a trial on anonymised reports): a numbered placeholder in the possessive owns the work ("Responder 3's
change broke payments"); a person or their work that "made it worse" is person_as_cause; a capitalised roster name
that is also an auxiliary ("Will", "May") is the person; carefulness asked of a named person ("make Will more careful",
"tell Ana to double-check") is person_remedy/make-careful, while a reminder sent by software is not a person remedy;
a timeline time with an ISO date, seconds, a zone or offset, a leading "About" and any dash is masked as a prefix; a
bare "it" after a dash is what happened; a judgement word on what a component has ("the retry library has a careless
default") describes the component; "made the error rate drop" is not "made an error". Decided: a short label before
a dash ("A — It was careless.") is not masked as a prefix, since the word before the dash may be the subject ("Ana —
should have rolled back"); the judgement after it is found because a dash opens a clause. Blind scores unchanged on
all three files. Existing corpus: 565 sentences at precision 1.000, recall 0.996 before; 618 after (53 added), still
precision 1.000, recall 0.997, every trap group at 0 %. \`npx vitest run src/language test/own-text.test.ts\`: 365
tests passed before, 385 after. Analysing 1.10 MB of corpus sentences (one line in five a timestamped list item):
median of 7 154 to 181 ms before, 152 to 223 ms after, within the machine's noise.

Step 16 (issue 17 items 1 to 3): a broad first-name list (npm gender-detection-from-name 1.11.5, MIT, about 67,000
first names; only the names are used) behind a port (src/language/first-names.ts), read by the CLI and by this
benchmark the first time a sentence needs it (src/cli/first-name-list.ts). A sentence-initial word with a noun's
ending is a person when the list knows it and it is no everyday word (lexicon.yml everydayNames and every other
lexicon word): Meiling, Hans, Bence, Teodor. New rule person_remedy/sanction-person: a sanction wished on anyone,
named or not ("somebody should lose their job over this", "they ought to be fired"), with "nobody should…" left
alone. Blind scores before, then after: dev recall 0.990, then 0.993; held-out 0.941, then 0.950; second writer
0.950 both times; precision 1.000 and every trap group 0 % throughout. Existing corpus unchanged (618 sentences,
precision 1.000, recall 0.997). No held-out sentence was read; the probes were new sentences.

Step 17 (debrief issue 18 trial, findings 1 and 2): a code identifier (resp.Body.Close, config.yaml, http.Client,
tokio::spawn_blocking, db/migrate.sh, backticked code) is one word in a finding's quote and in the omission
rewrite ("resp.Body.Close was not called in the handler."), and a rewrite that would break one is dropped; new rule
person_remedy/vigilance-task: a task of personal vigilance (double-check, remember, review every…, always or never
…, before every release) given to a named person, a role or a pronoun ("Make Jörg double-check every client
change", "Remind Siobhán to run the load test before every release"), with a tool, schedule or document doing the
check, advice to customers and one-off tasks left alone. Blind scores unchanged on all three files (precision
1.000, every trap group 0 %). Existing corpus: 626 sentences at precision 1.000, recall 0.994 before; 662 after
(18 blameful and 18 neutral look-alikes added), precision 1.000, recall 0.994. \`npx vitest run src/language
test/own-text.test.ts\`: 403 tests passed before, 437 after. No held-out sentence was read; the probes were new.
Speed (bench/language.ts, CPU time on the loaded machine): the 1.10 MB realistic draft 98.3 ms before, 101.4 ms after;
the worst case 131.2, then 125.9 ms; the first analyze of one sentence in a fresh process 9.6, then 10.9 ms (the
new rule's pattern and the identifier-aware object word are compiled on first use).

A fourth held-out file, src/language/corpus/blind/blind.fourth.txt (300 sentences: 190 blameful, 110 neutral; names
from 42 naming traditions, nine of them in non-Latin scripts), was written by a third writer briefed only with the
taxonomy and the kinds issue 12's trial found missed (hindsight with no person, rhetorical questions without "who",
teams "as usual", judgements of work, seniority comparisons, demands of accountability, names in scripts without
case). Scored first at 9212796, before any rule was changed for those kinds: precision 1.000, recall 0.647, F1
0.786, no trap group over 3 % (missed per category: person_as_cause 14/27, counterfactual 9/27, judgmental 10/28,
person_remedy 12/22, minimizing 10/24, blame_seeking_question 7/18, procedure_violation 3/16, human_error_label 1/14,
passive_blame 1/14). No sentence of it is printed or read by a rule author. After general rules for those kinds,
written from the trial's own sentences and new probes by a helper who never opened the file: precision 1.000,
recall 0.768, F1 0.869 (dev, held-out and second writer unchanged). Latest score: ${latest(now.fourth)}.

A fifth held-out file, src/language/corpus/blind/blind.fifth.txt (300 sentences: 190 blameful, 110 neutral; names from
45 naming traditions), was written in session 17 by a fourth writer briefed only with the taxonomy and a list of
shapes (prose, meeting notes, chat, executive emails, lower-case chat names, teams, hard neutral traps). Scored first
at the rules of 50ddd2c, before any rule was changed in that session: precision 0.994, recall 0.805, F1 0.890 (one
false positive, group mention; missed per category: person_as_cause 7, minimizing 7, person_remedy 5,
blame_seeking_question 5, counterfactual 4, procedure_violation 4, judgmental 2, passive_blame 2, human_error_label 1).
It is the check on that session's rule changes, which were written by a helper who never opened it. Latest score: ${latest(
    now.fifth,
  )}.

Misses that remain on purpose or for lack of time: lower-case names outside all-lower-case chat; sentence-initial
names with a noun-like ending where no name list is loaded (the browser); a multi-word name ending in
a function word (Nguyễn Văn An); sarcasm without a harm verb ("Of course X ran it on production"); blame with no
question mark in chat ("who did this"); "that's where the blame sits" with no agent; the human "operator", which
stays unknown because it is usually a Kubernetes operator.`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function groupTable(result: Evaluation): string {
  const rows = Object.entries(result.falsePositiveRateByGroup)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, g]) => `| ${group} | ${g.sentences} | ${g.flagged} | ${pct(g.rate)} |`);
  return [
    '| trap group | neutral sentences | flagged | false-positive rate |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** Every file with its column name, for the aggregate tables (counts only, never a sentence). */
const allFiles: Array<[string, readonly LabelledSentence[]]> = [
  ['dev', dev],
  ['held-out', holdout],
  ...[...otherCorpora].map(([key, corpus]): [string, readonly LabelledSentence[]] => [key, corpus]),
];

/** Blameful sentences per category and how many were flagged (any category), for every file. */
function categoryTable(): string {
  const rows = categories.map((category) => {
    const cell = (corpus: readonly LabelledSentence[]) => {
      const all = corpus.filter((s) => s.label === category);
      const flagged = all.filter((s) => analyze(s.text).length > 0).length;
      return `${flagged}/${all.length}`;
    };
    return `| ${category} | ${allFiles.map(([, corpus]) => cell(corpus)).join(' | ')} |`;
  });
  return [
    `| category | ${allFiles.map(([name]) => `${name} flagged`).join(' | ')} |`,
    `| --- | ${allFiles.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

/** Missed blameful sentences per category and tag (the group column), counts only, for every file. */
function missTable(): string {
  const files = allFiles;
  const keys = new Map<string, number[]>();
  files.forEach(([, corpus], column) => {
    for (const s of corpus) {
      if (s.label === 'neutral' || analyze(s.text).length > 0) continue;
      const key = `${s.label} / ${s.group}`;
      const counts = keys.get(key) ?? files.map(() => 0);
      counts[column] = (counts[column] ?? 0) + 1;
      keys.set(key, counts);
    }
  });
  const rows = [...keys.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, counts]) => `| ${key} | ${counts.join(' | ')} |`);
  return [
    `| category / tag | ${files.map(([name]) => name).join(' | ')} |`,
    `| --- | ${files.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

const devResult = evaluate(dev);
const holdoutResult = evaluate(holdout);
const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
const dirty =
  execSync('git status --porcelain src/language/rules src/language/*.ts', {
    cwd: root,
    encoding: 'utf8',
  }).trim() !== '';
const now: Omit<Score, 'label'> = {
  commit: dirty ? `${commit}+changes` : commit,
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  dev: aggregate(devResult),
  holdout: aggregate(holdoutResult),
  ...Object.fromEntries([...otherResults].map(([key, result]) => [key, aggregate(result)])),
};

const line = (name: string, a: Aggregate) =>
  `${name.padEnd(8)} n=${a.sentences}  precision ${a.precision.toFixed(3)}  recall ${a.recall.toFixed(3)}  F1 ${a.f1.toFixed(3)}  category ${a.categoryAccuracy.toFixed(3)}  FP ${a.falsePositives}  FN ${a.falseNegatives}  worst trap ${pct(a.worstTrapRate)}`;
console.log(line('dev', now.dev));
console.log(line('held-out', now.holdout));
for (const other of otherFiles) {
  const a = now[other.key];
  if (!a) continue;
  console.log(line(other.key, a));
  console.log(`${other.key.padEnd(8)} trap groups over 3 %: ${secondTraps(a)}`);
}
console.log(`\nDevelopment false-positive rate per trap group:\n${groupTable(devResult)}`);
console.log(`\nRecall per category (aggregate counts, every file):\n${categoryTable()}`);
if (process.argv.includes('--tags'))
  console.log(`\nMissed per category and tag (counts only):\n${missTable()}`);

const missesAt = process.argv.indexOf('--misses');
if (missesAt >= 0) {
  // `--misses` lists the development file's mistakes, `--misses sixth` a readable other file's; held-out never.
  const asked = otherFiles.find((o) => o.key === process.argv[missesAt + 1]);
  if (asked && !asked.readable) throw new Error(`${asked.file} is held out: its mistakes are never printed`);
  const result = asked ? otherResults.get(asked.key) : devResult;
  console.log(`\n${asked ? asked.file : 'Development'} mistakes (held-out mistakes are never printed):`);
  for (const m of result?.mistakes ?? []) {
    const kind = m.sentence.label === 'neutral' ? 'FP' : m.found ? 'CAT' : 'FN';
    console.log(`${kind}\t${m.sentence.label}\t${m.sentence.group}\t${m.found ?? '-'}\t${m.sentence.text}`);
  }
}

const recordAt = process.argv.indexOf('--record');
if (recordAt >= 0) {
  const label = process.argv[recordAt + 1] ?? 'run';
  const history: Score[] = existsSync(historyPath) ? JSON.parse(readFileSync(historyPath, 'utf8')) : [];
  history.push({ label, ...now });
  writeFileSync(historyPath, `${JSON.stringify(history, null, 2)}\n`);
  const rows = history.flatMap((s) => [
    `| ${s.label} | ${s.commit} | dev (${s.dev.sentences}) | ${s.dev.precision.toFixed(3)} | ${s.dev.recall.toFixed(3)} | ${s.dev.f1.toFixed(3)} | ${pct(s.dev.worstTrapRate)} |`,
    `| | | held-out (${s.holdout.sentences}) | ${s.holdout.precision.toFixed(3)} | ${s.holdout.recall.toFixed(3)} | ${s.holdout.f1.toFixed(3)} | ${pct(s.holdout.worstTrapRate)} |`,
    ...otherFiles.flatMap((o) => {
      const a = s[o.key];
      return a
        ? [
            `| | | ${o.name} (${a.sentences}) | ${a.precision.toFixed(3)} | ${a.recall.toFixed(3)} | ${a.f1.toFixed(3)} | ${pct(a.worstTrapRate)} |`,
          ]
        : [];
    }),
  ]);
  const holdoutGroups = Object.entries(now.holdout.trapsOver3)
    .map(([g, r]) => `${g} ${pct(r)}`)
    .join(', ');
  writeResults(
    'language-blind',
    `## Language analyzer on the blind corpus (issue 17)

Command: \`node --import tsx bench/language-blind.ts --record "<label>"\` (history in \`bench/language-blind.history.json\`).
Corpus: \`src/language/corpus/blind/\`, written from the taxonomy only, before any rule was read; the held-out file
(${holdout.length} sentences) was split off by a seeded shuffle before the first score and is reported in aggregate only.
Targets (issue 17): precision ≥ 0.95, recall ≥ 0.93, false-positive rate ≤ 3 % in every trap group.

| step | commit | file | precision | recall | F1 | worst trap FP rate |
| --- | --- | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Latest development false-positive rate per trap group:

${groupTable(devResult)}

Held-out trap groups above 3 %: ${holdoutGroups === '' ? 'none' : holdoutGroups}.

Latest recall per category (counts only):

${categoryTable()}

${notes(now)}

Machine: ${machineLine()}.`,
  );
}
