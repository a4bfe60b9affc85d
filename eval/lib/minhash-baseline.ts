/**
 * @module
 * The baseline every corpus figure is printed beside: plain MinHash LSH over word 5-gram shingles
 * (datasketch's defaults: 128 permutations, Jaccard threshold 0.5, banding derived from the
 * threshold with equal error weights), indexed in memory. What a typical near-duplicate pipeline
 * finds; it misses paraphrases, translations and short copies of long sources.
 */
import { bandKeys, minhash, shingleHashes } from '../../src/core/fingerprint/minhash.js';
import { murmur3 } from '../../src/core/fingerprint/hash.js';
import { optimalLshParams } from '../../src/core/fingerprint/lsh-params.js';

/** datasketch MinHashLSH defaults. */
export const BASELINE = { numPerm: 128, threshold: 0.5, shingle: 5 } as const;

/** Lower-cased word tokens, the usual shingling input. */
function words(text: string): number[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => murmur3(w));
}

/** An in-memory MinHash LSH index. */
export class MinHashLshBaseline {
  readonly params = optimalLshParams(BASELINE.threshold, BASELINE.numPerm, 0.5, 0.5);
  readonly #buckets = new Map<number, number[]>();

  /** Band keys of a text. */
  keys(text: string): Uint32Array {
    const sig = minhash(shingleHashes(words(text), BASELINE.shingle), BASELINE.numPerm, 1);
    return bandKeys(sig, this.params.bands, this.params.rows);
  }

  /**
   * Adds a document and returns the earlier documents it collides with (its candidates).
   * @param doc the document's number
   * @param text its text
   */
  add(doc: number, text: string): Set<number> {
    const found = new Set<number>();
    for (const k of this.keys(text)) {
      const bucket = this.#buckets.get(k);
      if (bucket) { for (const d of bucket) found.add(d); bucket.push(doc); } else this.#buckets.set(k, [doc]);
    }
    return found;
  }
}
