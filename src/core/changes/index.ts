/**
 * @module
 * Typed change detection between two aligned documents: what a copy changed in meaning. Each
 * alignment link is diffed token by token and handed to one detector per change type; unmatched
 * sentences become omissions and additions. Pure and synchronous.
 */
import type { DocumentAlignment } from '../align/types.js';
import type { AnalyzedDocument } from '../text/types.js';
import type { Change } from '../types.js';
import { detectAttribution } from './attribution.js';
import { detectClaims } from './claims.js';
import { findDates, type DateExpr } from './date-parse.js';
import { detectDates } from './dates.js';
import { detectEntities, documentNames } from './entities.js';
import { detectTitles } from './titles.js';
import { detectSwaps } from './swaps.js';
import { suppressOverlaps } from './merge.js';
import { detectNegation } from './negation.js';
import { detectNumbers } from './numbers.js';
import { mergedSentences, neighbourTokens } from './echo.js';
import { detectClauses, detectUnmatched } from './omissions.js';
import { detectOpposites } from './opposites.js';
import { detectOrdinals } from './ordinals.js';
import { buildPair, type Pair } from './pair.js';
import { findQuotes } from './quote-extract.js';
import { detectQuotes } from './quotes.js';
import { findSources } from './sources.js';
import { detectHedges } from './hedges.js';
import { detectTense } from './tense.js';
import { mapped } from '../arrays.js';

export { diffTokens, counterpart, counterpartA, type DiffOp, type OpKind, type TokenDiff } from './diff.js';
export { findQuotes, type Quote } from './quote-extract.js';
export { findDates, type DateExpr } from './date-parse.js';

/** Link similarity below which a link is loose: sentences that share a topic more than a wording. */
const WEAK_LINK = 0.45;

/** A change that reports something present on one side only (dropped, added, removed). */
function isOneSided(c: Change): boolean {
  return c.type === 'omission' || c.type === 'addition' || c.type === 'negation'
    || /^(\w+ )?(dropped|added|removed)\b|^quotation marks removed|^quote (dropped|added)/.test(c.detail);
}

/** A change with the positions it sorts by (b-only changes sort where their passage sits in a). */
interface Keyed { change: Change; ka: number; kb: number }

/**
 * Every change in meaning between two aligned documents, sorted by position in a, then in b.
 * @param a the first (usually source) document
 * @param b the second document
 * @param alignment sentence links between them (src/core/align)
 * @returns typed changes with spans into each document's text
 */
export function detectChanges(a: AnalyzedDocument, b: AnalyzedDocument, alignment: DocumentAlignment): Change[] {
  const quotesA = findQuotes(a);
  const quotesB = findQuotes(b);
  const names = documentNames(a, b);
  const mergedA = mergedSentences(a, b, alignment, 'a');
  const mergedB = mergedSentences(b, a, alignment, 'b');
  const unmatchedA = new Set(alignment.unmatchedA);
  const unmatchedB = new Set(alignment.unmatchedB);
  const keyed: Keyed[] = [];
  for (const link of alignment.links) {
    if (link.verbatim || link.a.length === 0 || link.b.length === 0) continue;
    const p = buildPair(a, b, link);
    if (unchanged(p)) continue;
    const da = findDates(p.a.tokens);
    const db = findDates(p.b.tokens);
    const skipA = dateTokens(da);
    const skipB = dateTokens(db);
    const sa = findSources(p.a, skipA);
    const sb = findSources(p.b, skipB);
    const found = suppressOverlaps([
      ...detectNumbers(p, skipA, skipB),
      ...detectOrdinals(p),
      ...detectDates(p, da, db),
      ...detectEntities(p, names, skipA, skipB),
      ...detectTitles(p),
      ...detectSwaps(p),
      ...detectNegation(p),
      ...detectOpposites(p, skipA, skipB),
      ...detectQuotes(p, quotesA, quotesB, sa, sb),
      ...detectAttribution(p, sa, sb),
      ...detectHedges(p),
      ...detectClaims(p),
      ...detectTense(p),
      ...detectClauses(p, neighbourTokens(a, link.a, unmatchedA), neighbourTokens(b, link.b, unmatchedB)),
    ]);
    const aStart = p.a.tokens[0]?.start ?? 0;
    for (const c of found) {
      // in a loose link, what one side lacks is expected; only things said differently are reported
      if (link.similarity < WEAK_LINK && isOneSided(c)) continue;
      keyed.push({ change: c, ka: c.a?.start ?? aStart, kb: c.b?.start ?? 0 });
    }
  }
  const ends = linkEnds(a, b, alignment);
  for (const c of detectUnmatched(a, alignment.unmatchedA.filter((i) => !mergedA.has(i)), quotesA, 'omission')) {
    keyed.push({ change: c, ka: c.a!.start, kb: project(ends.a, ends.b, c.a!.start) });
  }
  for (const c of detectUnmatched(b, alignment.unmatchedB.filter((i) => !mergedB.has(i)), quotesB, 'addition')) {
    keyed.push({ change: c, ka: project(ends.b, ends.a, c.b!.start), kb: c.b!.start });
  }
  keyed.sort((x, y) => x.ka - y.ka || x.kb - y.kb);
  return mapped(keyed, (k) => k.change);
}

/** Same words in the same order (case and punctuation aside): nothing for the detectors to find. */
function unchanged(p: Pair): boolean {
  const ops = p.diff.ops;
  if (ops.length !== 1 || ops[0]!.kind !== 'equal' || p.a.tokens.length !== p.b.tokens.length) return false;
  return p.a.tokens.every((t, i) => t.norm === p.b.tokens[i]!.norm);
}

function dateTokens(dates: readonly DateExpr[]): Set<number> {
  const s = new Set<number>();
  for (const d of dates) for (let k = d.t0; k < d.t1; k++) s.add(k);
  return s;
}

/** End offsets of each link's last sentence, per side; -1 on both sides when either is missing. */
interface LinkEnds { a: Int32Array; b: Int32Array }

function linkEnds(a: AnalyzedDocument, b: AnalyzedDocument, al: DocumentAlignment): LinkEnds {
  const n = al.links.length;
  const ends: LinkEnds = { a: new Int32Array(n), b: new Int32Array(n) };
  al.links.forEach((l, k) => {
    const lastA = a.sentences[last(l.a)];
    const lastB = b.sentences[last(l.b)];
    ends.a[k] = lastA && lastB ? lastA.end : -1;
    ends.b[k] = lastA && lastB ? lastB.end : -1;
  });
  return ends;
}

/** The largest index in a link side (NaN for none, which indexes no sentence). */
function last(xs: readonly number[]): number {
  let m = NaN;
  for (const x of xs) if (!(x <= m)) m = x;
  return m;
}

/**
 * Where position `pos` of one side sits on the other: just after the other side of the last link
 * (latest end on this side) that ends at or before `pos`. With `from` = b, where a b-only passage
 * sits in a; with `from` = a, where an a-only passage sits in b (the tie-break at one a position).
 */
function project(from: Int32Array, to: Int32Array, pos: number): number {
  let best = -1;
  let at = 0;
  for (let k = 0; k < from.length; k++) {
    const e = from[k]!;
    if (e < 0 || e > pos) continue;
    if (e > best) { best = e; at = to[k]!; }
  }
  return at;
}
