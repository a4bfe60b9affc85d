/**
 * @module
 * compare(): two documents in, a `copytrace.compare/1` verdict out.
 * PLACEHOLDER until the engine lands (align/changes/verdict are being written now).
 */
import type { CompareOptions, CompareResult, DocumentInput } from './types.js';

/**
 * Compares two documents and reports whether one derives from the other, the aligned passages and
 * every change in meaning.
 * @param a first document: its text, or `{text, name?, published?}`
 * @param b second document
 * @returns the `copytrace.compare/1` object
 */
export function compare(a: string | DocumentInput, b: string | DocumentInput, options: CompareOptions = {}): CompareResult {
  const da = typeof a === 'string' ? { text: a } : a;
  const db = typeof b === 'string' ? { text: b } : b;
  const result: CompareResult = {
    schema: 'copytrace.compare/1',
    a: { name: da.name ?? 'a', chars: da.text.length, sentences: 0 },
    b: { name: db.name ?? 'b', chars: db.text.length, sentences: 0 },
    relation: 'unrelated', direction: 'unknown', score: 0, style: 'none',
    coverage: { a: 0, b: 0 }, alignments: [], changes: [],
  };
  if (options.withText) { result.a.text = da.text; result.b.text = db.text; }
  return result;
}
