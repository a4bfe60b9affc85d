/**
 * @module
 * Linking one document into the corpus: find its candidates among older documents, verify each
 * with the compare engine, and turn the verdicts into edges. The same code runs in a worker thread
 * (src/corpus/worker.ts) and in the calling thread (`workers: 0`).
 */
import type { DocumentFingerprint } from '../core/fingerprint/fingerprint.js';
import type { CompareResult } from '../core/types.js';
import type { DocKey, NewEdge, Store } from '../store/store.js';
import { findCandidates, type Candidate } from './candidates.js';
import type { SearchConfig } from './config.js';
import { edgeFromVerdict, type CompareFn } from './lineage.js';

/** A document to link: its key (or none for a query not in the store), text and time. */
export interface LinkSubject {
  key?: DocKey;
  id: string;
  text: string;
  published?: string;
}

/** One verified candidate. */
export interface Verified {
  candidate: Candidate;
  /** The other document's id. */
  id: string;
  /** The verdict, compared as (other, subject). */
  result: CompareResult;
  /** The edge to store, or null when unrelated (or when compare failed). */
  edge: NewEdge | null;
  /** compare's error on this pair, when it threw (the pair is left unlinked; the rest goes on). */
  error?: string;
}

/** What linking needs besides the document. */
export interface LinkContext {
  store: Store;
  search: SearchConfig;
  compare: CompareFn;
  /** Documents in the corpus, for rarity weights. */
  documents: number;
  /** Only documents added before this key (default: the subject's own key). */
  below?: DocKey;
}

/** Key used for a query that is not in the store (never a real key). */
export const QUERY_KEY = -1;

/** The verdict recorded for a pair compare could not judge. */
const UNRELATED: CompareResult = {
  schema: 'copytrace.compare/1', a: { name: '', chars: 0, sentences: 0 }, b: { name: '', chars: 0, sentences: 0 },
  relation: 'unrelated', direction: 'unknown', score: 0, style: 'none', coverage: { a: 0, b: 0 }, alignments: [], changes: [],
};

/**
 * Finds and verifies the candidates of one document.
 * @param subject the document
 * @param fp its fingerprints
 * @param ctx store, config and compare function
 * @returns every verified candidate, with its edge (null when compare found them unrelated)
 */
export async function linkDocument(subject: LinkSubject, fp: DocumentFingerprint, ctx: LinkContext): Promise<Verified[]> {
  const below = ctx.below ?? subject.key;
  const bounds = { documents: ctx.documents, ...(below !== undefined ? { below } : {}), ...(subject.key !== undefined ? { exclude: subject.key } : {}) };
  const candidates = await findCandidates(ctx.store, fp, bounds, ctx.search);
  if (candidates.length === 0) return [];
  const others = await ctx.store.getDocuments(candidates.map((c) => c.key));
  const byKey = new Map(others.map((d) => [d.key, d]));
  const out: Verified[] = [];
  const self = { key: subject.key ?? QUERY_KEY, ...(subject.published ? { published: subject.published } : {}) };
  for (const candidate of candidates) {
    const other = byKey.get(candidate.key);
    if (!other) continue;
    let result: CompareResult;
    try {
      result = await ctx.compare(
        { text: other.text, name: other.id, ...(other.published ? { published: other.published } : {}) },
        { text: subject.text, name: subject.id, ...(subject.published ? { published: subject.published } : {}) },
      );
    } catch (e) {
      out.push({ candidate, id: other.id, result: UNRELATED, edge: null, error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const edge = edgeFromVerdict({ key: other.key, ...(other.published ? { published: other.published } : {}) }, self, result, ctx.search.minDerivedScore);
    out.push({ candidate, id: other.id, result, edge });
  }
  return out;
}

/** The edges worth storing from a linking run. */
export function edgesOf(verified: readonly Verified[]): NewEdge[] {
  return verified.flatMap((v) => (v.edge ? [v.edge] : []));
}
