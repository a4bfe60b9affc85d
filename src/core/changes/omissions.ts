/**
 * @module
 * `omission` and `addition`: sentences of one side with no counterpart on the other, grouped into
 * sections (a dropped four-sentence passage is one omission; a dropped expert's quote is its own),
 * and whole clauses dropped or added inside aligned sentences.
 */
import type { AnalyzedDocument, Sentence, Token } from '../text/types.js';
import type { Change, Severity } from '../types.js';
import { echoes } from './echo.js';
import { clip, isContent, TITLES } from './lexical.js';
import { change, textSpan, tokenSpan, tokenText, type Pair, type Side } from './pair.js';
import type { Quote } from './quote-extract.js';
import { mapped } from '../arrays.js';
import { isFurniture as isPageFurniture } from '../text/furniture.js';

/** Page furniture besides what text/furniture.ts knows: an agency credit or a bare prompt opening the
 * sentence. Dropping or adding furniture is not news. */
const FURNITURE = /^(?:click|\(?reuters\)?|ap|afp)\b/i;
/** Fewest words for a sentence to be more than page furniture. */
const FURNITURE_MAX_WORDS = 4;
/** Longest title line taken for a headline. */
const HEADLINE_MAX_WORDS = 20;
/** Words that open a new section ("Meanwhile, ..."). */
const SECTION_OPENERS = /^(meanwhile|separately|elsewhere|in other news|in a separate)\b/i;
/** Words a quotation needs to count as someone's voice (fewer is a scare-quoted phrase). */
const QUOTE_MIN_WORDS = 3;
/** Sentences in a dropped run, beyond which it is a major omission. */
const MAJOR_SENTENCES = 3;
/** Fewest content words of a clause, none of them found on the other side, for it to be dropped or added. */
const CLAUSE_MIN_CONTENT = 4;
/** Largest share of a clause's content words that may reappear elsewhere on the other side. */
const CLAUSE_MAX_ECHO = 0.25;

/**
 * Omissions (side a) or additions (side b) for unmatched sentences.
 * @param doc the document the sentences belong to
 * @param indices unmatched sentence indices
 * @param quotes the document's quotations
 * @param kind `omission` for side a, `addition` for side b
 */
export function detectUnmatched(doc: AnalyzedDocument, indices: readonly number[], quotes: readonly Quote[], kind: 'omission' | 'addition'): Change[] {
  const out: Change[] = [];
  const known = indices.filter((i) => doc.sentences[i] !== undefined).sort((x, y) => x - y);
  for (const group of sections(doc, known, quotes)) {
    const sents = mapped(group, (i) => doc.sentences[i]!);
    const span = textSpan(doc, sents[0]!.start, sents[sents.length - 1]!.end);
    const headline = sents.length === 1 && isHeadline(sents[0]!);
    const furniture = headline || sents.every(isFurniture);
    const quoted = sents.some((s) => hasQuote(s, quotes));
    const substantive = sents.filter((s) => !isFurniture(s)).length;
    const severity: Severity = furniture ? 'info' : quoted || substantive >= MAJOR_SENTENCES ? 'major' : 'minor';
    const what = headline ? 'headline' : furniture ? 'page furniture' : sents.length === 1 ? 'sentence' : `${sents.length} sentences`;
    const verb = kind === 'omission' ? 'omitted' : 'added';
    const side = kind === 'omission' ? 'a' : 'b';
    const c = change(kind, side === 'a' ? span : undefined, side === 'b' ? span : undefined,
      `${verb} ${what}${quoted ? ' with a quote' : ''}: "${clip(sents[0]!.text, 70)}"`, severity);
    out.push(c);
  }
  return out;
}

/** The document's title line: first paragraph, one line without closing punctuation. */
function isHeadline(s: Sentence): boolean {
  return s.paragraph === 0 && s.index === 0 && !/[.!?"'\u201D\u2019:]$/.test(s.text)
    && s.tokens.filter((t) => t.kind === 'word').length <= HEADLINE_MAX_WORDS;
}

/** Page furniture: a caption, credit or prompt (text/furniture.ts), a line of a few words or in capitals. */
function isFurniture(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  if (words.length <= FURNITURE_MAX_WORDS) return true;
  if (FURNITURE.test(s.text) || isPageFurniture(s.text)) return true;
  return words.every((t) => !/\p{Ll}/u.test(t.text));
}

/** Whether a sentence holds (part of) a real quotation, not a scare-quoted phrase ("root causes"). */
function hasQuote(s: Sentence, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => q.start < s.end && q.end > s.start && s.text.slice(Math.max(0, q.start - s.start), q.end - s.start).split(/\s+/).length >= QUOTE_MIN_WORDS);
}

