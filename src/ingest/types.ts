/**
 * @module
 * What ingest readers produce: a stream of documents and of reports about what was skipped, in
 * input order, so that a caller can count, show progress and carry on past a bad record.
 */
import type { ErrorCode } from '../errors.js';

/** A document read from an input, ready for the corpus. */
export interface IngestDocument {
  /** Kept as given (JSONL `id`, feed guid, page URL, file path), else derived from the content. */
  id: string;
  text: string;
  title?: string;
  url?: string;
  /** Outlet or publisher. */
  source?: string;
  /** ISO-8601 publication time. */
  published?: string;
  lang?: string;
  /** Where it came from: `file.jsonl:12`, `crawl.warc.gz#3`, `feed.xml item 2`, a path or a URL. */
  origin: string;
}

/** One item of an ingest stream. */
export type IngestItem =
  | { type: 'document'; doc: IngestDocument }
  /** A record, line, file or item that could not be read; the rest goes on. */
  | { type: 'skipped'; origin: string; code: ErrorCode; reason: string }
  /** Read, but with something the user should know (an encoding fallback, a dropped field). */
  | { type: 'warning'; origin: string; message: string };

/** Options shared by the readers. */
export interface IngestOptions {
  /** Let URLs (feeds, linked pages) reach loopback and private addresses; the CLI allows it, a server must not. */
  allowPrivate?: boolean;
  /** Largest file or fetched body, in bytes. */
  maxBytes?: number;
  /** Deadline of one fetch. */
  timeoutMs?: number;
  /** Fetch an item's page when a feed item carries only a summary (default true). */
  fetchLinked?: boolean;
  /** A feed item whose content is shorter than this many characters counts as a summary. */
  summaryChars?: number;
}

/** Builds a `skipped` item. */
export function skipped(origin: string, code: ErrorCode, reason: string): IngestItem {
  return { type: 'skipped', origin, code, reason };
}
