/**
 * @module
 * The id space of one similarity context: lemmas and stems interned to small integers, and the
 * scratch "stamp" arrays that make scoring a pair a run of array reads. To score a pair, each side's
 * ids are stamped into one array and the other side's items read it: no hashing, no allocation.
 */
import type { SentenceFeatures } from './features.js';

/** Upper bound on interned strings before a long-lived space stops taking new ones. */
const MAX_IDS = 4_000_000;

/** Interned ids and per-side stamp arrays; one per context, not shared across contexts. */
export class FeatureSpace {
  private readonly ids = new Map<string, number>();
  /** Stamp arrays, side 0 and side 1, for lemma ids, stem ids, and synset ids. */
  lemmaMark: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];
  stemMark: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];
  synMark: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];
  private readonly stamps: [number, number] = [0, 0];
  private readonly current: [SentenceFeatures | undefined, SentenceFeatures | undefined] = [undefined, undefined];

  /**
   * The id of a string in this space (lemmas, stems and acronyms share one numbering).
   * @param s the string
   * @returns its id; -1 once the space is full (the string then matches nothing new)
   */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      if (this.ids.size >= MAX_IDS) return -1;
      id = this.ids.size;
      this.ids.set(s, id);
    }
    return id;
  }

  /**
   * Stamps a sentence's lemma, stem and synset ids into one side's arrays, unless that side holds
   * it already (alignment scores one sentence against many in a row).
   * @param f the sentence's features
   * @param side 0 or 1
   * @returns the stamp the side's arrays now carry for `f`
   */
  mark(f: SentenceFeatures, side: 0 | 1): number {
    if (this.current[side] === f) return this.stamps[side];
    this.ensure(f.maxId, f.maxSyn);
    if (this.stamps[side] >= 0x7ffffff0) {
      this.lemmaMark[side].fill(0);
      this.stemMark[side].fill(0);
      this.synMark[side].fill(0);
      this.stamps[side] = 0;
    }
    const stamp = ++this.stamps[side];
    const lm = this.lemmaMark[side];
    const tm = this.stemMark[side];
    const sm = this.synMark[side];
    for (let i = 0; i < f.lemmaIds.length; i++) lm[f.lemmaIds[i]!] = stamp;
    for (let i = 0; i < f.stemIds.length; i++) tm[f.stemIds[i]!] = stamp;
    for (let i = 0; i < f.synIds.length; i++) sm[f.synIds[i]!] = stamp;
    this.current[side] = f;
    return stamp;
  }

  /** Grows the stamp arrays (keeping their contents) so that reads of these ids are in range. */
  ensure(maxId: number, maxSyn: number): void {
    if (maxId >= this.lemmaMark[0].length) {
      this.lemmaMark = [grow(this.lemmaMark[0], maxId), grow(this.lemmaMark[1], maxId)];
      this.stemMark = [grow(this.stemMark[0], maxId), grow(this.stemMark[1], maxId)];
    }
    if (maxSyn >= this.synMark[0].length) {
      this.synMark = [grow(this.synMark[0], maxSyn), grow(this.synMark[1], maxSyn)];
    }
  }
}

function grow(a: Int32Array, max: number): Int32Array {
  let n = a.length;
  while (n <= max) n *= 2;
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
