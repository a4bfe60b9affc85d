/**
 * @module
 * compare(): two documents in, a `copytrace.compare/1` verdict out. The orchestrator:
 * analyze both -> align sentences -> detect changes -> decide the verdict -> assemble the contract
 * object. Synchronous and pure (no I/O, no state between calls: a DocumentCache, when given, is the
 * caller's), so the corpus can call it in bulk.
 * Unrelated pairs get no changes (nothing of one is in the other, so "changes" would only list every
 * sentence as omitted and added).
 */
import { alignDocuments } from './align/align.js';
import { groupPassages } from './align/passages.js';
import { detectChanges } from './changes/index.js';
import { prepareDocument, type DocumentCache } from './document-cache.js';
import type { CompareOptions, CompareResult, DocumentInput } from './types.js';
import { gatherEvidence } from './verdict/evidence.js';
import { decideVerdict } from './verdict/verdict.js';

/**
 * Compares two documents and reports whether one derives from the other, the aligned passages and
 * every change in meaning.
 * @param a first document: its text, or `{text, name?, published?}`
 * @param b second document
 * @param options `withText` to include both texts in the result; `verdictOnly` to skip passages and changes
 * @param cache analysed documents to reuse (and to add these to), for callers that compare the same
 *   documents many times; the result is the same with or without it
 * @returns the `copytrace.compare/1` object
 * @throws TypeError when a document is neither a string nor an object with a string `text`
 */
export function compare(a: string | DocumentInput, b: string | DocumentInput, options: CompareOptions = {}, cache?: DocumentCache): CompareResult {
  const da = normalise(a, 'a');
  const db = normalise(b, 'b');
  const pa = cache ? cache.prepare(da.text) : prepareDocument(da.text);
  const pb = cache ? cache.prepare(db.text) : prepareDocument(db.text);
  const xa = pa.analyzed;
  const xb = pb.analyzed;
  const alignment = alignDocuments(xa, xb);
  const evidence = gatherEvidence(pa.stats, pb.stats, alignment);
  const verdict = decideVerdict({ evidence, publishedA: da.published, publishedB: db.published });
  const result: CompareResult = {
    schema: 'copytrace.compare/1',
    a: { name: da.name ?? 'a', chars: da.text.length, sentences: xa.sentences.length },
    b: { name: db.name ?? 'b', chars: db.text.length, sentences: xb.sentences.length },
    relation: verdict.relation,
    direction: verdict.direction,
    score: verdict.score,
    style: verdict.style,
    coverage: verdict.coverage,
    alignments: options.verdictOnly ? [] : groupPassages(xa, xb, alignment),
    // sorted by detectChanges: by position in a, b-only ones where their passage sits in a. Unrelated
    // texts have no counterpart passages, so every sentence would be an omission or an addition: noise.
    changes: options.verdictOnly || verdict.relation === 'unrelated' ? [] : detectChanges(xa, xb, alignment),
  };
  if (options.withText) {
    result.a.text = da.text;
    result.b.text = db.text;
  }
  return result;
}

/** The input as `{text, name?, published?}`; strings are taken as the text itself. */
function normalise(doc: string | DocumentInput, which: string): DocumentInput {
  if (typeof doc === 'string') return { text: doc };
  if (doc === null || typeof doc !== 'object' || typeof doc.text !== 'string') {
    throw new TypeError(`Expected document ${which} to be a string or {text: string}, not ${doc === null ? 'null' : typeof doc}`);
  }
  return doc;
}
