/**
 * A sentence Baton says about people ("Lands 02:14 Wed for Aiko (Tokyo)…"), with each name kept
 * apart from the words around it. The UI draws every name as its own <bdi> element, so a name
 * holding a right-to-left override (U+202E) cannot reorder the rest of the sentence. Parts are
 * data for React to draw as text, never joined into markup.
 */
export type SentencePart = string | { readonly name: string };
export type Sentence = readonly SentencePart[];

/** A person's name inside a sentence. */
export function named(name: string): SentencePart {
  return { name };
}

/** The sentence as plain text (tests, aria-labels, logs). */
export function sentenceText(sentence: Sentence): string {
  return sentence.map((part) => (typeof part === 'string' ? part : part.name)).join('');
}

/** The most characters a name takes in a sentence: a 10,000-character name must not push Baton's UI off screen. */
export const SENTENCE_NAME_MAX = 40;

/** A name as a sentence says it: cut with "…" when long, by code point (a cut never splits a surrogate pair). */
export function cutName(name: string, max = SENTENCE_NAME_MAX): string {
  const chars = Array.from(name);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : name;
}
