/**
 * @module
 * A bounded LRU of serialized compare results, keyed by a hash of the request. Only requests whose
 * sides cannot change (pasted text, stored ids) are cached; URLs are fetched every time. It serves
 * the UI's repeat requests (the report download after a compare, a story edge opened twice).
 */
import { createHash } from 'node:crypto';
import type { CompareSideInput } from './validate.js';

/** An LRU of JSON strings bounded by their total length in characters. */
export class CompareCache {
  readonly #map = new Map<string, string>();
  #chars = 0;

  /** @param maxChars total size bound; 0 disables the cache */
  constructor(readonly maxChars: number) {}

  /** The cache key of a request, or undefined when it must not be cached. */
  key(a: CompareSideInput, b: CompareSideInput, withText: boolean): string | undefined {
    if (this.maxChars <= 0 || a.kind === 'url' || b.kind === 'url') return undefined;
    // each side's short fields as JSON, then its text whole (its length is in the JSON, so the parts
    // cannot run into each other): no second copy of ~2 x 7,000 characters to hash
    const h = createHash('sha256').update(withText ? 't' : 'f');
    for (const side of [a, b]) {
      if (side.kind === 'text') h.update(JSON.stringify([side.kind, side.name, side.published, side.text.length])).update(side.text);
      else h.update(JSON.stringify(side));
    }
    return h.digest('base64url');
  }

  /** The cached JSON for `key` (refreshing its recency), or undefined. */
  get(key: string | undefined): string | undefined {
    if (key === undefined) return undefined;
    const v = this.#map.get(key);
    if (v !== undefined) { this.#map.delete(key); this.#map.set(key, v); }
    return v;
  }

  /** Stores `json` under `key`, evicting the least recently used entries past the bound. */
  set(key: string | undefined, json: string): void {
    if (key === undefined || json.length > this.maxChars / 4) return;
    const old = this.#map.get(key);
    if (old !== undefined) { this.#chars -= old.length; this.#map.delete(key); }
    this.#map.set(key, json);
    this.#chars += json.length;
    for (const [k, v] of this.#map) {
      if (this.#chars <= this.maxChars) break;
      this.#map.delete(k);
      this.#chars -= v.length;
    }
  }
}
