/**
 * @module
 * Building tokens from their surface text: the offset-free part of a token (its normalised form,
 * lemma, kind, value) is memoised per surface form, since news vocabulary repeats and normalising
 * and lemmatizing are the tokenizer's main cost. Every token is built here, in one shape, and never
 * changed afterwards (see formToken).
 */
import { lemmatize } from '../lexicon/lemma.js';
import { charClass, codePointAt, PUNCT } from './chars.js';
import { americanSpelling, canonicalWord, foldChars } from './normalize.js';
import { digitValue, numberWordValue, valueKey } from './numbers.js';
import { STOPWORDS } from './stopwords.js';
import type { Token, TokenKind } from './types.js';

/** Clitics split off a word so that "Kremlin's" matches "Kremlin" and "haven't" shows its negation. */
const CLITIC_RE = /^(.+?)(n['\u2019]t|['\u2019](?:s|re|ve|ll|d|m))$/i;
const NEGATIVE_CLITIC_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'be' };

/** Pushes the token(s) of a word: one, or two when a clitic ('s, n't, 're) splits off. */
export function pushWord(out: Token[], surface: string, start: number): void {
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

/** The token of a word at `start`. */
export function wordToken(surface: string, start: number): Token {
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

/** The token of a number written in digits at `start`. */
export function numberToken(surface: string, start: number): Token {
  const f = plainForm(surface, true);
  return { start, end: start + surface.length, text: surface, norm: f.norm, lemma: f.norm, kind: 'number', value: f.value, cap: false, stop: false };
}

/** The token of a punctuation mark or symbol at `start`. */
export function punctToken(surface: string, start: number): Token {
  const f = plainForm(surface, false);
  return { start, end: start + surface.length, text: surface, norm: f.norm, lemma: f.norm, kind: f.kind, value: undefined, cap: false, stop: f.kind === 'punct' };
}

function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(s));
}

