/**
 * @module
 * Tokenizer for news text. Works on the text as read and keeps every token's offsets, so the
 * matching forms (`norm`, `lemma`, `value`) can be as aggressive as matching needs while every
 * span reported to a user still points at the original characters.
 */
import { lemmatize } from '../lexicon/lemma.js';
import { americanSpelling, canonicalWord, foldChars, PHRASE_VARIANTS } from './normalize.js';
import { digitValue, numberWordValue, scaleValue, valueKey } from './numbers.js';
import { STOPWORDS } from './stopwords.js';
import type { Token } from './types.js';

/**
 * Raw token shapes, in priority order: digits (with separators and ordinal suffix), dotted
 * abbreviations (U.S., e.g.), words (letters with inner apostrophes), any other visible character.
 */
const TOKEN_RE = /(\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d]))|((?:\p{L}\.){2,})|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['\u2019][\p{L}]+)*)|(\d+)|(\S)/gu;
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
  const region = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(region); m; m = TOKEN_RE.exec(region)) {
    const start = from + m.index;
    const surface = m[0];
    if (m[1] !== undefined || m[4] !== undefined) raw.push(numberToken(surface, start));
    else if (m[2] !== undefined) raw.push(wordToken(surface, start));
    else if (m[3] !== undefined) pushWord(raw, surface, start);
    else raw.push(punctToken(surface, start));
  }
  return mergePhrases(mergeNumbers(raw, text), text);
}

function pushWord(out: Token[], surface: string, start: number): void {
  const clitic = CLITIC_RE.exec(surface);
  if (clitic && clitic[1]!.length > 0) {
    const base = clitic[1]!;
    const tail = clitic[2]!;
    const negative = tail.length === 3;
    const baseToken = wordToken(base, start);
    if (negative) {
      const fixed = NEGATIVE_CLITIC_BASE[baseToken.norm];
      if (fixed) { baseToken.norm = fixed; baseToken.lemma = lemmatize(fixed); }
    }
    out.push(baseToken);
    const t = wordToken(tail, start + base.length);
    if (negative) { t.norm = 'not'; t.lemma = 'not'; t.stop = false; }
    out.push(t);
    return;
  }
  out.push(wordToken(surface, start));
}

function wordToken(surface: string, start: number): Token {
  const value = numberWordValue(surface.toLowerCase());
  if (value !== undefined) {
    return { start, end: start + surface.length, text: surface, norm: valueKey(value), lemma: valueKey(value), kind: 'number', value, cap: isCap(surface), stop: false };
  }
  const norm = canonicalWord(surface);
  const lemma = norm.includes('.') || norm !== foldChars(surface).toLowerCase() ? norm : lemmatize(americanSpelling(norm));
  return { start, end: start + surface.length, text: surface, norm, lemma, kind: 'word', cap: isCap(surface), stop: STOPWORDS.has(norm) };
}

function numberToken(surface: string, start: number): Token {
  const value = digitValue(surface);
  const norm = value === undefined ? surface : valueKey(value);
  const t: Token = { start, end: start + surface.length, text: surface, norm, lemma: norm, kind: 'number', cap: false, stop: false };
  if (value !== undefined) t.value = value;
  return t;
}

function punctToken(surface: string, start: number): Token {
  const norm = canonicalWord(surface);
  const kind = /[\p{P}]/u.test(surface) ? 'punct' : 'symbol';
  return { start, end: start + surface.length, text: surface, norm, lemma: norm, kind, cap: false, stop: kind === 'punct' };
}

function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(s));
}

/** Joins "twenty five", "1.5 million", "5m" into one number token with the combined value. */
function mergeNumbers(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'number' || t.value === undefined) { out.push(t); continue; }
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
    if (j === i + 1) { out.push(t); continue; }
    const merged: Token = { ...t, end, text: text.slice(t.start, end), norm: valueKey(value), lemma: valueKey(value), value };
    out.push(merged);
    i = j - 1;
  }
  return out;
}

/** Folds multi-word names (United States, European Union) into one token. */
function mergePhrases(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  outer: for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      for (const [words, canon] of PHRASE_VARIANTS) {
        if (t.norm !== words[0]) continue;
        let ok = true;
        for (let k = 1; k < words.length; k++) {
          if (tokens[i + k]?.norm !== words[k]) { ok = false; break; }
        }
        if (!ok) continue;
        const last = tokens[i + words.length - 1]!;
        out.push({ ...t, end: last.end, text: text.slice(t.start, last.end), norm: canon, lemma: canon, stop: false });
        i += words.length - 1;
        continue outer;
      }
    }
    out.push(t);
  }
  return out;
}
