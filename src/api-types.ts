/**
 * @module
 * The JSON shapes of `copytrace.find/1` and `copytrace.clusters/1` (../shared/CONTRACT.md), the
 * stored document the server returns and the metadata it adds to them, shared by the corpus that builds them, the server
 * that sends them and the web UI that reads them. It
 * imports nothing but the engine's contract types, so the browser build (DOM types, no Node) can
 * include it too.
 */
import type { Relation } from './core/types.js';

/** A relation a stored edge can have (unrelated pairs get no edge). */
export type EdgeRelation = Exclude<Relation, 'unrelated'>;
/** Which way an edge points: `to` is drawn from `from`, or which came first could not be told. */
export type EdgeDirection = 'from->to' | 'unknown';
/** What decided a direction: publication times, compare's own verdict, or nothing. */
export type DirectionBasis = 'published' | 'compare' | 'none';

/** One match of `copytrace.find/1`. */
export interface FindMatch {
  id: string;
  relation: EdgeRelation;
  direction: 'query->match' | 'match->query' | 'unknown';
  score: number;
  coverage: { query: number; match: number };
  /** What decided the direction. */
  basis?: DirectionBasis;
  style?: string;
}

/** The `copytrace.find/1` object. */
export interface FindResult {
  schema: 'copytrace.find/1';
  query: string;
  matches: FindMatch[];
}

/** One edge of a cluster: `to` is drawn from `from` unless `direction` is `unknown`. */
export interface ClusterEdge {
  from: string;
  to: string;
  relation: EdgeRelation;
  score: number;
  direction: EdgeDirection;
  /** What decided the direction. */
  basis: DirectionBasis;
}

/** One cluster of `copytrace.clusters/1`. */
export interface Cluster {
  id: string;
  origin: string | null;
  members: string[];
  edges: ClusterEdge[];
}

/** The `copytrace.clusters/1` object. */
export interface ClustersResult {
  schema: 'copytrace.clusters/1';
  clusters: Cluster[];
}

/** `GET /api/documents/:id`: a stored document's metadata and extracted text, never store internals or paths. */
export interface DocumentView {
  id: string;
  title?: string;
  url?: string;
  source?: string;
  published?: string;
  lang?: string;
  /** Length of the text in UTF-16 code units. */
  chars: number;
  /** When it was added (ISO-8601). */
  added: string;
  /** Set when the text was first stored under this other id. */
  duplicateOf?: string;
  text: string;
}

/** What the UI shows of a document without its text. */
export interface DocumentMeta {
  id: string;
  title?: string;
  source?: string;
  published?: string;
  url?: string;
}

/** A find match as the server sends it: the contract's fields, plus its document's title, outlet and time when known. */
export interface ServedMatch extends FindMatch {
  title?: string;
  source?: string;
  published?: string;
}

/** `GET /api/documents/:id/matches`: `copytrace.find/1` with {@link ServedMatch}es. */
export interface ServedFindResult extends Omit<FindResult, 'matches'> {
  matches: ServedMatch[];
}

/** `GET /api/clusters`: `copytrace.clusters/1`, with short metadata per member id when the server adds it. */
export interface ServedClusters extends ClustersResult {
  documents?: Record<string, DocumentMeta>;
}

/** `GET /api/clusters/:id`: one cluster with its members' metadata. */
export interface ClusterDetail {
  cluster: Cluster;
  documents: Record<string, DocumentMeta>;
}
