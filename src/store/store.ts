/**
 * @module
 * The storage seam of the corpus. `Store` is deliberately narrow: documents with metadata, integer
 * fingerprint postings with document-frequency caps, edges between documents, exact-duplicate
 * links, full-text search and counts. Scoring, verification and clustering live in `src/corpus/`
 * and only talk to this interface, so a PostgreSQL store can follow without touching them.
 *
 * Every method returns a promise so that a networked store fits the same shape; the embedded
 * SQLite store answers synchronously inside those promises.
 */
import type { DirectionBasis, EdgeDirection, EdgeRelation } from '../api-types.js';
import type { Style } from '../core/types.js';

/**
 * The store's own number for a stored document (SQLite rowid, a PostgreSQL bigserial). Postings
 * and edges use it because it is small and ordered: a larger key was added later, which lets the
 * corpus compare each new document only with older ones.
 */
export type DocKey = number;

/** A document as handed to the store (what ingest produced, plus its content hash). */
export interface NewDocument {
  /** Caller's id, kept as given (the JSONL `id`, a path, a URL, or a content-derived id). */
  id: string;
  text: string;
  /** Hash of the normalised text; two documents with the same hash are exact duplicates. */
  hash: string;
  title?: string;
  url?: string;
  /** Outlet or publisher (the JSONL `source`). */
  source?: string;
  /** ISO-8601 publication time. */
  published?: string;
  lang?: string;
  /** Where it was read from (`file.jsonl:12`, `archive.warc.gz#3`), for messages. */
  origin?: string;
}

/** A stored document. */
export interface StoredDocument extends NewDocument {
  key: DocKey;
  /** ISO-8601 time the store took it in. */
  added: string;
  /** True once its candidates have been verified and its edges written (see `putEdges`). */
  linked: boolean;
  /** Set when this id was an exact duplicate: the id of the stored document holding the text. */
  duplicateOf?: string;
}

/** One fingerprint family of a document: a kind number and its integer keys (32-bit). */
export interface FingerprintSet {
  kind: number;
  keys: ArrayLike<number>;
  /**
   * Keep an exact document frequency for these keys and stop writing postings for a key once it
   * is held by more documents than the posting cap (for keys shared by many documents, such as
   * terms). Uncapped kinds (mostly unique keys) skip the frequency bookkeeping.
   */
  capped?: boolean;
}

/** One document and its fingerprints, as `putDocuments` takes them. */
export interface DocumentEntry {
  doc: NewDocument;
  fingerprints: readonly FingerprintSet[];
}

/** The edges found for one document, as `putEdges` takes them. */
export interface DocumentEdges {
  key: DocKey;
  edges: readonly NewEdge[];
}

/** What `putDocument` did. */
export type PutResult =
  | { status: 'added'; key: DocKey }
  /** A document (or duplicate link) with this id is already stored: nothing changed. */
  | { status: 'exists'; key: DocKey }
  /** Same text as an already stored document: linked to it, text not stored again. */
  | { status: 'duplicate'; key: DocKey; of: string };

/**
 * A relation between two stored documents. When `direction` is `from->to`, `to` is drawn from
 * `from`; when `unknown`, the order of `from` and `to` means nothing.
 */
export interface Edge {
  from: string;
  to: string;
  relation: EdgeRelation;
  /** compare's confidence in 0..1 that one derives from the other. */
  score: number;
  /** Share of each side's characters inside aligned passages. */
  coverage: { from: number; to: number };
  direction: EdgeDirection;
  /** What decided the direction: publication times, compare's own verdict, or nothing. */
  basis: DirectionBasis;
  style?: Style;
}

/** An edge as written by the corpus, addressed by store keys. */
export interface NewEdge extends Omit<Edge, 'from' | 'to'> {
  from: DocKey;
  to: DocKey;
}

/** An id whose text was already stored under another id. */
export interface DuplicateLink {
  id: string;
  of: string;
  published?: string;
}

/** One weighted key of a postings query. */
export interface WeightedKey {
  key: number;
  weight: number;
}

/** Options of `matchPostings`. */
export interface MatchOptions {
  /**
   * Ignore keys held by more documents than this (too common to discriminate). Leave it out when
   * the keys were already vetted with `documentFrequencies`.
   */
  maxDf?: number;
  /** Only documents with a smaller key (added earlier). */
  below?: DocKey;
  /** Leave this document out (the query itself). */
  exclude?: DocKey;
  /** At most this many documents, highest weight first. */
  limit: number;
}

