/**
 * @module
 * `quote` changes: anything altered inside quotation marks (a quote is a claim about exact words,
 * so even a synonym is a change), a quote given to another speaker, quotation marks dropped from
 * or put around words. Content-word changes are major; synonyms, inflections and function words
 * minor; punctuation is ignored (quote punctuation is house style).
 */
import type { Change } from '../types.js';
import { counterpart, counterpartA, diffTokens, type TokenDiff } from './diff.js';
import { clip, isContent, sameEntity, synonymous } from './lexical.js';
import { namesForRole, roleOf } from './speakers.js';
import { change, tokenSpan, tokensIn, tokenText, type Pair, type Side } from './pair.js';
import type { Quote } from './quote-extract.js';
import { type Source } from './sources.js';
import { mapped } from '../arrays.js';

/** Content overlap at which two quotes are taken to be the same quote. */
const PAIR_MIN = 0.3;
/** Share of a quote's content words found unquoted on the other side to call it paraphrased. */
const PARAPHRASE_SHARE = 0.6;
/** Fewest content words for a dropped or added quote to be worth a change. */
const MIN_QUOTE_WORDS = 3;
/** Tokens (punctuation included) between a quote's end (or start) and the attribution that names its speaker. */
const SPEAKER_GAP = 3;

/** A quote within one side, as token range [t0, t1) of its words (no punctuation). */
interface SideQuote { q: Quote; t0: number; t1: number; words: number[] }

/**
 * Compares the quotations of a linked pair.
 * @param p the pair
 * @param qa quotations of document a; those inside side a are used
 * @param qb quotations of document b
 * @param sa attribution phrases of side a (to find speakers)
 * @param sb attribution phrases of side b
 */
export function detectQuotes(p: Pair, qa: readonly Quote[], qb: readonly Quote[], sa: readonly Source[], sb: readonly Source[]): Change[] {
  const xa = sideQuotes(p.a, qa);
  const xb = sideQuotes(p.b, qb);
  if (xa.length === 0 && xb.length === 0) return [];
  const out: Change[] = [];
  const pairs = pairQuotes(p, xa, xb);
  for (const [x, y] of pairs) {
    const c = compareQuote(p, x, y);
    if (c) out.push(c);
    const spA = speaker(p.a, x, sa);
    const spB = speaker(p.b, y, sb);
    if (spA && spB && !spA.pronoun && !spB.pronoun && otherSpeaker(p, spA, spB)) {
      out.push(change('quote', tokenSpan(p.a, spA.t0, spA.t1), tokenSpan(p.b, spB.t0, spB.t1),
        `quote attributed to another speaker: "${tokenText(p.a, spA.t0, spA.t1)}" → "${tokenText(p.b, spB.t0, spB.t1)}"`, 'major'));
    }
  }
  const pairedA = new Set(mapped(pairs, ([x]) => x));
  const pairedB = new Set(mapped(pairs, ([, y]) => y));
  for (const x of xa) {
    if (pairedA.has(x) || contentCount(p.a, x) < MIN_QUOTE_WORDS || isTitle(p.a, x)) continue;
    const { b0, b1 } = counterpart(p.diff, x.t0, x.t1);
    const paraphrased = echoed(p.a, x, p.b, xb);
    out.push(change('quote', quoteSpan(p.a, x), tokenSpan(p.b, b0, b1), paraphrased
      ? `quotation marks removed (now paraphrase): "${clip(tokenText(p.a, x.t0, x.t1), 60)}"`
      : `quote dropped: "${clip(tokenText(p.a, x.t0, x.t1), 60)}"`, 'minor'));
  }
  for (const y of xb) {
    if (pairedB.has(y) || contentCount(p.b, y) < MIN_QUOTE_WORDS || isTitle(p.b, y)) continue;
    const { a0, a1 } = counterpartA(p.diff, y.t0, y.t1);
    const fromProse = echoed(p.b, y, p.a, xa);
    out.push(change('quote', tokenSpan(p.a, a0, a1), quoteSpan(p.b, y), fromProse
      ? `reported words presented as a direct quote: "${clip(tokenText(p.b, y.t0, y.t1), 60)}"`
      : `quote added: "${clip(tokenText(p.b, y.t0, y.t1), 60)}"`, fromProse ? 'major' : 'minor'));
  }
  return out;
}

