/**
 * @module
 * The id space of one similarity context: lemmas and stems interned to small integers, and the
 * scratch "stamp" arrays that make scoring a pair a run of array reads. To score a pair, each side's
 * ids are stamped into one array and the other side's items read it: no hashing, no allocation.
 * The stamp arrays are shared by all spaces of a thread (see `marks`).
 */
import type { SentenceFeatures } from './features.js';

/** Upper bound on interned strings before a long-lived space stops taking new ones. */
const MAX_IDS = 4_000_000;

/**
 * The stamp arrays, per side, shared by every space of this thread: a space per comparison would
 * otherwise allocate and zero them (a megabyte with synset ids) for each compare. Sharing is safe
 * because a side's stamp only grows: entries written for another space hold older stamps, so they
 * never equal the stamp being read, and `current` records which features a side holds now.
 */
const marks = {
  lemma: [new Int32Array(1024), new Int32Array(1024)] as [Int32Array, Int32Array],
  stem: [new Int32Array(1024), new Int32Array(1024)] as [Int32Array, Int32Array],
  syn: [new Int32Array(1024), new Int32Array(1024)] as [Int32Array, Int32Array],
  stamps: [0, 0] as [number, number],
  current: [undefined, undefined] as [SentenceFeatures | undefined, SentenceFeatures | undefined],
};

/** Interned ids of one context; the stamp arrays behind them are shared (see `marks`). */
export class FeatureSpace {
  private readonly ids = new Map<string, number>();

  /** Stamp arrays, side 0 and side 1, for lemma ids, stem ids, and synset ids. */
  get lemmaMark(): [Int32Array, Int32Array] {
    return marks.lemma;
  }

  get stemMark(): [Int32Array, Int32Array] {
    return marks.stem;
  }

  get synMark(): [Int32Array, Int32Array] {
    return marks.syn;
  }

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
    if (marks.current[side] === f) return marks.stamps[side];
    this.ensure(f.maxId, f.maxSyn);
    const lm = marks.lemma[side];
    const tm = marks.stem[side];
    const sm = marks.syn[side];
    if (marks.stamps[side] >= 0x7ffffff0) {
      lm.fill(0);
      tm.fill(0);
      sm.fill(0);
      marks.stamps[side] = 0;
    }
    const stamp = ++marks.stamps[side];
    for (let i = 0; i < f.lemmaIds.length; i++) lm[f.lemmaIds[i]!] = stamp;
    for (let i = 0; i < f.stemIds.length; i++) tm[f.stemIds[i]!] = stamp;
    for (let i = 0; i < f.synIds.length; i++) sm[f.synIds[i]!] = stamp;
    marks.current[side] = f;
    return stamp;
  }

  /** Grows the stamp arrays (keeping their contents) so that reads of these ids are in range. */
  ensure(maxId: number, maxSyn: number): void {
    if (maxId >= marks.lemma[0].length) {
      marks.lemma = [grow(marks.lemma[0], maxId), grow(marks.lemma[1], maxId)];
      marks.stem = [grow(marks.stem[0], maxId), grow(marks.stem[1], maxId)];
    }
    if (maxSyn >= marks.syn[0].length) {
      marks.syn = [grow(marks.syn[0], maxSyn), grow(marks.syn[1], maxSyn)];
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
