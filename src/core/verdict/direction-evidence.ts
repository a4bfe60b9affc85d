/**
 * @module
 * Text measurements that say which of two aligned documents is the copy, computed from what
 * docStats and the alignment already hold (no second pass over the texts). direction.ts weighs
 * them; they are kept apart so that eval and tuning scripts can print them.
 * - where each side's text outside the shared passages sits (a trimmed copy is cut from the end)
 *   and whether it is on the same subject as the shared text (text cut from a story is about that
 *   story; text a compiler set around a lifted passage is about something else);
 * - names introduced in full on one side and bare on the other;
 * - figures and dates one side has and the other lacks or hedges;
 * - garbling on each side.
 */
import type { DocumentAlignment } from '../align/types.js';
import type { SentenceFigures } from './doc-cues.js';
import { termWeight, type DocStats } from './doc-stats.js';
import { mapped } from '../arrays.js';

/** Unaligned story text below this share of a side (or EXTRA_MIN_CHARS) is too little to say what
 * it is about. */
const EXTRA_MIN_SHARE = 0.1;
/** ... and below this many non-space characters. */
const EXTRA_MIN_CHARS = 200;

/** Direction measurements of one side. */
export interface SideDirection {
  /** Shares of the side's story characters (furniture left out) in unaligned sentences before its
   * first aligned sentence, after its last one, and between aligned ones. */
  head: number;
  tail: number;
  middle: number;
  /** Share of the longest run of consecutive unaligned story sentences between aligned ones (a
   * block set in, or cut out, rather than sentences dropped here and there). */
  block: number;
  /** Topical cosine of the side's unaligned story text with its aligned text: near 0 when the
   * extra text is about something else. NaN when there is too little extra text to tell. */
  extraCohesion: number;
  /** Garbling marks in the side's text. */
  garble: number;
  /** The side's own word that it is a copy (DocCues.notice). */
  notice: number;
}

/** Everything the direction rules look at besides publication times and notices. */
export interface DirectionEvidence {
  a: SideDirection;
  b: SideDirection;
  /** Names whose first mention is in full in a and bare in b, minus those the other way round. */
  names: number;
  /** How much more specific a's aligned text is than b's: figures a has that b lacks, figures b
   * hedges ("about") or rounds, minus the same the other way round. */
  specificity: number;
}

/** Cosine of two term-count vectors of one document, weighted like the topical vector. */
function cosine(x: Float64Array, y: Float64Array, prior: Float64Array): number {
  let dot = 0, nx = 0, ny = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0 && y[i] === 0) continue;
    const p = prior[i]!;
    const wx = x[i]! > 0 ? termWeight(x[i]!, p) : 0;
    const wy = y[i]! > 0 ? termWeight(y[i]!, p) : 0;
    dot += wx * wy;
    nx += wx * wx;
    ny += wy * wy;
  }
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}

function side(s: DocStats, aligned: readonly number[]): SideDirection {
  const n = s.sentenceChars.length;
  const inLink = new Uint8Array(n);
  let first = n, last = -1;
  for (const i of aligned) {
    inLink[i] = 1;
    if (i < first) first = i;
    if (i > last) last = i;
  }
  const { occurrences, sentenceStart, prior } = s.terms;
  const shared = new Float64Array(prior.length);
  const extra = new Float64Array(prior.length);
  let story = 0, head = 0, tail = 0, middle = 0, run = 0, block = 0;
  for (let i = 0; i < n; i++) {
    if (s.furniture[i]) continue;
    const c = s.sentenceChars[i]!;
    story += c;
    const v = inLink[i] ? shared : extra;
    for (let k = sentenceStart[i]!; k < sentenceStart[i + 1]!; k++) v[occurrences[k]!]!++;
    if (inLink[i]) {
      run = 0;
      continue;
    }
    if (i < first) head += c;
    else if (i > last) tail += c;
    else {
      middle += c;
      block = Math.max(block, (run += c));
    }
  }
  const unaligned = head + tail + middle;
  const enough = unaligned >= EXTRA_MIN_CHARS && unaligned >= EXTRA_MIN_SHARE * story && last >= 0;
  const total = story || 1;
  return {
    head: head / total, tail: tail / total, middle: middle / total, block: block / total,
    extraCohesion: enough ? cosine(extra, shared, prior) : NaN,
    garble: s.cues.garble,
    notice: s.cues.notice,
  };
}

/** Names introduced in full on a and bare on b, minus the reverse. */
function names(sa: DocStats, sb: DocStats): number {
  let n = 0;
  const mb = sb.cues.firstMention;
  sa.cues.firstMention.forEach((fullA, key) => {
    const fullB = mb.get(key);
    if (fullB === undefined || fullA === fullB) return;
    n += fullA ? 1 : -1;
  });
  return n;
}

/** The precision of a figure: the place value of its last non-zero digit (1300 -> 100, 46.2 -> 0.1). */
function placeValue(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 1;
  let p = 1;
  const ax = Math.abs(x);
  while (p < 1e12 && ax % (p * 10) === 0) p *= 10;
  while (p > 1e-6 && Math.abs(ax / p - Math.round(ax / p)) > 1e-9) p /= 10;
  return p;
}

/** Whether y is x rounded to fewer significant digits (1,312 -> 1,300; 46.2 -> 46). */
function roundsTo(x: number, y: number): boolean {
  const p = placeValue(y);
  return x !== y && p > placeValue(x) && Math.abs(x - y) < p / 2;
}

/** Specificity of a link's a side over its b side (see DirectionEvidence.specificity). */
function linkSpecificity(fa: readonly SentenceFigures[], fb: readonly SentenceFigures[]): number {
  const xa = fa.flatMap((f) => f.figures);
  const xb = fb.flatMap((f) => f.figures);
  if (xa.length === 0 && xb.length === 0) return 0;
  let n = xa.length - xb.length;
  const ha = new Set(fa.flatMap((f) => f.hedged));
  const hb = new Set(fb.flatMap((f) => f.hedged));
  for (const v of hb) if (!ha.has(v) && xa.includes(v)) n++;
  for (const v of ha) if (!hb.has(v) && xb.includes(v)) n--;
  const onlyA = xa.filter((v) => v >= 0 && !xb.includes(v));
  const onlyB = xb.filter((v) => v >= 0 && !xa.includes(v));
  for (const x of onlyA) {
    if (onlyB.some((y) => roundsTo(x, y))) n++;
    else if (onlyB.some((y) => roundsTo(y, x))) n--;
  }
  return n;
}

/**
 * Measures which side of an alignment looks like the copy.
 * @param sa stats of document a
 * @param sb stats of document b
 * @param alignment the sentence alignment of a and b
 */
export function gatherDirectionEvidence(sa: DocStats, sb: DocStats, alignment: DocumentAlignment): DirectionEvidence {
  const inA: number[] = [];
  const inB: number[] = [];
  let specificity = 0;
  for (const l of alignment.links) {
    inA.push(...l.a);
    inB.push(...l.b);
    if (!l.verbatim) {
      specificity += linkSpecificity(mapped(l.a, (i) => sa.cues.figures[i]!), mapped(l.b, (j) => sb.cues.figures[j]!));
    }
  }
  return { a: side(sa, inA), b: side(sb, inB), names: names(sa, sb), specificity };
}
