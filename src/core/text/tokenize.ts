/**
 * @module
 * Tokenizer for news text. Works on the text as read and keeps every token's offsets, so the
 * matching forms (`norm`, `lemma`, `value`) can be as aggressive as matching needs while every
 * span reported to a user still points at the original characters.
 */
import { PHRASE_VARIANTS } from './normalize.js';
import { scaleValue, valueKey } from './numbers.js';
import { charClass, codePointAt, cpWidth, DIGIT, LETTER, MARK, NUMBER, SPACE } from './chars.js';
import { numberToken, punctToken, pushWord, wordToken } from './token-forms.js';
import type { Token } from './types.js';

/**
 * Raw token shapes, in priority order: digits (with separators and ordinal suffix), dotted
 * abbreviations (U.S., e.g.), words (letters with inner apostrophes), any other visible character.
 * The scanner below reads exactly what this regex matches (tokenize.test.ts checks that the two
 * agree); a hand-written scanner is several times faster than `\p{...}` classes under the u flag:
 *
 *   /(\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d]))|((?:\p{L}\.){2,})|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}]+)*)|(\d+)|(\S)/gu
 */
/** Letters attached to a number that scale it ("5m", "3bn"). */
const ATTACHED_SCALES = new Set(['m', 'bn', 'mn', 'k']);
const SPELLED_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/**
 * Splits `text.slice(from, to)` into tokens with offsets into `text`.
 * @param text the whole document text
 * @param from start offset of the region to tokenize
 * @param to end offset (exclusive)
 * @returns tokens in text order
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const raw: Token[] = [];
  let i = from;
  while (i < to) {
    const cp = codePointAt(text, i, to);
    const cls = charClass(cp);
    const w = cpWidth(cp);
    let end: number;
    if ((cls & SPACE) !== 0) {
      i += w;
      continue;
    }
    if ((cls & DIGIT) !== 0) {
      end = numberEnd(text, i, to);
      raw.push(numberToken(text.slice(i, end), i));
    } else if ((cls & LETTER) !== 0 && (end = dottedEnd(text, i, to)) > 0) {
      raw.push(wordToken(text.slice(i, end), i));
    } else if ((cls & (LETTER | MARK)) !== 0) {
      end = wordEnd(text, i + w, to);
      pushWord(raw, text.slice(i, end), i);
    } else {
      end = i + w;
      raw.push(punctToken(text.slice(i, end), i));
    }
    i = end;
  }
  return mergePhrases(mergeNumbers(raw, text), text);
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function digitsEnd(s: string, i: number, to: number): number {
  while (i < to && isDigitAt(s, i)) i++;
  return i;
}

/** No letter or ASCII digit at `i` (the regex's `(?![\p{L}\d])`). */
function freeAt(s: string, i: number, to: number): boolean {
  if (i >= to) return true;
  return (charClass(codePointAt(s, i, to)) & (LETTER | DIGIT)) === 0;
}

/**
 * End of the number token starting at digit `i`: the regex's first alternative with its
 * backtracking resolved. A chain of digit runs joined by [.,] ends at the last run (with an
 * ordinal suffix when one follows) if nothing letter- or digit-like follows, else at the run
 * before the last separator; a single run followed by a letter falls back to the plain `\d+`.
 */
function numberEnd(s: string, i: number, to: number): number {
  const first = digitsEnd(s, i, to);
  let j = first;
  let before = -1;
  for (;;) {
    const c = s.charCodeAt(j);
    if (j + 1 >= to || (c !== 46 && c !== 44) || !isDigitAt(s, j + 1)) break;
    before = j;
    j = digitsEnd(s, j + 1, to);
  }
  if (j + 2 <= to && isOrdinal(s.charCodeAt(j), s.charCodeAt(j + 1)) && freeAt(s, j + 2, to)) return j + 2;
  if (freeAt(s, j, to)) return j;
  return before >= 0 ? before : first;
}