function sideQuotes(side: Side, quotes: readonly Quote[]): SideQuote[] {
  const first = side.tokens[0];
  const last = side.tokens[side.tokens.length - 1];
  if (!first || !last) return [];
  const out: SideQuote[] = [];
  for (const q of quotes) {
    if (q.end <= first.start || q.start >= last.end) continue;
    const { t0, t1 } = tokensIn(side, q.start, q.end);
    const words: number[] = [];
    for (let k = t0; k < t1; k++) {
      const u = side.tokens[k]!;
      // "(sic)" is the editor's, not the speaker's: dropping it alters no quote
      if ((u.kind === 'word' && u.norm !== 'sic') || u.kind === 'number') words.push(k);
    }
    if (words.length > 0) out.push({ q, t0: words[0]!, t1: words[words.length - 1]! + 1, words });
  }
  return out;
}

/** A name or title in quotation marks ("Neue Osnabrücker Zeitung", "Orange Is the New Black"): no one's words. */
function isTitle(side: Side, x: SideQuote): boolean {
  return x.words.every((k) => { const t = side.tokens[k]!; return t.kind !== 'word' || t.stop || t.cap; });
}

function contentCount(side: Side, x: SideQuote): number {
  return x.words.filter((k) => isContent(side.tokens[k]!)).length;
}

function quoteSpan(side: Side, x: SideQuote) {
  return tokenSpan(side, x.t0, x.t1);
}

/** Pairs quotes by content overlap, then the rest in order when both sides have as many left. */
function pairQuotes(p: Pair, xa: SideQuote[], xb: SideQuote[]): Array<[SideQuote, SideQuote]> {
  const scored: Array<[number, SideQuote, SideQuote]> = [];
  for (const x of xa) for (const y of xb) scored.push([overlap(p, x, y), x, y]);
  scored.sort((u, v) => v[0] - u[0]);
  const out: Array<[SideQuote, SideQuote]> = [];
  const ua = new Set<SideQuote>();
  const ub = new Set<SideQuote>();
  for (const [s, x, y] of scored) {
    if (s < PAIR_MIN || ua.has(x) || ub.has(y)) continue;
    ua.add(x); ub.add(y); out.push([x, y]);
  }
  const ra = xa.filter((x) => !ua.has(x));
  const rb = xb.filter((y) => !ub.has(y));
  if (ra.length === rb.length) ra.forEach((x, k) => out.push([x, rb[k]!]));
  return out.sort((u, v) => u[0].t0 - v[0].t0);
}

function overlap(p: Pair, x: SideQuote, y: SideQuote): number {
  const ca = mapped(x.words, (k) => p.a.tokens[k]!).filter(isContent);
  const cb = mapped(y.words, (k) => p.b.tokens[k]!).filter(isContent);
  if (ca.length === 0 || cb.length === 0) return 0;
  const hit = ca.filter((t) => cb.some((u) => t.lemma === u.lemma || synonymous(t.lemma, u.lemma))).length;
  return hit / Math.max(ca.length, cb.length);
}

/** One change for a paired quote whose words differ, spanning the first to the last difference. */
function compareQuote(p: Pair, x: SideQuote, y: SideQuote): Change | undefined {
  const ta = mapped(x.words, (k) => p.a.tokens[k]!);
  const tb = mapped(y.words, (k) => p.b.tokens[k]!);
  const d: TokenDiff = diffTokens(ta, tb);
  let a0 = Infinity, a1 = -1, b0 = Infinity, b1 = -1;
  let major = false;
  const mark = (i0: number, i1: number, j0: number, j1: number) => {
    if (i1 > i0) { a0 = Math.min(a0, i0); a1 = Math.max(a1, i1); }
    if (j1 > j0) { b0 = Math.min(b0, j0); b1 = Math.max(b1, j1); }
    if (i1 === i0) { a0 = Math.min(a0, i0); a1 = Math.max(a1, i0); }
    if (j1 === j0) { b0 = Math.min(b0, j0); b1 = Math.max(b1, j0); }
  };
  for (const op of d.ops) {
    if (op.kind === 'equal') {
      for (let k = 0; k < op.a1 - op.a0; k++) {
        if (ta[op.a0 + k]!.norm !== tb[op.b0 + k]!.norm) mark(op.a0 + k, op.a0 + k + 1, op.b0 + k, op.b0 + k + 1);
      }
      continue;
    }
    mark(op.a0, op.a1, op.b0, op.b1);
    if (op.kind === 'similar') {
      for (let k = 0; k < op.a1 - op.a0; k++) if (!synonymous(ta[op.a0 + k]!.lemma, tb[op.b0 + k]!.lemma)) major = true;
    } else if (ta.slice(op.a0, op.a1).some(isContent) || tb.slice(op.b0, op.b1).some(isContent)) major = true;
  }
  if (a1 < 0 && b1 < 0) return undefined;
  const [i0, i1] = widenEmpty(a0, a1, ta.length);
  const [j0, j1] = widenEmpty(b0, b1, tb.length);
  const sa = tokenSpan(p.a, x.words[i0]!, x.words[i1 - 1]! + 1);
  const sb = tokenSpan(p.b, y.words[j0]!, y.words[j1 - 1]! + 1);
  // words only left out, or only put in: say so, rather than show the neighbouring word as what they became
  const detail = b1 <= b0 ? `quote cut: "${clip(sa.text, 70)}" left out`
    : a1 <= a0 ? `quote extended: "${clip(sb.text, 70)}" put in`
    : `quote altered: "${clip(sa.text, 70)}" → "${clip(sb.text, 70)}"${major ? '' : ' (wording only)'}`;
  return change('quote', sa, sb, detail, major ? 'major' : 'minor');
}

