/**
 * @module
 * MinHash signatures over word shingles and their LSH band keys (Broder 1997; MMDS ch. 3).
 * Pure: token hashes in, integers out.
 */
import { fmix32, hashWords } from './hash.js';

/**
 * Hashes of every run of `n` consecutive token hashes (a whole short document is one shingle).
 * @param tokens token hashes in text order
 * @param n words per shingle
 * @returns distinct shingle hashes
 */
export function shingleHashes(tokens: ArrayLike<number>, n: number, seed = 0): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const count = Math.max(1, tokens.length - n + 1);
  const out = new Set<number>();
  for (let i = 0; i < count; i++) out.add(hashWords(tokens, i, Math.min(tokens.length, i + n), seed));
  return Uint32Array.from(out);
}

/** Multipliers and offsets of the `numPerm` hash functions, drawn from the seed. */
function permutations(numPerm: number, seed: number): { a: Int32Array; b: Int32Array } {
  const a = new Int32Array(numPerm);
  const b = new Int32Array(numPerm);
  let s = seed >>> 0;
  for (let i = 0; i < numPerm; i++) {
    s = fmix32(s + 0x9e3779b9);
    a[i] = s | 1;
    s = fmix32(s + 0x9e3779b9);
    b[i] = s;
  }
  return { a, b };
}

const PERM_CACHE = new Map<string, { a: Int32Array; b: Int32Array }>();

/**
 * The MinHash signature of a set of hashes: for each of `numPerm` hash functions, the minimum
 * over the set. Two sets agree at a position with probability equal to their Jaccard similarity.
 * @param hashes the set (shingle hashes)
 * @param numPerm signature length
 * @param seed draws the hash functions
 * @returns the signature (all 0xffffffff for an empty set)
 */
export function minhash(hashes: ArrayLike<number>, numPerm: number, seed = 0): Uint32Array {
  const cacheKey = `${numPerm}:${seed}`;
  let perm = PERM_CACHE.get(cacheKey);
  if (!perm) { perm = permutations(numPerm, seed); PERM_CACHE.set(cacheKey, perm); }
  const { a, b } = perm;
  // Minimum as signed int32 of (value ^ sign bit): same order as unsigned, and V8 keeps it a small integer.
  const sig = new Int32Array(numPerm).fill(0x7fffffff);
  const n = hashes.length;
  for (let i = 0; i < n; i++) {
    const h = hashes[i]! | 0;
    for (let j = 0; j < numPerm; j++) {
      let v = (Math.imul(h, a[j]!) + b[j]!) | 0;
      v ^= v >>> 16; v = Math.imul(v, 0x85ebca6b); v ^= v >>> 13; v = Math.imul(v, 0xc2b2ae35); v ^= v >>> 16;
      v ^= 0x80000000;
      if (v < sig[j]!) sig[j] = v;
    }
  }
  const out = new Uint32Array(numPerm);
  for (let j = 0; j < numPerm; j++) out[j] = (sig[j]! ^ 0x80000000) >>> 0;
  return out;
}

/**
 * One key per band of `rows` signature values; the band number is folded into the key so
 * that equal values in different bands do not collide.
 * @returns `bands` keys
 */
export function bandKeys(signature: Uint32Array, bands: number, rows: number): Uint32Array {
  const out = new Uint32Array(bands);
  for (let i = 0; i < bands; i++) out[i] = hashWords(signature, i * rows, (i + 1) * rows, 0x1000 + i);
  return out;
}

/** Share of equal positions of two signatures: an estimate of the Jaccard similarity. */
export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  const n = Math.min(x.length, y.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (x[i] === y[i]) same++;
  return same / n;
}