/** One document hit by a postings query. */
export interface PostingMatch {
  key: DocKey;
  /** Sum of the weights of the query keys this document holds. */
  weight: number;
  /** Number of query keys this document holds. */
  hits: number;
  /** Number of keys of this kind the document was fingerprinted with (for containment). */
  size: number;
}

/** One full-text search hit, for `GET /api/search`. */
export interface SearchHit {
  id: string;
  title: string;
  /** A short passage around the matched words, matches wrapped in `[` `]`. */
  snippet: string;
}

/** Counts for health checks and summaries. */
export interface StoreCounts {
  documents: number;
  duplicates: number;
  edges: number;
  /** Documents whose edges are not yet written (an interrupted `add`). */
  pending: number;
}

/** Options every store accepts when opened. */
export interface StoreOptions {
  /** Open for reading only (a server or `find` beside a running `add`). */
  readonly?: boolean;
  /** Postings are written only while a key's document frequency is at most this. */
  postingCap?: number;
}

/**
 * The corpus store. Implementations: `sqlite/sqlite-store.ts` (embedded default); a PostgreSQL
 * store can implement the same contract and run through `contract.test.ts`.
 */
export interface Store {
  /** Backend name (`sqlite`). */
  readonly backend: string;

  /**
   * Stores documents with their fingerprints in one transaction: after a crash each document is
   * there whole or not at all. Idempotent: an id already stored answers `exists`; a text already
   * stored under another id (earlier in the batch too) is linked as a duplicate, `duplicate`.
   * One transaction for many documents is what makes bulk ingest fast (postings are random writes).
   */
  putDocuments(entries: readonly DocumentEntry[]): Promise<PutResult[]>;
  /** `putDocuments` for one document. */
  putDocument(doc: NewDocument, fingerprints: readonly FingerprintSet[]): Promise<PutResult>;
  /**
   * What `putDocument` would answer for this id and hash, without writing: `exists`, `duplicate`,
   * or null for a new document. Lets a re-run skip fingerprinting what is already stored.
   */
  probe(id: string, hash: string): Promise<PutResult | null>;
  /** The document (or duplicate link, resolved to its text) with this id, or null. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Documents by store key, in the order asked (missing ones left out). */
  getDocuments(keys: readonly DocKey[]): Promise<StoredDocument[]>;
  /** The stored document with this content hash, or null. */
  findByHash(hash: string): Promise<StoredDocument | null>;
  /** Ids of the duplicates linked to a stored document. */
  duplicatesOf(id: string): Promise<string[]>;
  /** Every duplicate link in the corpus, streamed. */
  duplicateLinks(): AsyncIterable<DuplicateLink>;
  /** Documents whose edges are not written yet, oldest first. */
  pendingDocuments(limit: number): Promise<StoredDocument[]>;

  /** Document frequency of each key of one kind (0 when unseen; counted up to the posting cap for uncapped kinds). */
  documentFrequencies(kind: number, keys: readonly number[]): Promise<Map<number, number>>;
  /** Documents that hold any of the keys, ranked by summed key weight. */
  matchPostings(kind: number, keys: readonly WeightedKey[], options: MatchOptions): Promise<PostingMatch[]>;

  /**
   * Writes the edges found for each document and marks it linked, in one transaction. A
   * document's earlier edges with older documents are replaced (a re-link after a crash).
   */
  putEdgeBatch(batch: readonly DocumentEdges[]): Promise<void>;
  /** `putEdgeBatch` for one document. */
  putEdges(key: DocKey, edges: readonly NewEdge[]): Promise<void>;
  /** Every edge touching the document with this id. */
  edgesOf(id: string): Promise<Edge[]>;
  /** Every edge in the corpus with one of these relations, streamed. */
  edges(relations: readonly Edge['relation'][]): AsyncIterable<Edge>;

  /** A setting the corpus keeps with its data (its fingerprint parameters), or null. */
  getSetting(name: string): Promise<string | null>;
  /** Records a setting (replacing an earlier value). */
  putSetting(name: string, value: string): Promise<void>;

  /** Full-text search over titles and texts. */
  search(query: string, limit: number): Promise<SearchHit[]>;
  counts(): Promise<StoreCounts>;
  /** Flushes and releases the store. */
  close(): Promise<void>;
}
