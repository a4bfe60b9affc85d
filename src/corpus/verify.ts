/**
 * @module
 * The corpus's verifier: compare()'s verdict (relation, direction, score, style, coverage) without
 * the aligned passages and the changes in meaning, which the corpus does not store and which cost
 * about as much again as the verdict. It runs the engine's own stages in compare()'s order (see
 * src/core/compare.ts); verify.test.ts checks that the verdicts are identical on every labelled
 * pair of the example corpus, so a change to the engine that this misses fails the tests.
 * Replace with the engine's own verdict-only entry when it offers one.
 */
import { alignDocuments } from '../core/align/align.js';
import { analyze } from '../core/text/analyze.js';
import type { CompareResult, DocumentInput } from '../core/types.js';
import { docStats } from '../core/verdict/doc-stats.js';
import { gatherEvidence } from '../core/verdict/evidence.js';
import { decideVerdict } from '../core/verdict/verdict.js';

/**
 * Judges whether one document derives from the other, as compare() does, without listing passages
 * and changes (`alignments` and `changes` are empty).
 * @param a first document (`{text, name?, published?}`)
 * @param b second document
 * @returns a `copytrace.compare/1` object with empty `alignments` and `changes`
 */
export function verdictOnly(a: DocumentInput, b: DocumentInput): CompareResult {
  const xa = analyze(a.text);
  const xb = analyze(b.text);
  const alignment = alignDocuments(xa, xb);
  const evidence = gatherEvidence(docStats(xa), docStats(xb), alignment);
  const v = decideVerdict({ evidence, textA: a.text, textB: b.text, publishedA: a.published, publishedB: b.published });
  return {
    schema: 'copytrace.compare/1',
    a: { name: a.name ?? 'a', chars: a.text.length, sentences: xa.sentences.length },
    b: { name: b.name ?? 'b', chars: b.text.length, sentences: xb.sentences.length },
    relation: v.relation, direction: v.direction, score: v.score, style: v.style, coverage: v.coverage,
    alignments: [], changes: [],
  };
}
