/**
 * @module
 * `attribution` changes: a source dropped ("..., officials said" -> nothing), added ("according
 * to Reuters"), replaced by another, and reporting verbs changed ("said" -> "emphasized"). A verb
 * that casts doubt on the claim ("said" -> "claimed") is a `hedge`: it changes how certain the
 * statement reads rather than who made it.
 */
import type { Change } from '../types.js';
import { counterpart, counterpartA } from './diff.js';
import { clip, nameKey, placeOf, sharedPrefixName, synonymous } from './lexical.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';
import { REPORTING_VERBS, sameSource, type Source } from './sources.js';
import { mapped } from '../arrays.js';

/** Tokens of slack when pairing a reporting verb with its counterpart through the diff. */
const VERB_SLACK = 3;
/** Tokens around a new attribution phrase searched for the words of a recast one. */
const RECAST_WINDOW = 4;
/** Share of a source's keys that must appear anywhere on the other side for it to count as kept. */
const KEPT_SHARE = 0.5;

/**
 * Compares the attributions of a linked pair.
 * @param p the pair
 * @param sa attribution phrases of side a (from `findSources`)
 * @param sb attribution phrases of side b
 */
export function detectAttribution(p: Pair, sa: readonly Source[], sb: readonly Source[]): Change[] {
  if (sa.length === 0 && sb.length === 0) return [];
  return [...compareSources(p, sa, sb), ...compareVerbs(p, sa, sb)];
}

/** A source that names someone (not a bare pronoun). */
function named(s: Source): boolean {
  return s.keys.length > 0 && !s.pronoun;
}

function compareSources(p: Pair, sa: readonly Source[], sb: readonly Source[]): Change[] {
  const usedB = new Set<Source>();
  const lostA: Source[] = [];
  // sources whose words the other side kept outside an attribution phrase: recast, not lost
  const recastA: Source[] = [];
  for (const x of sa.filter(named)) {
    const y = sb.find((s) => named(s) && !usedB.has(s) && sameSource(x, s));
    if (y) usedB.add(y);
    else if (!kept(x, p.b)) lostA.push(x);
    else recastA.push(x);
  }
  const pronounsA = sa.filter((s) => s.pronoun);
  const pronounsB = sb.filter((s) => s.pronoun);
  const newB: Source[] = [];
  for (const y of sb.filter(named)) {
    if (usedB.has(y) || sa.some((x) => named(x) && sameSource(x, y)) || kept(y, p.a)) continue;
    // "he said" -> "Mr. Kellogg emphasized": the pronoun on a stood for this name
    const k = pronounsA.findIndex((x) => x.kind === y.kind);
    if (k >= 0) { pronounsA.splice(k, 1); continue; }
    // "according to a statement" -> "the board said in a statement": the same attribution made explicit
    const r = recastA.findIndex((x) => near(p.b, y, x));
    if (r >= 0) { recastA.splice(r, 1); continue; }
    newB.push(y);
  }
  const out: Change[] = [];
  const n = Math.min(lostA.length, newB.length);
  for (let i = 0; i < n; i++) {
    const x = lostA[i]!;
    const y = newB[i]!;
    out.push(change('attribution', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, y.t0, y.t1),
      `attribution changed: "${phrase(p.a, x)}" → "${phrase(p.b, y)}"`, 'major'));
  }
  for (const x of lostA.slice(n)) {
    if (pronounsB.some((y) => y.kind === x.kind && y.verb !== undefined)) continue;
    const { b0, b1 } = counterpart(p.diff, x.t0, x.t1);
    out.push(change('attribution', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, b0, b1), `attribution dropped: "${phrase(p.a, x)}"`, 'minor'));
  }
  for (const y of newB.slice(n)) {
    const { a0, a1 } = counterpartA(p.diff, y.t0, y.t1);
    out.push(change('attribution', tokenSpan(p.a, a0, a1), tokenSpan(p.b, y.t0, y.t1), `attribution added: "${phrase(p.b, y)}"`, 'minor'));
  }
  return out;
}

/** Whether the source's core words (its head noun phrase) are still somewhere on the other side. */
function kept(s: Source, other: Side): boolean {
  const core = s.core.length ? s.core : s.keys;
  const present = (k: string) => other.tokens.some((u) => u.kind === 'word' && !u.stop
    && (u.lemma === k || u.norm === k || placeOf(u.cap ? nameKey(u) : u.lemma) === k || sharedPrefixName(u.lemma, k) || synonymous(u.lemma, k)));
  const have = core.filter(present).length;
  return have > 0 && have >= KEPT_SHARE * core.length;
}

/** Whether the core words of source `x` (from the other side) occur right around source `y` of this side. */
function near(side: Side, y: Source, x: Source): boolean {
  const core = x.core.length ? x.core : x.keys;
  for (let k = Math.max(0, y.t0 - RECAST_WINDOW); k < Math.min(side.tokens.length, y.t1 + RECAST_WINDOW); k++) {
    if (core.includes(side.tokens[k]!.lemma)) return true;
  }
  return false;
}

function phrase(side: Side, s: Source): string {
  return clip(tokenText(side, s.t0, s.t1), 60);
}

/** Reporting verbs that changed colour: neutral -> loaded, or one loaded verb for another. */
function lemma(side: Side, i: number): string {
  return side.tokens[i]!.lemma;
}

function compareVerbs(p: Pair, sa: readonly Source[], sb: readonly Source[]): Change[] {
  const restB = mapped(sb.filter((s) => s.verb !== undefined), (s) => s.verb!);
  const restA: number[] = [];
  for (const i of mapped(sa.filter((s) => s.verb !== undefined), (s) => s.verb!)) {
    const k = restB.findIndex((j) => lemma(p.b, j) === lemma(p.a, i));
    if (k >= 0) restB.splice(k, 1);
    else restA.push(i);
  }
  const pairs: Array<[number, number]> = [];
  const left: number[] = [];
  for (const i of restA) {
    const { b0, b1 } = counterpart(p.diff, i, i + 1);
    const k = restB.findIndex((j) => j >= b0 - VERB_SLACK && j < b1 + VERB_SLACK);
    if (k >= 0) pairs.push([i, restB.splice(k, 1)[0]!]);
    else left.push(i);
  }
  left.forEach((i, k) => { if (k < restB.length) pairs.push([i, restB[k]!]); });
  const out: Change[] = [];
  for (const [i, j] of pairs) {
    const ca = cls(lemma(p.a, i));
    const cb = cls(lemma(p.b, j));
    if (ca === cb && (ca === 'neutral' || synonymous(lemma(p.a, i), lemma(p.b, j)))) continue;
    const doubt = ca === 'doubt' || cb === 'doubt';
    out.push(change(doubt ? 'hedge' : 'attribution', tokenSpan(p.a, i, i + 1), tokenSpan(p.b, j, j + 1),
      `reporting verb changed: "${p.a.tokens[i]!.text}" → "${p.b.tokens[j]!.text}" (${ca} → ${cb})`, 'minor'));
  }
  return out;
}

function cls(lemma: string): string {
  return REPORTING_VERBS.get(lemma) ?? 'neutral';
}
