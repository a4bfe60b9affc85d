/**
 * @module
 * Token-level diff of two aligned sentence groups: a weighted longest common subsequence over
 * lemmas, numbers by value and WordNet synonyms, so a detector can ask "what did this phrase
 * become on the other side". Content words weigh most, so a shared "the" or comma never anchors
 * the alignment against a shared name or number.
 */
import type { Token } from '../text/types.js';
import { keyId, similarPairs, startKeys } from './diff-keys.js';
import { isContent } from './lexical.js';
import { int32s, Scratch } from '../slab.js';
import { mapped } from '../arrays.js';

/** The weighted-LCS score table (the diff is synchronous, so the buffer is never shared). */
const scores = new Scratch((n) => new Int32Array(n));

/** LCS weight of a shared content word or number. */
const W_CONTENT = 8;
/** LCS weight of a synonym or a variant of a name (Russia / Russian). */
const W_SIMILAR = 5;
/** LCS weight of a shared function word. */
const W_STOP = 2;
/** LCS weight of shared punctuation. */
const W_PUNCT = 1;

/** How a run of tokens relates across the two sides. */
export type OpKind = 'equal' | 'similar' | 'replace' | 'delete' | 'insert';

/** One diff operation over half-open token ranges [a0, a1) and [b0, b1). */
export interface DiffOp {
  kind: OpKind;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** The diff of two token sequences. */
export interface TokenDiff {
  ops: DiffOp[];
  /** For each a token, the b token it is matched with (same or similar), or -1. */
  aToB: Int32Array;
  /** For each b token, the a token it is matched with, or -1. */
  bToA: Int32Array;
}

/**
 * Diffs two token sequences.
 * @param a tokens of side a (in text order)
 * @param b tokens of side b
 * @returns the operations in order and the token-to-token matches
 */
export function diffTokens(a: readonly Token[], b: readonly Token[]): TokenDiff {
  const n = a.length;
  const m = b.length;
  if (n === m && n > 0 && a.every((t, i) => t.norm === b[i]!.norm)) {
    const aToB = int32s(n);
    const bToA = int32s(n);
    for (let i = 0; i < n; i++) { aToB[i] = i; bToA[i] = i; }
    return { ops: [{ kind: 'equal', a0: 0, a1: n, b0: 0, b1: m }], aToB, bToA };
  }
  startKeys();
  // per-token keys in buffers reused by every call (only the first n or m entries are read)
  if (keyBuffers.ka.length < n || keyBuffers.kb.length < m) growKeyBuffers(n, m);
  const { ka, na, kb, nb, weight } = keyBuffers;
  for (let i = 0; i < n; i++) {
    const t = a[i]!;
    ka[i] = keyId(t, false);
    na[i] = t.norm === t.lemma ? ka[i]! : keyId(t, true);
    weight[i] = t.kind === 'punct' || t.kind === 'symbol' ? W_PUNCT : isContent(t) ? W_CONTENT : W_STOP;
  }
  for (let j = 0; j < m; j++) {
    const t = b[j]!;
    kb[j] = keyId(t, false);
    nb[j] = t.norm === t.lemma ? kb[j]! : keyId(t, true);
  }
  const similar = similarPairs(a, b, ka, na, kb, nb);
  const w = m + 1;
  const score = scores.zeroed((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    const below = row + w;
    const ki = ka[i]!, ni = na[i]!, wi = weight[i]!, si = i * m;
    // right: score[row + j + 1] (set last iteration), diag: score[below + j + 1]; column m is 0
    let right = 0;
    let diag = 0;
    for (let j = m - 1; j >= 0; j--) {
      const g = ki === kb[j] || ni === nb[j] ? wi : similar[si + j] ? W_SIMILAR : 0;
      const down = score[below + j]!;
      let best = down > right ? down : right;
      if (g > 0 && diag + g > best) best = diag + g;
      score[row + j] = best;
      right = best;
      diag = down;
    }
  }
  const aToB = int32s(n).fill(-1);
  const bToA = int32s(m).fill(-1);
  const level: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const same = ka[i] === kb[j] || na[i] === nb[j];
    const g = same ? weight[i]! : similar[i * m + j] ? W_SIMILAR : 0;
    if (g > 0 && score[i * w + j] === score[(i + 1) * w + j + 1]! + g) {
      aToB[i] = j; bToA[j] = i; level[i] = same ? 2 : 1;
      i++; j++;
    } else if (score[(i + 1) * w + j]! >= score[i * w + j + 1]!) i++;
    else j++;
  }
  return { ops: buildOps(aToB, n, m, level), aToB, bToA };
}

/** Keys of the a tokens (lemma, norm) and their LCS weights, and keys of the b tokens; see diffTokens. */
const keyBuffers = { ka: new Int32Array(256), na: new Int32Array(256), weight: new Int32Array(256), kb: new Int32Array(256), nb: new Int32Array(256) };

function growKeyBuffers(n: number, m: number): void {
  const size = (need: number, have: number): number => Math.max(need, have * 2);
  if (keyBuffers.ka.length < n) {
    const k = size(n, keyBuffers.ka.length);
    keyBuffers.ka = new Int32Array(k);
    keyBuffers.na = new Int32Array(k);
    keyBuffers.weight = new Int32Array(k);
  }
  if (keyBuffers.kb.length < m) {
    const k = size(m, keyBuffers.kb.length);
    keyBuffers.kb = new Int32Array(k);
    keyBuffers.nb = new Int32Array(k);
  }
}

function buildOps(aToB: Int32Array, n: number, m: number, level: number[]): DiffOp[] {
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    let ni = i;
    while (ni < n && aToB[ni]! < 0) ni++;
    const nj = ni < n ? aToB[ni]! : m;
    if (ni > i || nj > j) pushOp(ops, ni > i && nj > j ? 'replace' : ni > i ? 'delete' : 'insert', i, ni, j, nj);
    if (ni >= n) break;
    pushOp(ops, level[ni] === 1 ? 'similar' : 'equal', ni, ni + 1, nj, nj + 1);
    i = ni + 1;
    j = nj + 1;
  }
  return ops;
}

