/**
 * @module
 * Verbatim test for links: the same words in the same order, up to case, white space, punctuation
 * and the canonical variants the analyser already folds (U.S./US, per cent/%).
 */
import type { AnalyzedDocument } from '../text/types.js';
import type { SentenceLink } from './types.js';
import { mapped } from '../arrays.js';

const cache = new WeakMap<AnalyzedDocument, string[]>();

/**
 * The comparison form of each sentence: its word and number tokens' `norm`, space separated.
 * Cached per document object (the scorer and the aligner both need them).
 * @param doc an analysed document
 * @returns one signature per sentence, by index (shared: do not modify)
 */
export function signatures(doc: AnalyzedDocument): string[] {
  let sigs = cache.get(doc);
  if (!sigs) cache.set(doc, (sigs = compute(doc)));
  return sigs;
}

function compute(doc: AnalyzedDocument): string[] {
  const words: string[] = [];
  return mapped(doc.sentences, (s) => {
    words.length = 0;
    for (const t of s.tokens) {
      // (an empty norm before any word adds nothing, as in plain concatenation)
      if ((t.kind === 'word' || t.kind === 'number') && (words.length > 0 || t.norm !== '')) words.push(t.norm);
    }
    return words.join(' ');
  });
}

/**
 * Whether a link joins the same text on both sides (after joining split or merged sentences).
 * @param sa signatures of a
 * @param sb signatures of b
 * @param link the link to test
 */
export function isVerbatim(sa: readonly string[], sb: readonly string[], link: SentenceLink): boolean {
  const x = mapped(link.a, (i) => sa[i]).join(' ');
  const y = mapped(link.b, (j) => sb[j]).join(' ');
  return x.length > 0 && x === y;
}
