/**
 * @module
 * The similarity of two sentences from their features: a weighted soft F1 of word coverage in
 * both directions (as in METEOR and word-alignment STS systems), where each word is credited by
 * its best match on the other side: the same lemma or acronym (1), a WordNet synonym, a shared
 * stem or negated form, or trigram likeness for names. Blended with a character-trigram likeness
 * of the whole sentences (optionally consecutive-word pairs), then scaled down for unequal length
 * and for numbers that differ on both sides.
 */
import type { FeatureItem, SentenceFeatures } from './features.js';
import type { SimilarityParams } from './params.js';
import { dice, signatureDice } from './trigram.js';

/**
 * Similarity of two sentences in [0, 1]: 1 for the same words, symmetric, 0 when nothing matches.
 * @param fa features of one sentence
 * @param fb features of the other
 * @param params the tunables (those the features were computed with)
 * @returns the score
 */
export function similarity(fa: SentenceFeatures, fb: SentenceFeatures, params: SimilarityParams): number {
  if (fa.space !== fb.space) throw new TypeError('Expected features from one similarity context, not from two');
  if (fa.items.length === 0 || fb.items.length === 0) return fa.items.length === fb.items.length ? 1 : 0;
  const space = fa.space;
  space.ensure(Math.max(fa.maxId, fb.maxId), Math.max(fa.maxSyn, fb.maxSyn));
  const sa = space.mark(fa, 0);
  const sb = space.mark(fb, 1);
  const p = coverage(fa, fb, 1, sb, params);
  const r = coverage(fb, fa, 0, sa, params);
  if (p === 0 || r === 0) return 0;
  let score = mean(p, r, params.meanExponent);
  if (params.bigramShare > 0) {
    const nb = fa.bigrams.size + fb.bigrams.size;
    const b = nb === 0 ? score : (2 * shared(fa.bigrams, fb.bigrams)) / nb;
    score = (1 - params.bigramShare) * score + params.bigramShare * b;
  }
  if (params.charShare > 0) score = (1 - params.charShare) * score + params.charShare * signatureDice(fa.chars, fb.chars);
  if (params.lengthPenalty > 0) {
    const na = fa.items.length;
    const nb = fb.items.length;
    score *= 1 - (params.lengthPenalty * Math.abs(na - nb)) / Math.max(na, nb);
  }
  if (params.numberPenalty < 1 && fa.numbers.size > 0 && fb.numbers.size > 0 && missing(fa.numbers, fb.numbers) && missing(fb.numbers, fa.numbers)) {
    score *= params.numberPenalty;
  }
  return score;
}

/** Generalised (power) mean of two positive numbers, symmetric in them. */
function mean(p: number, r: number, e: number): number {
  if (e === -1) return (2 * p * r) / (p + r);
  if (e === 0) return Math.sqrt(p * r);
  return ((p ** e + r ** e) / 2) ** (1 / e);
}

/** Weighted share of `x`'s items matched by the sentence stamped on side `side` with `stamp`. */
function coverage(x: SentenceFeatures, y: SentenceFeatures, side: 0 | 1, stamp: number, params: SimilarityParams): number {
  if (x.total === 0) return 0;
  const lm = x.space.lemmaMark[side];
  const tm = x.space.stemMark[side];
  const sm = x.space.synMark[side];
  const { count, ids, weights, stems, numbers, stops, fuzzy: hasGrams, synStart, syn, acrStart, acr } = x.packed;
  const stopMatch = params.stopMatchWeight;
  const synScore = params.synonymScore;
  const stemScore = params.stemScore;
  const fuzzyScore = params.fuzzyScore;
  let sum = 0;
  let den = 0;
  for (let i = 0; i < count; i++) {
    const id = ids[i]!;
    if (stops[i] === 1) {
      // a shared function word weighs stopMatchWeight, a missing one its own (stopWeight)
      if (lm[id] === stamp) {
        sum += stopMatch;
        den += stopMatch;
      } else den += weights[i]!;
      continue;
    }
    den += weights[i]!;
    if (lm[id] === stamp) {
      sum += weights[i]!;
      continue;
    }
    if (numbers[i] === 1) continue;
    let best = 0;
    for (let k = acrStart[i]!, end = acrStart[i + 1]!; k < end; k++) if (lm[acr[k]!] === stamp) best = 1;
    if (best === 0) {
      for (let k = synStart[i]!, end = synStart[i + 1]!; k < end; k++) {
        if (sm[syn[k]!] === stamp) {
          best = synScore;
          break;
        }
      }
    }
    const stem = stems[i]!;
    if (best < stemScore && stem >= 0 && (tm[stem] === stamp || lm[stem] === stamp || tm[id] === stamp)) best = stemScore;
    if (hasGrams[i] === 1 && best < fuzzyScore) best = Math.max(best, fuzzy(x.items[i]!.grams!, y.fuzzy, params));
    sum += weights[i]! * best;
  }
  return den === 0 ? 0 : sum / den;
}

/** Best trigram credit of a name against the other sentence's names and unknown words. */
function fuzzy(grams: readonly number[], others: readonly FeatureItem[], params: SimilarityParams): number {
  let best = 0;
  for (const o of others) {
    const g = o.grams!;
    // Dice <= 2 min / sum: skip pairs whose sizes alone rule the threshold out.
    if (2 * Math.min(g.length, grams.length) < params.fuzzyMin * (g.length + grams.length)) continue;
    const d = dice(grams, g);
    if (d >= params.fuzzyMin && d * params.fuzzyScore > best) best = d * params.fuzzyScore;
  }
  return best;
}

function shared(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) n++;
  return n;
}

function missing(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (!b.has(k)) return true;
  return false;
}
