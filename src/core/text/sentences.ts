/**
 * @module
 * Sentence segmentation that survives news text: abbreviations (Mr, Gen., U.S., Feb.), headlines
 * and photo captions without a full stop (every line break that is not a hard wrap ends a
 * sentence), quotations ("... peace." he said), and lines broken by page furniture ("The effort
 * failed and" / "Russia attacked ..." / "."). Linear in the text length; no Intl.Segmenter, whose
 * time grows far faster than the text.
 */
import { charClass, codePointAt, cpWidth, LETTER, NUMBER } from './chars.js';

export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

/** Words that end with a full stop without ending the sentence. Lower case, without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm',
  'cmdr', 'st', 'mt', 'ft', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'vs', 'v', 'approx', 'est', 'fig', 'ave', 'blvd', 'rd', 'dept', 'univ', 'assn', 'bros',
]);
/** Abbreviations that often do end a sentence ("... Acme Inc."): a boundary when a sentence starter follows. */
const FINAL_ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'plc', 'llc', 'etc', 'al']);
/** Words that begin sentences; after "U.S." or "Inc." they tell that the sentence ended there. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'its', 'our', 'however', 'meanwhile', 'mr', 'mrs', 'ms', 'dr', 'some',
  'many', 'most', 'one', 'after', 'before', 'when', 'while', 'if', 'as', 'for', 'last', 'earlier', 'later',
]);
/** A line ending with one of these continues on the next line (a sentence cut by page furniture). */
const CONTINUATION_WORDS = new Set([
  'and', 'or', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'that', 'as',
  'than', 'its', 'their', 'his', 'her', 'said', 'which', 'who', 'is', 'was', 'were', 'are', 'be', 'has', 'had', 'have',
]);

interface Line { start: number; end: number; blankBefore: boolean }

/**
 * Finds the sentences of a text.
 * @param text the document text
 * @returns sentence spans (trimmed) with paragraph numbers, in text order
 */
export function splitSentences(text: string): SentenceSpan[] {
  const blocks = joinLines(readLines(text), text);
  const out: SentenceSpan[] = [];
  // without any blank line, each line is taken as a paragraph (one-paragraph-per-line copy)
  const blankLines = blocks.some((b) => b.blankBefore);
  let paragraph = -1;
  for (const block of blocks) {
    if (block.blankBefore || !blankLines || paragraph < 0) paragraph++;
    for (const [s, e] of splitBlock(text, block.start, block.end)) {
      if (!hasLetterOrNumber(text, s, e) && out.length > 0) {
        // a lone "." or quote mark left by page furniture belongs to the sentence before (replaced,
        // not changed: spans are never written after construction, see formToken in tokenize.ts)
        const prev = out[out.length - 1]!;
        out[out.length - 1] = { start: prev.start, end: Math.max(prev.end, e), paragraph: prev.paragraph };
        continue;
      }
      out.push({ start: s, end: e, paragraph });
    }
  }
  return out;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) { lines.push({ start: s, end: e, blankBefore: blank }); blank = false; } else if (lines.length > 0) blank = true;
    pos = nl + 1;
  }
  return lines;
}

/** Joins lines that continue each other: hard-wrapped prose and sentences broken by links. */
function joinLines(lines: Line[], text: string): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && continues(text, prev, line)) out[out.length - 1] = { start: prev.start, end: line.end, blankBefore: prev.blankBefore };
    else out.push(line);
  }
  return out;
}

function continues(text: string, prev: Line, next: Line): boolean {
  const last = text.slice(Math.max(prev.start, prev.end - 40), prev.end);
  if (/[.!?:;"'\u201D\u2019)\]]$/.test(last)) return false;
  const first = text.charAt(next.start);
  if (!hasLetterOrNumber(text, next.start, next.end)) return true; // a lone "." line
  const lastWord = /([\p{L}]+)[,]?$/u.exec(last)?.[1]?.toLowerCase() ?? '';
  if (last.endsWith(',') || CONTINUATION_WORDS.has(lastWord)) return true;
  // hard wrap: the next line starts in lower case within a blank-line-free block
  return !next.blankBefore && /\p{Ll}/u.test(first);
}

/** Splits one block at sentence-final punctuation. */
function splitBlock(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?\u2026]+["'\u201D\u2019)\]]*(?=\s)/g;
  const block = text.slice(start, end);
  let sentStart = 0;
  for (let m = re.exec(block); m; m = re.exec(block)) {
    const cut = m.index + m[0].length;
    let next = cut;
    while (next < block.length && isSpace(block.charCodeAt(next))) next++;
    if (next >= block.length) break;
    if (!isBoundary(block, m.index, m[0], next)) continue;
    out.push([start + sentStart, start + cut]);
    sentStart = next;
  }
  if (sentStart < block.length) out.push([start + sentStart, end]);
  return out;
}

function isBoundary(block: string, at: number, punct: string, next: number): boolean {
  const c = block.charAt(next);
  if (!/[\p{Lu}\p{N}"'\u201C\u2018(\[]/u.test(c)) return false;
  if (punct[0] !== '.' || punct.length > 1 && /^\.{3}/.test(punct) === false && punct !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(block.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  const lower = word.toLowerCase();
  const nextWord = /^["'\u201C\u2018(]*([\p{L}]+)/u.exec(block.slice(next, next + 30))?.[1]?.toLowerCase() ?? '';
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(lower)) return lower === 'no' ? !/\p{N}/u.test(c) : false;
  if (FINAL_ABBREVIATIONS.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord);
  return true;
}

/** Whether `text.slice(from, to)` has a letter or a number character (`/[\p{L}\p{N}]/u`), without slicing. */
function hasLetterOrNumber(text: string, from: number, to: number): boolean {
  for (let i = from; i < to;) {
    const cp = codePointAt(text, i, to);
    if ((charClass(cp) & (LETTER | NUMBER)) !== 0) return true;
    i += cpWidth(cp);
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f || c === 12 || c === 11 || c === 0xfeff;
}
