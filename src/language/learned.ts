import { featuresOf, modelTokens, namesSomeone } from './learned-features.js';
import type { Category } from './types.js';

// The analyzer's second stage: a sentence no rule flags is read by a model learned from labelled sentences
// (scripts/train-blame-model.ts). Rules fit the sentences they were written from; on text nobody here wrote they
// missed about one blameful sentence in five (issue 17). The model reads the shape of the whole sentence, so it
// also catches blame whose words no rule lists. It only speaks where no rule did, and only when it is sure (see
// `learnedThreshold`), and its finding says that it is the model's reading, with the same kind of advice a rule
// gives.
//
// Like the first-name list (first-names.ts) the model is a port: about 370 KB of weights that the browser should
// not load before its first paint. An edge provides it (the CLI and the server it starts, at start-up; the web
// editor once its code has loaded); without it the rules alone run.

/** What switches the model off or on, as a rule id would: "learned-model". */
export const learnedModelId = 'learned-model';

/** The id of the model's findings of a category: "person_as_cause/learned-model". */
export function learnedRuleId(category: Category): string {
  return `${category}/${learnedModelId}`;
}

/** Whether a finding is the model's reading rather than a rule's. */
export function isLearnedFinding(finding: { ruleId: string }): boolean {
  return finding.ruleId.endsWith(`/${learnedModelId}`);
}

/** A linear model: a bias and a weight per feature. */
export interface LinearModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** Whether a sentence reads as blame, and which kind of blame when it does. */
export interface BlameModel {
  blame: LinearModel;
  categories: Readonly<Record<Category, LinearModel>>;
}

/**
 * How sure the model must be before it speaks where no rule did. Chosen on the development files only, each
 * scored by the rules and a model trained without it (bench/language-learned.ts): the lowest threshold at which
 * precision stayed at or above 0.98 on every one (0.980, 1.000, 0.996, 0.989, 0.991 at 0.5; 0.977 on the first at
 * 0.4).
 */
export const learnedThreshold = 0.5;

/**
 * A linear model as the reader holds it: the file's weights with no prototype, so that a feature such as
 * "constructor" finds only the model's own key, in one lookup (set in place: no copy at load).
 */
interface Weights {
  bias: number;
  weights: Readonly<Record<string, number | undefined>>;
}

interface LoadedModel {
  blame: Weights;
  categories: ReadonlyArray<[Category, Weights]>;
}

/**
 * The weights looked up in place: the loaded model's own object gets a null prototype, so a feature named like an
 * Object method ("constructor") finds no weight. It changes the loader's object rather than copy 100,000 entries;
 * the model is read once, by this module, and nothing else holds it.
 */
function weightsOf(linear: LinearModel): Weights {
  return { bias: linear.bias, weights: Object.setPrototypeOf(linear.weights, null) };
}

let loader: (() => BlameModel | undefined) | undefined;
let model: LoadedModel | undefined;
let tried = false;

/** Registers how to load the model (called on first need, at most once); undefined removes it. */
export function provideBlameModel(load: (() => BlameModel | undefined) | undefined): void {
  loader = load;
  model = undefined;
  tried = false;
}

function current(): LoadedModel | undefined {
  if (!tried) {
    tried = true;
    const loaded = loader?.();
    model = loaded && {
      blame: weightsOf(loaded.blame),
      categories: (Object.entries(loaded.categories) as Array<[Category, LinearModel]>).map(
        ([name, linear]) => [name, weightsOf(linear)],
      ),
    };
  }
  return model;
}

/** The model's sum for the features. */
function score(linear: Weights, features: readonly string[]): number {
  let z = linear.bias;
  const { weights } = linear;
  for (let i = 0; i < features.length; i++) z += weights[features[i] as string] ?? 0;
  return z;
}

/** The model's reading of a sentence: how likely it is blame, and the kind it most resembles. */
export interface LearnedReading {
  probability: number;
  category: Category;
}

/**
 * Thanks and praise ("Thanks to everyone who worked on these", "Support escalated fast, which was very helpful"):
 * they name people and read like the sentences around blame, but blame no one. Sarcastic praise ("Great job, you
 * broke prod") is the rules' to find.
 */
const praises =
  /^\W*(?:thanks|thank you|many thanks|big thanks|kudos|shout-?outs?|props|hats off|(?:really |much |hugely |truly )?appreciat\w*|(?:so |very |really )?grateful)\b|\b(?:was|were|is|are|has been|have been)\s+(?:very\s+|really\s+|super\s+|incredibly\s+|extremely\s+|so\s+)?(?:helpful|invaluable|great|excellent|fantastic|amazing|outstanding)\b/i;

