/**
 * @module
 * What the server can be told: its store, whether it may write or reach private addresses, and its
 * limits. Every limit has a default sized for news articles on a small machine.
 */
import type { Store } from '../store/store.js';
import type { ComparePool } from './compare-pool.js';
import type { CorpusOps } from './corpus-ops.js';

/** Size and time limits of the server. */
export interface ServerLimits {
  /** Largest request body of `POST /api/compare` and `POST /api/report.html`, in bytes. */
  compareBodyBytes: number;
  /** Largest request body of `POST /api/documents`, in bytes. */
  documentsBodyBytes: number;
  /** Largest document text compare accepts per side, in characters (after extraction). */
  compareChars: number;
  /** Most documents in one `POST /api/documents`. */
  documentsPerRequest: number;
  /** Deadline for fetching one URL (redirects included), in milliseconds. */
  fetchTimeoutMs: number;
  /** Largest body fetched from one URL, in bytes. */
  fetchBytes: number;
  /** Longest one comparison may run in a worker thread before it is stopped, in milliseconds. */
  compareTimeoutMs: number;
  /** Total size of cached compare results, in characters (0: no cache). */
  compareCacheChars: number;
  /** Most search results returned. */
  searchResults: number;
  /** Longest search query, in characters. */
  queryChars: number;
}

/** Default limits: 5 MB compare bodies, 20 MB uploads, 10 s and 5 MB per fetched URL. */
export const DEFAULT_LIMITS: ServerLimits = {
  compareBodyBytes: 5 * 1024 * 1024,
  documentsBodyBytes: 20 * 1024 * 1024,
  compareChars: 1_000_000,
  documentsPerRequest: 1000,
  fetchTimeoutMs: 10_000,
  fetchBytes: 5 * 1024 * 1024,
  compareTimeoutMs: 30_000,
  compareCacheChars: 32 * 1024 * 1024,
  searchResults: 50,
  queryChars: 500,
};

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The corpus; without one, corpus routes answer 503 `store.unavailable`. */
  store?: Store;
  /** Corpus operations (add/find/clusters); defaults to the ones of src/corpus over `store`. */
  corpus?: CorpusOps;
  /** Worker threads for compare(); default: compare in-process. `startServer` passes one. */
  pool?: ComparePool;
  /** Refuse every write (`POST /api/documents` answers 403). */
  readOnly?: boolean;
  /** Let URL fetches reach loopback, private, link-local and metadata addresses. Default false. */
  allowPrivateUrls?: boolean;
  limits?: Partial<ServerLimits>;
  /** Folder holding the built UI (index.html, assets/); default web/dist of the package. */
  webRoot?: string;
  /**
   * Host names (without port) accepted in the Host header; anything else gets 421. Guards a
   * loopback server against DNS rebinding. Undefined: any host.
   */
  allowedHosts?: string[];
}

/** Options with every default filled in. */
export interface ResolvedOptions extends Omit<AppOptions, 'limits' | 'readOnly' | 'allowPrivateUrls'> {
  readOnly: boolean;
  allowPrivateUrls: boolean;
  limits: ServerLimits;
}

/** Fills in defaults. */
export function resolveOptions(o: AppOptions): ResolvedOptions {
  return { ...o, readOnly: o.readOnly ?? false, allowPrivateUrls: o.allowPrivateUrls ?? false, limits: { ...DEFAULT_LIMITS, ...o.limits } };
}