/** st, nd, rd, th (lower case, as in the regex). */
function isOrdinal(a: number, b: number): boolean {
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** End of a dotted abbreviation (two or more letter-dot pairs) starting at `i`, or -1. */
function dottedEnd(s: string, i: number, to: number): number {
  let j = i;
  let pairs = 0;
  while (j < to) {
    const cp = codePointAt(s, j, to);
    if ((charClass(cp) & LETTER) === 0) break;
    const w = cpWidth(cp);
    if (j + w >= to || s.charCodeAt(j + w) !== 46) break;
    j += w + 1;
    pairs++;
  }
  return pairs >= 2 ? j : -1;
}

/** End of a word whose first character ends at `j`: letters, marks, numbers, then 'letters groups. */
function wordEnd(s: string, j: number, to: number): number {
  while (j < to) {
    const cp = codePointAt(s, j, to);
    if ((charClass(cp) & (LETTER | MARK | NUMBER)) === 0) break;
    j += cpWidth(cp);
  }
  while (j + 1 < to) {
    const c = s.charCodeAt(j);
    if (c !== 39 && c !== 0x2019) break;
    let k = j + 1;
    while (k < to) {
      const cp = codePointAt(s, k, to);
      if ((charClass(cp) & LETTER) === 0) break;
      k += cpWidth(cp);
    }
    if (k === j + 1) break;
    j = k;
  }
  return j;
}

/** Joins "twenty five", "1.5 million", "5m" into one number token with the combined value (in place). */
function mergeNumbers(tokens: Token[], text: string): Token[] {
  let w = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'number' || t.value === undefined) { tokens[w++] = t; continue; }
    let value = t.value;
    let end = t.end;
    let j = i + 1;
    // tens + units written as words: "twenty five", "twenty-five"
    if (value >= 20 && value < 100 && value % 10 === 0 && /^[a-z]/i.test(t.text)) {
      let k = j;
      if (tokens[k]?.text === '-' && tokens[k]!.start === end) k++;
      const u = tokens[k];
      if (u && u.kind === 'number' && u.value !== undefined && u.value < 10 && /^[a-z]/i.test(u.text) && u.start - end <= 1) {
        value += u.value; end = u.end; j = k + 1;
      }
    }
    for (let s = tokens[j]; s && s.kind === 'word'; s = tokens[j]) {
      const gap = s.start - end;
      const scale = scaleValue(s.norm);
      const attached = gap === 0 && ATTACHED_SCALES.has(s.norm);
      const spelled = gap >= 1 && gap <= 2 && /^\s+$/.test(text.slice(end, s.start)) && SPELLED_SCALES.has(s.norm);
      if (scale === undefined || !(attached || spelled)) break;
      value *= scale; end = s.end; j++;
    }
    if (j === i + 1) { tokens[w++] = t; continue; }
    // tokens past i are read before anything is written over them (w <= i)
    const key = valueKey(value);
    tokens[w++] = { start: t.start, end, text: text.slice(t.start, end), norm: key, lemma: key, kind: t.kind, value, cap: t.cap, stop: t.stop };
    i = j - 1;
  }
  tokens.length = w;
  return tokens;
}

/** First words of the multi-word names, so that other words skip the phrase list at once. */
const PHRASE_FIRST: ReadonlySet<string> = new Set(PHRASE_VARIANTS.map(([words]) => words[0]!));

/** Folds multi-word names (United States, European Union) into one token (in place). */
function mergePhrases(tokens: Token[], text: string): Token[] {
  let w = 0;
  outer: for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && PHRASE_FIRST.has(t.norm)) {
      for (const [words, canon] of PHRASE_VARIANTS) {
        if (t.norm !== words[0]) continue;
        let ok = true;
        for (let k = 1; k < words.length; k++) {
          if (tokens[i + k]?.norm !== words[k]) { ok = false; break; }
        }
        if (!ok) continue;
        const last = tokens[i + words.length - 1]!;
        // a literal in wordToken's property order, not a spread: every token keeps one hidden class
        tokens[w++] = { start: t.start, end: last.end, text: text.slice(t.start, last.end), norm: canon, lemma: canon, kind: t.kind, value: t.value, cap: t.cap, stop: false };
        i += words.length - 1;
        continue outer;
      }
    }
    tokens[w++] = t;
  }
  tokens.length = w;
  return tokens;
}
