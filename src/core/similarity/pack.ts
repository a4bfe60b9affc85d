/**
 * @module
 * Items of a sentence packed into typed arrays (one entry per item, lists flattened with start
 * offsets), the form the scoring loop reads: typed-array reads keep it at a few microseconds a pair.
 */
import type { FeatureItem } from './features.js';
import { float64s, int32s, uint8s } from '../slab.js';

/** Struct-of-arrays form of a sentence's items. */
export interface PackedItems {
  readonly count: number;
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Stem id per item, -1 for none. */
  readonly stems: Int32Array;
  /** 1 for numbers (exact matches only). */
  readonly numbers: Uint8Array;
  /** 1 for function words. */
  readonly stops: Uint8Array;
  /** 1 for items with trigrams. */
  readonly fuzzy: Uint8Array;
  /** Item i's synset ids are syn[synStart[i] .. synStart[i + 1]). */
  readonly synStart: Int32Array;
  readonly syn: Int32Array;
  /** Item i's acronym ids are acr[acrStart[i] .. acrStart[i + 1]). */
  readonly acrStart: Int32Array;
  readonly acr: Int32Array;
}

/**
 * Packs items into typed arrays.
 * @param items the sentence's items
 * @returns the packed form
 */
export function pack(items: readonly FeatureItem[]): PackedItems {
  const n = items.length;
  const ids = int32s(n);
  const weights = float64s(n);
  const stems = int32s(n);
  const numbers = uint8s(n);
  const fuzzy = uint8s(n);
  const stops = uint8s(n);
  const synStart = int32s(n + 1);
  const acrStart = int32s(n + 1);
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    synStart[i + 1] = synStart[i]! + it.syn.length;
    acrStart[i + 1] = acrStart[i]! + it.acronymIds.length;
  }
  const syn = int32s(synStart[n]!);
  const acr = int32s(acrStart[n]!);
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    ids[i] = it.id;
    weights[i] = it.weight;
    stems[i] = it.stemId;
    numbers[i] = it.isNumber ? 1 : 0;
    fuzzy[i] = it.grams ? 1 : 0;
    stops[i] = it.isStop ? 1 : 0;
    // element by element: TypedArray#set from a plain array takes a slow generic path
    const ss = it.syn;
    for (let k = 0, at = synStart[i]!; k < ss.length; k++) syn[at + k] = ss[k]!;
    const aa = it.acronymIds;
    for (let k = 0, at = acrStart[i]!; k < aa.length; k++) acr[at + k] = aa[k]!;
  }
  return { count: n, ids, weights, stems, numbers, stops, fuzzy, synStart, syn, acrStart, acr };
}
