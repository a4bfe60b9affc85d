/**
 * @module
 * Tokenizer for news text. Works on the text as read and keeps every token's offsets, so the
 * matching forms (`norm`, `lemma`, `value`) can be as aggressive as matching needs while every
 * span reported to a user still points at the original characters.
 */
import { lemmatize } from '../lexicon/lemma.js';
import { americanSpelling, canonicalWord, foldChars, PHRASE_VARIANTS } from './normalize.js';
import { digitValue, numberWordValue, scaleValue, valueKey } from './numbers.js';
import { charClass, codePointAt, cpWidth, DIGIT, LETTER, MARK, NUMBER, PUNCT, SPACE } from './chars.js';
import { STOPWORDS } from './stopwords.js';
import type { Token, TokenKind } from './types.js';

/**
 * Raw token shapes, in priority order: digits (with separators and ordinal suffix), dotted
 * abbreviations (U.S., e.g.), words (letters with inner apostrophes), any other visible character.
 * The scanner below reads exactly what this regex matches (tokenize.test.ts checks that the two
 * agree); a hand-written scanner is several times faster than `\p{...}` classes under the u flag:
 *
 *   /(\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d]))|((?:\p{L}\.){2,})|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}]+)*)|(\d+)|(\S)/gu
 */
/** Clitics split off a word so that "Kremlin's" matches "Kremlin" and "haven't" shows its negation. */
const CLITIC_RE = /^(.+?)(n['\u2019]t|['\u2019](?:s|re|ve|ll|d|m))$/i;
const NEGATIVE_CLITIC_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'be' };
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

function pushWord(out: Token[], surface: string, start: number): void {
  const clitic = surface.length > 2 && (surface.includes("'") || surface.includes('\u2019')) ? CLITIC_RE.exec(surface) : null;
  if (clitic && clitic[1]!.length > 0) {
    const base = clitic[1]!;
    const tail = clitic[2]!;
    // n't: the base's own form unless it is a contracted one (wo -> will), and the tail reads "not";
    // tokens are built with their final values, never changed afterwards (see formToken)
    const negative = tail.length === 3;
    out.push(formToken(negative ? negativeBase(wordForm(base)) : wordForm(base), base, start));
    out.push(formToken(negative ? NOT_FORM : wordForm(tail), tail, start + base.length));
    return;
  }
  out.push(wordToken(surface, start));
}

/** The offset-free part of a word token; the same for every occurrence of a surface form. */
interface WordForm { norm: string; lemma: string; kind: 'word' | 'number'; value: number | undefined; cap: boolean; stop: boolean }

/** Memo of word forms: news vocabulary repeats, and normalising + lemmatizing is the tokenizer's main cost. */
const FORMS = new Map<string, WordForm>();
/** Bound on the memo (entries), so a long-running server does not grow without limit. */
const MAX_FORMS = 200_000;

function wordForm(surface: string): WordForm {
  let f = FORMS.get(surface);
  if (f) return f;
  const value = numberWordValue(surface.toLowerCase());
  if (value !== undefined) {
    f = { norm: valueKey(value), lemma: valueKey(value), kind: 'number', value, cap: isCap(surface), stop: false };
  } else {
    const norm = canonicalWord(surface);
    const lemma = norm.includes('.') || norm !== foldChars(surface).toLowerCase() ? norm : lemmatize(americanSpelling(norm));
    f = { norm, lemma, kind: 'word', value: undefined, cap: isCap(surface), stop: STOPWORDS.has(norm) };
  }
  if (FORMS.size >= MAX_FORMS) FORMS.clear();
  FORMS.set(surface, f);
  return f;
}

/** The form of "n't" once split off: the word "not". */
const NOT_FORM: WordForm = { norm: 'not', lemma: 'not', kind: 'word', value: undefined, cap: false, stop: false };
/** Forms of the bases that "n't" contracts (wo -> will), by full word and capitalisation (8 at most). */
const NEGATIVE_BASES = new Map<string, WordForm>();

/** The form a base takes before "n't": its own, or the full word for wo/ca/sha/ai. */
function negativeBase(f: WordForm): WordForm {
  const fixed = NEGATIVE_CLITIC_BASE[f.norm];
  if (!fixed) return f;
  const key = f.cap ? `^${fixed}` : fixed;
  let g = NEGATIVE_BASES.get(key);
  if (!g) NEGATIVE_BASES.set(key, (g = { norm: fixed, lemma: lemmatize(fixed), kind: f.kind, value: f.value, cap: f.cap, stop: f.stop }));
  return g;
}

/**
 * A word token of a form. Every token gets the same properties in the same order (value included):
 * one hidden class. And none is changed once built: V8 treats a field never written after
 * construction as constant, and the first write anywhere would throw away the optimised code of
 * every function that reads tokens.
 */
function formToken(f: WordForm, surface: string, start: number): Token {
  return { start, end: start + surface.length, text: surface, norm: f.norm, lemma: f.lemma, kind: f.kind, value: f.value, cap: f.cap, stop: f.stop };
}

function wordToken(surface: string, start: number): Token {
  return formToken(wordForm(surface), surface, start);
}

/** The offset-free part of a number or punctuation token, memoised by surface like {@link WordForm}. */
interface PlainForm { norm: string; kind: TokenKind; value: number | undefined }
const PLAIN = new Map<string, PlainForm>();

function plainForm(surface: string, number: boolean): PlainForm {
  let f = PLAIN.get(surface);
  if (f) return f;
  if (number) {
    const value = digitValue(surface);
    f = { norm: value === undefined ? surface : valueKey(value), kind: 'number', value };
  } else {
    const norm = canonicalWord(surface);
    f = { norm, kind: (charClass(codePointAt(surface, 0, surface.length)) & PUNCT) !== 0 ? 'punct' : 'symbol', value: undefined };
  }
  if (PLAIN.size >= MAX_FORMS) PLAIN.clear();
  PLAIN.set(surface, f);
  return f;
}

function numberToken(surface: string, start: number): Token {
  const f = plainForm(surface, true);
  return { start, end: start + surface.length, text: surface, norm: f.norm, lemma: f.norm, kind: 'number', value: f.value, cap: false, stop: false };
}

function punctToken(surface: string, start: number): Token {
  const f = plainForm(surface, false);
  return { start, end: start + surface.length, text: surface, norm: f.norm, lemma: f.norm, kind: f.kind, value: undefined, cap: false, stop: f.kind === 'punct' };
}

function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(s));
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
