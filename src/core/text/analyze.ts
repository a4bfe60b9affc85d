/**
 * @module
 * analyze(): a document's text to sentences of tokens, the form every later stage works on.
 */
import { mapped } from '../arrays.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import type { AnalyzedDocument, Sentence } from './types.js';

/**
 * Segments and tokenizes a document.
 * @param text the document text as read (offsets in the result point into it)
 * @returns the text and its sentences, each with tokens
 */
export function analyze(text: string): AnalyzedDocument {
  const sentences: Sentence[] = mapped(splitSentences(text), (s, index) => ({
    index,
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    paragraph: s.paragraph,
    tokens: tokenize(text, s.start, s.end),
  }));
  return { text, sentences };
}

/** Words and numbers of a sentence (punctuation and symbols left out): its length as a reader counts it. */
export function wordCount(sentence: Sentence): number {
  let n = 0;
  for (const t of sentence.tokens) if (t.kind === 'word' || t.kind === 'number') n++;
  return n;
}
