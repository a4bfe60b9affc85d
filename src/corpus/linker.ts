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
  /** The edge to store, or null when unrelated. */
  edge: NewEdge | null;
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
    const result = await ctx.compare(
      { text: other.text, name: other.id, ...(other.published ? { published: other.published } : {}) },
      { text: subject.text, name: subject.id, ...(subject.published ? { published: subject.published } : {}) },
    );
    const edge = edgeFromVerdict({ key: other.key, ...(other.published ? { published: other.published } : {}) }, self, result, ctx.search.minDerivedScore);
    out.push({ candidate, id: other.id, result, edge });
  }
  return out;
}

/** The edges worth storing from a linking run. */
export function edgesOf(verified: readonly Verified[]): NewEdge[] {
  return verified.flatMap((v) => (v.edge ? [v.edge] : []));
}
