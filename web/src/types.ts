/**
 * @module
 * The JSON shapes the UI reads from the copytrace HTTP API (../shared/CONTRACT.md).
 * The compare shapes are the engine's own contract types, imported as types only.
 */
export type {
  Alignment,
  Change,
  ChangeType,
  CompareResult,
  Relation,
  Severity,
  Span,
} from '../../src/core/types.js';
import type { Relation } from '../../src/core/types.js';

/** `GET /api/health`. */
export interface Health {
  ok: boolean;
  documents: number;
  readOnly?: boolean;
  store?: boolean;
}

/** `GET /api/documents/:id`: one stored document with its metadata and extracted text. */
export interface DocumentRecord {
  id: string;
  text: string;
  title?: string;
  url?: string;
  source?: string;
  published?: string;
  lang?: string;
  chars?: number;
}

/** One entry of `copytrace.find/1`. */
export interface Match {
  id: string;
  relation: Relation;
  direction: 'query->match' | 'match->query' | 'unknown';
  score: number;
  coverage: { query: number; match: number };
  title?: string;
  source?: string;
  published?: string;
}

/** `GET /api/documents/:id/matches`. */
export interface FindResult {
  schema: 'copytrace.find/1';
  query: string;
  matches: Match[];
}

export interface ClusterEdge {
  from: string;
  to: string;
  relation: Relation;
  score: number;
  /** `unknown` when which one came first could not be told. */
  direction?: 'from->to' | 'unknown';
}

export interface Cluster {
  id: string;
  origin: string | null;
  members: string[];
  edges: ClusterEdge[];
}

/** `GET /api/clusters`. */
export interface ClustersResult {
  schema: 'copytrace.clusters/1';
  clusters: Cluster[];
  /** Short metadata per member id, when the server adds it. */
  documents?: Record<string, DocumentMeta>;
}

/** What the UI shows for a document without its text. */
export interface DocumentMeta {
  id: string;
  title?: string;
  source?: string;
  published?: string;
  url?: string;
}

/** `GET /api/clusters/:id`: one cluster with its members' metadata. */
export interface ClusterDetail {
  cluster: Cluster;
  documents: Record<string, DocumentMeta>;
}

/** `GET /api/search?q=`. */
export interface SearchResult {
  results: { id: string; title?: string; snippet: string; source?: string; published?: string }[];
}

/** `POST /api/documents`. */
export interface AddResult {
  added: number;
  skipped: { index: number; error: string }[];
  /** Same id already stored (nothing changed). */
  existing?: number;
  /** Same text as a stored document, linked to it. */
  duplicates?: number;
  warnings?: { index: number; message: string }[];
}

/** One side of a compare request. */
export type CompareSide = { text: string; name?: string } | { url: string } | { id: string };
