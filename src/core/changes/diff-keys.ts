/**
 * @module
 * The token keys of the diff (diff.ts): an id per lemma, normalised form and number value, kept
 * across diffs so that comparing keys is comparing integers; and the pairs of content words that
 * match without being the same word (synonyms, variants of one name, derived forms).
 */
import type { Token } from '../text/types.js';
import { lemmaSynsets, nameKey, placeOf, sameEntity, sharedPrefixName } from './lexical.js';
import { Scratch } from '../slab.js';

/** The similar-token flag table (the diff is synchronous, so the buffer is never shared). */
const similarFlags = new Scratch((n) => new Uint8Array(n));

/** Letters two spellings must share at the start to be compared as variants (see `sharedPrefixName`). */
const MIN_NAME_STEM = 4;
/** Shortest word for which a shared prefix (peace / peaceful) counts as similar. */
const MIN_PREFIX_WORD = 5;

/**
 * Ids of matching keys, kept across calls (a key's id is fixed until the tables are reset, which
 * happens only between two diffs): words (lemmas and normalised forms share one space) and number
 * values, numbered from one counter so the two never collide.
 */
const WORD_IDS = new Map<string, number>();
const VALUE_IDS = new Map<number | string, number>();
let nextKeyId = 0;
/** Bound on the ids handed out before the tables start over (a long-running process). */
const MAX_KEY_IDS = 100_000;

/** Starts a diff: the key tables start over when they have grown past their bound. */
export function startKeys(): void {
  if (nextKeyId > MAX_KEY_IDS) resetKeyIds();
}

function resetKeyIds(): void {
  WORD_IDS.clear();
  VALUE_IDS.clear();
  nextKeyId = 0;
  seenA = new Int32Array(1024);
  seenB = new Int32Array(1024);
  seenStamp = 0;
}

/** Id of a token's matching key: a number's value; otherwise its lemma, or (with `byNorm`) its normalised form. */
export function keyId(t: Token, byNorm: boolean): number {
  const map: Map<number | string, number> = t.kind === 'number' ? VALUE_IDS : WORD_IDS;
  const k = t.kind === 'number' ? (t.value ?? t.norm) : byNorm ? t.norm : t.lemma;
  let v = map.get(k);
  if (v === undefined) {
    v = nextKeyId++;
    map.set(k, v);
  }
  return v;
}

/** Per key id, the stamp of the last diff whose side a (seenA) or side b (seenB) has the key. */
let seenA = new Int32Array(1024);
let seenB = new Int32Array(1024);
let seenStamp = 0;

/**
 * Marks content-word pairs that are synonyms, variants of one name, or one word's derived forms.
 * Words that occur verbatim on the other side are skipped: they will be matched as they are.
 * @returns a flag per (i, j) at i * m + j, in a buffer reused by the next call
 */
export function similarPairs(a: readonly Token[], b: readonly Token[], ka: Int32Array, na: Int32Array, kb: Int32Array, nb: Int32Array): Uint8Array {
  const m = b.length;
  const out = similarFlags.zeroed(a.length * m);
  if (seenA.length < nextKeyId) {
    let size = seenA.length;
    while (size < nextKeyId) size *= 2;
    seenA = new Int32Array(size);
    seenB = new Int32Array(size);
    seenStamp = 0;
  }
  if (seenStamp >= 0x7ffffff0) { seenA.fill(0); seenB.fill(0); seenStamp = 0; }
  const stamp = ++seenStamp;
  for (let i = 0; i < a.length; i++) { seenA[ka[i]!] = stamp; seenA[na[i]!] = stamp; }
  for (let j = 0; j < m; j++) { seenB[kb[j]!] = stamp; seenB[nb[j]!] = stamp; }
  const bySynset = new Map<number, number[]>();
  const byPlace = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const names: string[] = new Array(m);
  for (let j = 0; j < m; j++) {
    const t = b[j]!;
    if (t.kind !== 'word' || t.stop || seenA[kb[j]!] === stamp || seenA[nb[j]!] === stamp) continue;
    for (const id of lemmaSynsets(t.lemma)) addTo(bySynset, id, j);
    const key = t.cap ? nameKey(t) : t.lemma;
    names[j] = key;
    if (t.cap) addTo(byPlace, placeOf(key), j);
    if (t.cap || key.length >= MIN_PREFIX_WORD) addTo(byStem, key.slice(0, MIN_NAME_STEM), j);
  }
  for (let i = 0; i < a.length; i++) {
    const t = a[i]!;
    if (t.kind !== 'word' || t.stop || seenB[ka[i]!] === stamp || seenB[na[i]!] === stamp) continue;
    const row = i * m;
    for (const id of lemmaSynsets(t.lemma)) {
      const list = bySynset.get(id);
      if (list) for (const j of list) out[row + j] = 1;
    }
    const key = t.cap ? nameKey(t) : t.lemma;
    if (t.cap) markNames(out, b, names, row, t, key, byPlace.get(placeOf(key)));
    if (t.cap || key.length >= MIN_PREFIX_WORD) markNames(out, b, names, row, t, key, byStem.get(key.slice(0, MIN_NAME_STEM)));
  }
  return out;
}

function addTo<K>(map: Map<K, number[]>, k: K, j: number): void {
  const list = map.get(k);
  if (list) list.push(j);
  else map.set(k, [j]);
}

/** Flags the b tokens of `list` that are the same name as, or a variant spelling of, a token `t` of a. */
function markNames(out: Uint8Array, b: readonly Token[], names: readonly string[], row: number, t: Token, key: string, list: readonly number[] | undefined): void {
  if (!list) return;
  for (const j of list) {
    const u = b[j]!;
    if (out[row + j] || t.cap !== u.cap) continue;
    if (t.cap ? sameEntity(key, names[j]!) : sharedPrefixName(key, names[j]!)) out[row + j] = 1;
  }
}
