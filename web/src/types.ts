/**
 * @module
 * The JSON shapes the UI reads from the copytrace HTTP API (../shared/CONTRACT.md).
 * The compare shapes are the engine's own contract types and the corpus shapes those of
 * src/api-types.ts (shared with the server), imported as types only.
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
export type { Cluster, ClusterDetail, ClusterEdge, DocumentMeta } from '../../src/api-types.js';
import type { DocumentView, ServedClusters, ServedFindResult, ServedMatch } from '../../src/api-types.js';

/** `GET /api/health`. */
export interface Health {
  ok: boolean;
  documents: number;
  readOnly?: boolean;
  store?: boolean;
}

/** `GET /api/documents/:id`. */
export type DocumentRecord = DocumentView;

/** One match as `GET /api/documents/:id/matches` sends it. */
export type Match = ServedMatch;
/** `GET /api/documents/:id/matches`. */
export type FindResult = ServedFindResult;
/** `GET /api/clusters`. */
export type ClustersResult = ServedClusters;

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
