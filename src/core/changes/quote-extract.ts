/**
 * @module
 * Finds direct quotations in a document: straight and curly, double and single marks, guillemets.
 * Works per paragraph so one stray mark cannot swallow the rest of the article; a double quote
 * still open at the end of a paragraph ends there (news style reopens it in the next paragraph).
 * Apostrophes ("Kremlin’s", "Russians’ demands") are told from closing single quotes by what follows.
 */
import type { AnalyzedDocument } from '../text/types.js';

/** A quotation: the text between the marks, and the marks themselves. */
export interface Quote {
  /** Content, without the marks. */
  start: number;
  end: number;
  /** Including the marks (the closing one may be missing at a paragraph end). */
  outerStart: number;
  outerEnd: number;
}

const DOUBLE_OPEN = new Set(['\u201C', '\u00AB', '\u201E']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
/** Punctuation that ends quoted words right before a closing mark. */
const CLOSING_PUNCT = new Set([',', '.', '?', '!', '\u2026']);
/** Fewest words for an unclosed quotation to count at a paragraph end. */
const MIN_OPEN_WORDS = 2;

/**
 * The quotations of a document in text order.
 * @param doc the analysed document
 */
export function findQuotes(doc: AnalyzedDocument): Quote[] {
  const out: Quote[] = [];
  const sents = doc.sentences;
  for (let i = 0; i < sents.length;) {
    let j = i;
    while (j + 1 < sents.length && sents[j + 1]!.paragraph === sents[i]!.paragraph) j++;
    scanParagraph(doc.text, sents[i]!.start, sents[j]!.end, out);
    i = j + 1;
  }
  return out;
}

/** Every character that can open or close a quotation. */
const QUOTE_CHARS = /["'\u2018\u2019\u201C\u201D\u201E\u00AB\u00BB]/g;

function scanParagraph(text: string, from: number, to: number, out: Quote[]): void {
  let dbl = -1;
  let sgl = -1;
  const push = (open: number, close: number, closed: boolean) => {
    const q: Quote = { start: open + 1, end: close, outerStart: open, outerEnd: closed ? close + 1 : close };
    while (q.start < q.end && isSpace(text.charCodeAt(q.start))) q.start++;
    while (q.end > q.start && isSpace(text.charCodeAt(q.end - 1))) q.end--;
    if (q.end > q.start) out.push(q);
  };
  QUOTE_CHARS.lastIndex = from;
  for (let m = QUOTE_CHARS.exec(text); m && m.index < to; m = QUOTE_CHARS.exec(text)) {
    const k = m.index;
    const c = m[0];
    const prev = k > from ? text.charAt(k - 1) : ' ';
    const next = k + 1 < to ? text.charAt(k + 1) : ' ';
    if (DOUBLE_OPEN.has(c)) {
      // an opening mark typed where the closing one belongs ('the “Neue Zeitung “ (Saturday)')
      if (dbl >= 0 && !isWordChar(next)) { push(dbl, k, true); dbl = -1; } else { dbl = k; sgl = -1; }
    } else if (DOUBLE_CLOSE.has(c)) {
      if (dbl >= 0) { push(dbl, k, true); dbl = -1; }
    } else if (c === '"') {
      // with none open, a mark right after closing punctuation and before a space closes a quotation
      // opened in an earlier paragraph ('... again," said the coach.'): it opens nothing
      if (dbl >= 0) { push(dbl, k, true); dbl = -1; } else if (!isWordChar(prev) && !closesEarlier(text, k, prev, next)) { dbl = k; sgl = -1; }
    } else if (dbl < 0 && (c === '\u2018' || (c === "'" && (prev === ' ' || prev === '(' || prev === '\n')))) {
      if (sgl < 0 && isWordChar(next)) sgl = k;
    } else if (dbl < 0 && sgl >= 0 && (c === '\u2019' || c === "'") && !isWordChar(next)) {
      // a closing single quote, unless it is a plural possessive inside running text ("officials’ claims")
      if (!(prev === 's' && isSpace(next.charCodeAt(0)) && /^\s*\p{Ll}/u.test(text.slice(k + 1, k + 4)))) {
        push(sgl, k, true);
        sgl = -1;
      }
    }
  }
  if (dbl >= 0 && text.slice(dbl + 1, to).trim().split(/\s+/).length >= MIN_OPEN_WORDS) push(dbl, to, false);
}

/** Reporting verbs that follow a closing mark ('..., "said the coach'). */
const AFTER_CLOSE = /^\s?(?:said|says|told|added|adds|explained|explains|commented|comments|stressed|noted|wrote|writes|asked|replied|insisted|warned|declared|announced|continued|emphasi[sz]ed|according)\b/;

/**
 * Whether a straight double mark, with none open in its paragraph, closes a quotation opened in an
 * earlier one: right after closing punctuation ('again," said'), or after it and a space, before a
 * reporting verb ('again, "said', a typing slip machine translation makes).
 */
function closesEarlier(text: string, k: number, prev: string, next: string): boolean {
  if (CLOSING_PUNCT.has(prev)) return !isWordChar(next);
  return prev === ' ' && CLOSING_PUNCT.has(text.charAt(k - 2)) && AFTER_CLOSE.test(text.slice(k + 1, k + 15));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string): boolean {
  return WORD_CHAR.test(c);
}
