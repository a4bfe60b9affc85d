/**
 * @module
 * Unicode character classes for the hand-written scanners (tokenizer): a table for ASCII and a
 * memo for the rest, so that classifying a character costs an array read instead of a `/u` regex
 * with `\p{...}` classes (the tokenizer's main cost when it was a regex).
 */

/** A letter (`\p{L}`). */
export const LETTER = 1;
/** A combining mark (`\p{M}`). */
export const MARK = 2;
/** A number character (`\p{N}`), ASCII digits included. */
export const NUMBER = 4;
/** An ASCII digit (`\d` under the `u` flag). */
export const DIGIT = 8;
/** White space as JavaScript's `\s` sees it. */
export const SPACE = 16;
/** Punctuation (`\p{P}`). */
export const PUNCT = 32;

const ASCII = new Uint8Array(128);
const OTHER = new Map<number, number>();
/** Bound on the memo of non-ASCII code points (a text in another script can bring thousands). */
const MAX_OTHER = 50_000;

const L_RE = /^\p{L}$/u;
const M_RE = /^\p{M}$/u;
const N_RE = /^\p{N}$/u;
const S_RE = /^\s$/u;
const P_RE = /^\p{P}$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (L_RE.test(ch) ? LETTER : 0) | (M_RE.test(ch) ? MARK : 0) | (N_RE.test(ch) ? NUMBER : 0)
    | (cp >= 48 && cp <= 57 ? DIGIT : 0) | (S_RE.test(ch) ? SPACE : 0) | (P_RE.test(ch) ? PUNCT : 0);
}

for (let cp = 0; cp < 128; cp++) ASCII[cp] = classify(cp);

/**
 * The class bits of a code point (LETTER | MARK | NUMBER | DIGIT | SPACE | PUNCT).
 * @param cp a code point (not a lone surrogate half of a pair)
 */
export function charClass(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  let c = OTHER.get(cp);
  if (c === undefined) {
    c = classify(cp);
    if (OTHER.size >= MAX_OTHER) OTHER.clear();
    OTHER.set(cp, c);
  }
  return c;
}

/**
 * The code point at `i` of `s`, reading a surrogate pair only when both halves lie before `end`
 * (a scanner working on `s.slice(from, end)` sees a half cut at `end` as a lone surrogate).
 * @param s the text
 * @param i offset of the code point's first unit
 * @param end offset the scan stops at
 */
export function codePointAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Width in UTF-16 units of a code point. */
export function cpWidth(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}
