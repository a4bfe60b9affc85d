/**
 * @module
 * 32-bit hashing for fingerprints: MurmurHash3 (Appleby, public domain) in plain JS with
 * `Math.imul`, which measured fastest here (see ../shared/LIBRARIES.md, section 4). Every hash is
 * an unsigned 32-bit integer, so fingerprints fit SQLite and PostgreSQL integer columns.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** MurmurHash3's finaliser: spreads every input bit over the whole word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixK(k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, C2);
}

function mixH(h: number, k: number): number {
  h ^= mixK(k);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * MurmurHash3 (x86, 32-bit) of a string's UTF-16 code units, two per block.
 * @param s the string
 * @param seed a seed, to draw independent hash functions
 * @returns an unsigned 32-bit hash
 */
export function murmur3(s: string, seed = 0): number {
  let h = seed | 0;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = mixH(h, s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
  if (i < n) h ^= mixK(s.charCodeAt(i));
  h ^= n * 2;
  return fmix32(h);
}

/**
 * Hashes a sequence of 32-bit words (token hashes of a shingle, minhash values of a band).
 * @param words the words
 * @param from first index
 * @param to end index (exclusive)
 * @param seed a seed
 * @returns an unsigned 32-bit hash
 */
export function hashWords(words: ArrayLike<number>, from: number, to: number, seed = 0): number {
  let h = seed | 0;
  for (let i = from; i < to; i++) h = mixH(h, words[i]!);
  h ^= (to - from) * 4;
  return fmix32(h);
}