/**
 * Splits unmatched sentences into sections: consecutive sentences stay together unless a new
 * paragraph brings a new voice (a quote whose speaker the section has not mentioned), follows a
 * quote with prose, opens with "Meanwhile", or switches between furniture and text.
 */
function sections(doc: AnalyzedDocument, idx: number[], quotes: readonly Quote[]): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  let prevQuoted = false;
  for (const i of idx) {
    const s = doc.sentences[i]!;
    const prev = cur.length ? doc.sentences[cur[cur.length - 1]!]! : undefined;
    let split = !prev || prev.index !== i - 1;
    const quoted = hasQuote(s, quotes);
    if (!split && prev && s.paragraph !== prev.paragraph) {
      const mentioned = (name: string) => cur.some((k) => doc.sentences[k]!.text.includes(name));
      const speaker = quoted ? speakerName(s) : undefined;
      split = SECTION_OPENERS.test(s.text) || isFurniture(s) !== isFurniture(prev)
        || (speaker !== undefined && !mentioned(speaker))
        || (!quoted && prevQuoted);
    }
    if (split && cur.length) { out.push(cur); cur = []; }
    cur.push(i);
    prevQuoted = quoted;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The first name after a sentence's closing quote ("..." said Ms Angela Stent -> Angela), or undefined. */
function speakerName(s: Sentence): string | undefined {
  const close = Math.max(s.text.lastIndexOf('\u201D'), s.text.lastIndexOf('"'));
  if (close < 0) return undefined;
  const names = s.text.slice(close + 1).match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [];
  return names.find((n) => !TITLES.has(n.toLowerCase()));
}

/**
 * Clauses dropped from or added to an aligned pair: a run of tokens on one side with no
 * counterpart (or a counterpart of at most one word), whose content words are nowhere on the other
 * side, nor in the unmatched sentences next to it there (`nearA`, `nearB`: where a moved clause came from).
 */
export function detectClauses(p: Pair, nearA: readonly Token[] = [], nearB: readonly Token[] = []): Change[] {
  const out: Change[] = [];
  // where a clause may have gone: the other side and its unmatched neighbours (built on first need)
  let allB: Token[] | undefined;
  let allA: Token[] | undefined;
  for (const op of p.diff.ops) {
    if (op.kind === 'equal' || op.kind === 'similar') continue;
    const contentA = count(p.a, op.a0, op.a1);
    const contentB = count(p.b, op.b0, op.b1);
    if (contentB <= 1 && contentA >= CLAUSE_MIN_CONTENT && novel(p.a.tokens.slice(op.a0, op.a1), (allB ??= [...p.b.tokens, ...nearB]))) {
      out.push(change('omission', tokenSpan(p.a, op.a0, op.a1), undefined,
        `omitted clause: "${clip(tokenText(p.a, op.a0, op.a1), 70)}"`, 'minor'));
    } else if (contentA <= 1 && contentB >= CLAUSE_MIN_CONTENT && novel(p.b.tokens.slice(op.b0, op.b1), (allA ??= [...p.a.tokens, ...nearA]))) {
      out.push(change('addition', undefined, tokenSpan(p.b, op.b0, op.b1),
        `added clause: "${clip(tokenText(p.b, op.b0, op.b1), 70)}"`, 'minor'));
    }
  }
  return out;
}

function count(side: Side, t0: number, t1: number): number {
  let n = 0;
  for (let k = t0; k < t1; k++) if (isContent(side.tokens[k]!)) n++;
  return n;
}

/** Whether a run of tokens holds enough content words that the other side never uses. */
function novel(run: readonly Token[], other: readonly Token[]): boolean {
  const content = run.filter((t) => isContent(t) && t.norm !== 'not');
  if (content.length < CLAUSE_MIN_CONTENT) return false;
  // more than CLAUSE_MAX_ECHO of its words reappearing means the clause was moved or reworded, not added
  return !echoes(run, other, CLAUSE_MAX_ECHO + 1e-9);
}