/** Blame named to be refused: "We're not here to find someone to blame", "no one is at fault". */
const rejectsBlame =
  /\b(?:not|no|never|nobody|without|isn't|aren't|wasn't|don't|doesn't|won't)\b[^.?!;]{0,40}\b(?:blam\w*|fault|culprits?|finger-?point\w*|punish\w*|scapegoat\w*|human error)\b|\b(?:human|operator|user) errors? (?:was|is|were)(?:n't| not| never)\b/i;

/**
 * The model's reading of one sentence when it is sure the sentence is blame (above `learnedThreshold`), else
 * undefined; undefined too when no model was provided or the sentence is too short to read (a label, a time).
 */
export function learnedReading(sentence: string): LearnedReading | undefined {
  const m = current();
  if (!m) return undefined;
  const tokens = modelTokens(sentence);
  // Fewer than four words: "Owner: Priya", "14:02 paged" say too little to judge.
  if (tokens.length < 4 || !namesSomeone(tokens) || rejectsBlame.test(sentence) || praises.test(sentence))
    return undefined;
  const features = featuresOf(tokens);
  const probability = 1 / (1 + Math.exp(-score(m.blame, features)));
  if (probability <= learnedThreshold) return undefined;
  let category: Category = 'person_as_cause';
  let best = Number.NEGATIVE_INFINITY;
  for (const [name, linear] of m.categories) {
    const z = score(linear, features);
    if (z > best) {
      best = z;
      category = name;
    }
  }
  return { probability, category };
}

/** What a finding of the model says, by the kind of blame it read: the same kind of advice a rule gives. */
export const learnedAdvice: Readonly<
  Record<Category, { message: string; suggestion: string; question: string }>
> = {
  human_error_label: {
    message:
      'This reads as a human-error label in place of an explanation (found by the learned model, not a rule).',
    suggestion: 'Name the conditions that made the slip possible and what would have caught it.',
    question: 'What made this slip possible, and what would have caught it?',
  },
  blame_seeking_question: {
    message: 'This question reads as looking for a culprit (found by the learned model, not a rule).',
    suggestion: 'Ask how the work happened instead: what was seen, what was expected, what got in the way.',
    question: 'What did the people involved see at the time, and what got in the way?',
  },
  person_remedy: {
    message:
      'This remedy reads as aimed at a person rather than the system (found by the learned model, not a rule).',
    suggestion: 'Change what anyone would meet: a default, a check, a tool or a piece of automation.',
    question: 'Which change to the system would make this safe for anyone doing the same work?',
  },
  judgmental: {
    message: 'This reads as a judgement of a person or their work (found by the learned model, not a rule).',
    suggestion: 'Describe what was done and the conditions around it, without the evaluation.',
    question: 'What pressures and trade-offs were present when this was done?',
  },
  folk_model_label: {
    message:
      'This reads as a label that stands in for an explanation (found by the learned model, not a rule).',
    suggestion: 'Say what was seen and what it meant to the people there, in concrete terms.',
    question: 'What did the people involved see, and what did it mean to them at the time?',
  },
  minimizing: {
    message:
      'This reads as calling the right move obvious after the fact (found by the learned model, not a rule).',
    suggestion: 'Describe what the signal looked like before the outcome was known.',
    question: 'What did the situation look like before anyone knew how it would end?',
  },
  procedure_violation: {
    message:
      'This reads as framing the work as breaking a procedure (found by the learned model, not a rule).',
    suggestion:
      'Describe the gap between the procedure as written and the work as done, and why it did not fit.',
    question: 'How did following the procedure fit the situation at the time?',
  },
  counterfactual: {
    message:
      'This reads as judging with hindsight what a person should have done (found by the learned model, not a rule).',
    suggestion:
      'Describe what was known and done at the time, and what would have made the other path visible.',
    question: 'What did the people involved know at that moment, and what would have shown them more?',
  },
  passive_blame: {
    message:
      'This reads as a lapse put in the passive, which still points at someone (found by the learned model, not a rule).',
    suggestion: 'Name the gap in the process: which step had no owner, reminder or check.',
    question: 'Which step had no owner, reminder or check?',
  },
  person_as_cause: {
    message: 'This reads as naming a person or a team as the cause (found by the learned model, not a rule).',
    suggestion:
      'Make the change, condition or mechanism the subject, and keep people in the timeline as neutral actors.',
    question: 'What made this action look reasonable at the time, and what let it do harm?',
  },
};
