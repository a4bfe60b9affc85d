/**
 * @module
 * Documents analysed once for many comparisons. Analysis (segmentation, tokens, lemmas) and the
 * document-level stats are about a third of a compare's cost, and the same document is often
 * compared many times: a source against each of its candidate copies in the corpus, one article
 * against several in the web UI. A cache is owned by its caller (a worker thread, a CLI batch);
 * the engine keeps no state between calls.
 */
import { analyze } from './text/analyze.js';
import type { AnalyzedDocument } from './text/types.js';
import { docStats, type DocStats } from './verdict/doc-stats.js';

/** A document ready to compare: its analysis and the stats the verdict needs. Never mutated by compare. */
export interface PreparedDocument {
  analyzed: AnalyzedDocument;
  stats: DocStats;
}

/** Analyses a text for comparison. */
export function prepareDocument(text: string): PreparedDocument {
  const analyzed = analyze(text);
  return { analyzed, stats: docStats(analyzed) };
}

/** A least-recently-used set of prepared documents, keyed by their exact text. */
export class DocumentCache {
  readonly #map = new Map<string, PreparedDocument>();

  /** @param maxDocuments documents kept (a ~1,000-word article's analysis holds about half a megabyte) */
  constructor(readonly maxDocuments = 32) {}

  /** The prepared form of `text`, analysed now unless it is cached. */
  prepare(text: string): PreparedDocument {
    let doc = this.#map.get(text);
    if (doc !== undefined) {
      this.#map.delete(text);
    } else {
      doc = prepareDocument(text);
      if (this.#map.size >= this.maxDocuments) this.#map.delete(this.#map.keys().next().value!);
    }
    if (this.maxDocuments > 0) this.#map.set(text, doc);
    return doc;
  }

  /** Documents held now. */
  get size(): number {
    return this.#map.size;
  }
}