function widenEmpty(lo: number, hi: number, n: number): [number, number] {
  if (!Number.isFinite(lo)) return [0, Math.min(1, n)];
  let a = Math.max(0, Math.min(lo, n - 1));
  let b = Math.max(a + 1, Math.min(hi, n));
  if (hi <= lo) { a = Math.max(0, lo - 1); b = Math.min(n, lo + 1); }
  return [a, Math.max(a + 1, b)];
}

/** Whether most of a quote's content words appear outside quotation marks on the other side. */
function echoed(side: Side, x: SideQuote, other: Side, otherQuotes: readonly SideQuote[]): boolean {
  const inQuote = new Set<number>();
  for (const q of otherQuotes) for (const k of q.words) inQuote.add(k);
  const content = mapped(x.words, (k) => side.tokens[k]!).filter(isContent);
  const hit = content.filter((t) => other.tokens.some((u, j) => !inQuote.has(j) && (u.lemma === t.lemma || synonymous(u.lemma, t.lemma)))).length;
  return content.length > 0 && hit >= PARAPHRASE_SHARE * content.length;
}

/** A quote's speaker: its source phrase, and the role it names when it names no one ("the judge"). */
interface Speaker extends Source { role: string | undefined }

/** The named source whose reporting verb sits right after or right before a quote. */
function speaker(side: Side, x: SideQuote, sources: readonly Source[]): Speaker | undefined {
  let best: Source | undefined;
  let bestRole: string | undefined;
  let gap = Infinity;
  for (const s of sources) {
    if (s.verb === undefined) continue;
    const g = s.t0 >= x.t1 ? s.t0 - x.t1 : x.t0 - s.t1;
    if (g < 0 || g > SPEAKER_GAP || g >= gap) continue;
    const role = s.np ? roleOf(side.tokens.slice(s.np.t0, s.np.t1)) : undefined;
    if (s.keys.length === 0 && !s.pronoun && role === undefined) continue;
    best = s;
    bestRole = role;
    gap = g;
  }
  return best?.np ? { ...best, t0: best.np.t0, t1: best.np.t1, role: bestRole } : undefined;
}

/**
 * Whether two speakers (names or roles, see speakers.ts) are known to be different people: names
 * that share no entity; a role and a name the documents tie to someone else; two roles held by
 * different people. A role neither document ties to a name is not known to differ from anyone.
 */
function otherSpeaker(p: Pair, spA: Speaker, spB: Speaker): boolean {
  if (spA.role !== undefined && spA.role === spB.role) return false;
  const namesA = spA.role === undefined ? spA.keys : heldBy(p, spA.role);
  const namesB = spB.role === undefined ? spB.keys : heldBy(p, spB.role);
  if (namesA.length === 0 || namesB.length === 0) return false;
  return !namesA.some((k) => namesB.some((l) => sameEntity(k, l)));
}

/** The names either document ties to a role. */
function heldBy(p: Pair, role: string): string[] {
  return [...new Set([...namesForRole(p.a.doc, role), ...namesForRole(p.b.doc, role)])];
}