/** Appends an op, extending the last one when both are matches of one kind that touch. */
function pushOp(ops: DiffOp[], kind: OpKind, a0: number, a1: number, b0: number, b1: number): void {
  const last = ops[ops.length - 1];
  if (last && last.kind === kind && (kind === 'equal' || kind === 'similar') && last.a1 === a0 && last.b1 === b0) {
    last.a1 = a1; last.b1 = b1;
  } else ops.push({ kind, a0, a1, b0, b1 });
}

/**
 * The b tokens that correspond to the a tokens [a0, a1): their matches and whatever replaced
 * them. Empty (b0 === b1, the insertion point) when the a tokens were simply dropped.
 */
export function counterpart(diff: TokenDiff, a0: number, a1: number): { b0: number; b1: number } {
  let b0 = Infinity;
  let b1 = -Infinity;
  for (const op of diff.ops) {
    if (op.a1 <= a0 || op.a0 >= a1 || op.b0 === op.b1) continue;
    if (op.kind === 'equal' || op.kind === 'similar') {
      b0 = Math.min(b0, op.b0 + Math.max(0, a0 - op.a0));
      b1 = Math.max(b1, op.b0 + Math.min(op.a1, a1) - op.a0);
    } else {
      b0 = Math.min(b0, op.b0);
      b1 = Math.max(b1, op.b1);
    }
  }
  if (b0 <= b1 && Number.isFinite(b0)) return { b0, b1 };
  const at = insertionPoint(diff.aToB, a0);
  return { b0: at, b1: at };
}

/** The a tokens that correspond to the b tokens [b0, b1) (see {@link counterpart}). */
export function counterpartA(diff: TokenDiff, b0: number, b1: number): { a0: number; a1: number } {
  const flipped: TokenDiff = {
    ops: mapped(diff.ops, (o) => ({ kind: o.kind, a0: o.b0, a1: o.b1, b0: o.a0, b1: o.a1 })),
    aToB: diff.bToA,
    bToA: diff.aToB,
  };
  const r = counterpart(flipped, b0, b1);
  return { a0: r.b0, a1: r.b1 };
}

function insertionPoint(map: Int32Array, from: number): number {
  for (let i = from - 1; i >= 0; i--) if (map[i]! >= 0) return map[i]! + 1;
  return 0;
}
