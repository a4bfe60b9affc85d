/**
 * @module
 * Content hashes for exact-duplicate detection, and content-derived ids for documents that come
 * without one. Two texts are exact duplicates when they are equal after Unicode compatibility
 * folding, straight quotes and dashes, lower case and collapsed white space: the differences a
 * re-publication or a different extraction introduces without changing a word.
 */
import { createHash } from 'node:crypto';
import { foldChars } from '../core/text/normalize.js';

/** The normalised form two exact duplicates share. */
export function normaliseForHash(text: string): string {
  return foldChars(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The content hash of a text: SHA-256 of its normalised form, hex (128 bits kept).
 * @param text the document text
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text)).digest('hex').slice(0, 32);
}

/**
 * An id derived from the content, for documents that come without one (stable across runs, so
 * re-adding the same input is idempotent).
 * @param text the document text
 */
export function contentId(text: string): string {
  return `doc-${contentHash(text).slice(0, 16)}`;
}
