/**
 * @module
 * The unit every detector works on: one alignment link seen as two token sequences (a "side"
 * per document) with their diff, plus helpers that turn token ranges into reported spans.
 */
import type { SentenceLink } from '../align/types.js';
import type { AnalyzedDocument, Token } from '../text/types.js';
import type { Change, ChangeType, Severity, TextSpan } from '../types.js';
import { diffTokens, type TokenDiff } from './diff.js';

/** One side of a link: the linked sentences of one document, their tokens run together. */
export interface Side {
  doc: AnalyzedDocument;
  /** Sentence indices, ascending. */
  sentences: number[];
  tokens: Token[];
  /** For each token, the sentence index it belongs to. */
  sentenceOf: number[];
  /** For each token, whether it is the first word of its sentence (capitalised for grammar, not as a name). */
  initial: boolean[];
}

/** A link with both sides and their token diff. */
export interface Pair {
  a: Side;
  b: Side;
  diff: TokenDiff;
}

/** Punctuation after which a capitalised word starts a sentence-like unit. */
export const OPENERS = new Set(['"', "'", '(', '[', ':', '-', '•']);

/**
 * Builds one side from sentence indices.
 * @param doc the analysed document
 * @param indices sentence indices of the link on this side
 */
export function buildSide(doc: AnalyzedDocument, indices: readonly number[]): Side {
  const tokens: Token[] = [];
  const sentenceOf: number[] = [];
  const initial: boolean[] = [];
  const sorted = indices.filter((s) => doc.sentences[s] !== undefined).sort((x, y) => x - y);
  for (const s of sorted) {
    const sent = doc.sentences[s]!;
    let seenWord = false;
    let prev: Token | undefined;
    for (const t of sent.tokens) {
      tokens.push(t);
      sentenceOf.push(s);
      const isWordy = t.kind === 'word' || t.kind === 'number';
      initial.push(isWordy && (!seenWord || (prev !== undefined && OPENERS.has(prev.norm))));
      if (isWordy) seenWord = true;
      prev = t;
    }
  }
  return { doc, sentences: sorted, tokens, sentenceOf, initial };
}

/** Builds the pair for one alignment link. */
export function buildPair(a: AnalyzedDocument, b: AnalyzedDocument, link: SentenceLink): Pair {
  const sa = buildSide(a, link.a);
  const sb = buildSide(b, link.b);
  return { a: sa, b: sb, diff: diffTokens(sa.tokens, sb.tokens) };
}

/** A reported span of a document's text, trimmed of surrounding white space. */
export function textSpan(doc: AnalyzedDocument, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(doc.text.charAt(s))) s++;
  while (e > s && /\s/.test(doc.text.charAt(e - 1))) e--;
  return { start: s, end: e, text: doc.text.slice(s, e) };
}

/**
 * The span of tokens [t0, t1) of a side. An empty range (an insertion point) widens to the
 * neighbouring tokens so the reader sees where something went missing.
 */
export function tokenSpan(side: Side, t0: number, t1: number): TextSpan {
  const toks = side.tokens;
  if (toks.length === 0) return textSpan(side.doc, 0, 0);
  let i0 = Math.max(0, Math.min(t0, toks.length));
  let i1 = Math.max(i0, Math.min(t1, toks.length));
  if (i0 === i1) {
    // the nearest word on each side of the insertion point
    let l = i0 - 1;
    while (l > 0 && toks[l]!.kind === 'punct') l--;
    let r = i1;
    while (r < toks.length - 1 && toks[r]!.kind === 'punct') r++;
    i0 = Math.max(0, l);
    i1 = Math.min(toks.length, r + 1);
  }
  return textSpan(side.doc, toks[i0]!.start, toks[i1 - 1]!.end);
}

/** Token index range [t0, t1) of a side covering the character range [start, end). */
export function tokensIn(side: Side, start: number, end: number): { t0: number; t1: number } {
  let t0 = 0;
  while (t0 < side.tokens.length && side.tokens[t0]!.end <= start) t0++;
  let t1 = t0;
  while (t1 < side.tokens.length && side.tokens[t1]!.start < end) t1++;
  return { t0, t1 };
}

/** Builds a change with both spans. */
export function change(type: ChangeType, a: TextSpan | undefined, b: TextSpan | undefined, detail: string, severity: Severity): Change {
  const c: Change = { type, detail, severity };
  if (a) c.a = a;
  if (b) c.b = b;
  return c;
}

/** The text of tokens [t0, t1) as written (original spacing). */
export function tokenText(side: Side, t0: number, t1: number): string {
  if (t1 <= t0) return '';
  return side.doc.text.slice(side.tokens[t0]!.start, side.tokens[t1 - 1]!.end).replace(/\s+/g, ' ');
}

/**
 * The words the diff replaced one by another: for each token of side a inside a replaced run, the
 * first token of the same run on side b that `matches` accepts (a detector of substitutions asks
 * "what stands in this word's place?"). Runs are looked at up to `maxRun` tokens on each side.
 * @returns [a index, b index] pairs, in order
 */
export function replacements(p: Pair, matches: (i: number, j: number) => boolean, maxRun = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const op of p.diff.ops) {
    if (op.kind !== 'replace') continue;
    const a1 = Math.min(op.a1, op.a0 + maxRun);
    const b1 = Math.min(op.b1, op.b0 + maxRun);
    for (let i = op.a0; i < a1; i++) {
      for (let j = op.b0; j < b1; j++) {
        if (matches(i, j)) { out.push([i, j]); break; }
      }
    }
  }
  return out;
}
