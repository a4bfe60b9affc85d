/**
 * @module
 * The one place where fingerprinting gets its tokens: the engine's `analyze()`. Kept behind this
 * function so that fingerprints could switch to a cheaper tokenizer without touching the rest.
 */
import { analyze } from '../text/analyze.js';
import type { AnalyzedDocument } from '../text/types.js';

/**
 * Sentences and tokens of a document, as fingerprints read them.
 * @param text the document text
 * @returns the analysed document
 */
export function analyzeForFingerprint(text: string): AnalyzedDocument {
  return analyze(text);
}
