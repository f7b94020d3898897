// The broad first-name list is a port: the analyzer runs in the browser too, so it cannot read files itself. An
// edge (the CLI) provides a loader, and the list is loaded the first time a sentence needs it: a text with no
// candidate name never pays for it. Without a loader (the browser today) there is no list, and names are found
// from configured people, the short list in lexicon.yml and the sentence's syntax alone.

/** Answers whether a lower-case word is a first name of the list. */
export type FirstNameList = (lowerWord: string) => boolean;

let loader: (() => FirstNameList | undefined) | undefined;
let list: FirstNameList | undefined;
let tried = false;
const answers = new Map<string, boolean>();

/** Registers how to load the broad first-name list (called on first need, at most once); undefined removes it. */
export function provideFirstNames(load: (() => FirstNameList | undefined) | undefined): void {
  loader = load;
  list = undefined;
  tried = false;
  answers.clear();
}

/** Lower case without diacritics: "María" is found as "maria", "Søren" stays "søren". */
function fold(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Whether a word is in the broad first-name list, in any case and with or without its diacritics. */
export function isListedFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  const known = answers.get(lower);
  if (known !== undefined) return known;
  if (!tried) {
    tried = true;
    list = loader?.();
  }
  let found = false;
  if (list) {
    const folded = fold(lower);
    found = list(lower) || (folded !== lower && list(folded));
  }
  answers.set(lower, found);
  return found;
}
