/**
 * @module
 * The style of a derived pair: how the copy was made. Machine translation (and a translation there
 * and back) rewords every sentence yet keeps the text's skeleton: one sentence for one, in the same
 * order, of about the same length, with quotations reworded like everything else. A journalist's
 * paraphrase merges, splits, shortens and reorders, and leaves quotations as they were spoken. So
 * `translation-like` needs little reused phrasing and the skeleton kept and quotes not kept
 * verbatim; low phrasing without the skeleton is `paraphrase`. Measured on WMT21 (professional vs
 * machine translations of the same news), Clough-Stevenson heavy rewrites and the example corpus
 * (`npm run eval -- --task wmt,clough,examples`).
 */
import { linkOrder } from '../align/order.js';
import type { DocumentAlignment } from '../align/types.js';
import { signatures } from '../align/verbatim.js';
import { findQuotes } from '../changes/quote-extract.js';
import { wordCount } from '../text/analyze.js';
import type { AnalyzedDocument } from '../text/types.js';
import type { Direction, Style } from '../types.js';
import type { Evidence } from './evidence.js';

/** Phrase reuse (word-trigram containment) below which the copy is reworded throughout. */
const REWORDED_PHRASES = 0.4;
/** ... and the copy's story text that must be aligned to call it a translation. */
const TRANSLATION_COVERAGE = 0.8;
/** Share of links that must be one sentence for one ... */
const ONE_TO_ONE = 0.9;
/** ... in the source's order (longest run of links in order, over all links) ... */
const IN_ORDER = 0.9;
/** ... with a mean |log(length ratio)| of linked sentences at most this (0.18: about 20% longer or shorter). */
const LENGTH_SHIFT = 0.18;
/** Share of the source's quoted words found verbatim in the copy from which quotes count as kept. */
const QUOTES_KEPT = 0.5;
/** Shortest quotation (words) that counts: shorter ones are phrases ("scare quotes"), kept by anyone. */
const MIN_QUOTE_WORDS = 4;
/** A quoted sentence this long (words) kept word for word is a person's hand: translation rewords it. */
const KEPT_QUOTE_WORDS = 8;
/** Share of the copy in source's size at most which, well covered, it is a summary. */
const SUMMARY_RATIO = 0.5;
const SUMMARY_COVERAGE = 0.6;
/** Share of aligned text in verbatim links for `verbatim`, and for `mixed`. */
const VERBATIM_SHARE = 0.9;
const MIXED_SHARE = 0.3;
/** Phrase reuse from which a copy is a light edit. */
const LIGHT_EDIT_PHRASES = 0.6;

/** How the copy's sentences map to the source's. */
export interface Skeleton {
  /** Share of links joining exactly one sentence to one (order.ts). */
  oneToOne: number;
  /** Share of links in both documents' order (order.ts). */
  inOrder: number;
  /** Mean |log(words in copy / words in source)| over links. */
  lengthShift: number;
  /** Share of the source's quoted words found verbatim in the copy; undefined when it quotes nobody. */
  quotesKept: number | undefined;
  /** Words of the longest quoted sentence found verbatim in the copy (0 when none). */
  longestKeptQuote: number;
}

/** Words and numbers of a run of sentences. */
function runWords(doc: AnalyzedDocument, sentences: readonly number[]): number {
  let n = 0;
  for (const i of sentences) n += wordCount(doc.sentences[i]!);
  return n;
}

/**
 * Share of `source`'s quoted words found word for word in `copy`, and the longest quoted passage so
 * found. Each sentence of a quotation counts on its own: a copy may keep one quoted sentence and
 * alter the next.
 */
function quotesKept(source: AnalyzedDocument, copy: AnalyzedDocument): Pick<Skeleton, 'quotesKept' | 'longestKeptQuote'> {
  // the copy's word signatures (verbatim.ts), computed for the alignment already
  const copyWords = ` ${signatures(copy).join(' ')} `;
  let quoted = 0;
  let kept = 0;
  let longest = 0;
  for (const q of findQuotes(source)) {
    for (const s of source.sentences) {
      if (s.end <= q.start || s.start >= q.end) continue;
      const qw: string[] = [];
      for (const t of s.tokens) if (t.start >= q.start && t.end <= q.end && (t.kind === 'word' || t.kind === 'number')) qw.push(t.norm);
      if (qw.length < MIN_QUOTE_WORDS) continue;
      quoted += qw.length;
      if (copyWords.includes(` ${qw.join(' ')} `)) {
        kept += qw.length;
        longest = Math.max(longest, qw.length);
      }
    }
  }
  return { quotesKept: quoted ? kept / quoted : undefined, longestKeptQuote: longest };
}

/**
 * Measures how the copy's sentences map to the source's.
 * @param source the side drawn from
 * @param copy the derived side
 * @param alignment links with `a` on the source's side when `sourceIsA`
 */
export function measureSkeleton(source: AnalyzedDocument, copy: AnalyzedDocument, alignment: DocumentAlignment, sourceIsA: boolean): Skeleton {
  const { links: n, oneToOne, inOrder } = linkOrder(alignment.links);
  let shift = 0;
  for (const l of alignment.links) {
    if (l.a.length === 0 || l.b.length === 0) continue;
    const [s, c] = sourceIsA ? [l.a, l.b] : [l.b, l.a];
    shift += Math.abs(Math.log(Math.max(1, runWords(copy, c)) / Math.max(1, runWords(source, s))));
  }
  return { oneToOne, inOrder, lengthShift: n ? shift / n : Infinity, ...quotesKept(source, copy) };
}

/** Whether a copy that rewords everything kept the source's skeleton and reworded its quotes. */
function translationLike(k: Skeleton): boolean {
  return k.oneToOne >= ONE_TO_ONE && k.inOrder >= IN_ORDER && k.lengthShift <= LENGTH_SHIFT
    && (k.quotesKept === undefined || k.quotesKept < QUOTES_KEPT) && k.longestKeptQuote < KEPT_QUOTE_WORDS;
}

/**
 * How the derived side was made. The derived side is the one the direction points to, or without a
 * direction the more covered one.
 * @param ev the pair's evidence (its skeleton is measured only for reworded copies)
 * @param direction the decided direction
 */
export function decideStyle(ev: Evidence, direction: Direction): Style {
  const bDerived = direction === 'a->b' || (direction === 'unknown' && ev.b.core >= ev.a.core);
  const d = bDerived ? ev.b : ev.a;
  const s = bDerived ? ev.a : ev.b;
  if (d.phrases < REWORDED_PHRASES && d.core >= TRANSLATION_COVERAGE && translationLike(ev.skeleton(bDerived))) return 'translation-like';
  if (d.chars <= SUMMARY_RATIO * s.chars && d.core >= SUMMARY_COVERAGE) return 'summary';
  if (d.verbatim >= VERBATIM_SHARE) return 'verbatim';
  if (d.phrases >= LIGHT_EDIT_PHRASES) return 'light-edit';
  if (d.verbatim >= MIXED_SHARE) return 'mixed';
  return 'paraphrase';
}
