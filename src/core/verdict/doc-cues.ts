/**
 * @module
 * Per-document facts that hint at which of two texts is the copy, gathered once per document (on
 * first use of `DocStats.cues`) so that the pairwise direction measures (direction-evidence.ts) only
 * compare them:
 * - how each person or organisation is first named (full name, or a bare surname / "Mr X"): news
 *   introduces a name in full at first mention, so a text whose first mention is bare where the
 *   other's is full lost the introduction (an excerpt, a reordered or shortened copy);
 * - the specific figures of each sentence (numbers written in digits, month and weekday names) and
 *   which of them are hedged ("about 1,300"): copies generalise, sources are precise;
 * - machine-translation and re-keying damage ("30 -day", "it it", a space before a comma);
 * - whether the text says it is a copy: a republication notice or an agency credit (text/furniture.ts).
 */
import { TITLES } from '../changes/lexical.js';
import { isKnownWord } from '../lexicon/weights.js';
import { copyCue } from '../text/furniture.js';
import type { AnalyzedDocument, Sentence, Token } from '../text/types.js';

/** Words before a number that turn a precise figure into an approximate one. */
const APPROXIMATORS: ReadonlySet<string> = new Set(
  'about around roughly nearly almost approximately some over under estimated'.split(' '),
);
/** Month and weekday names: a dated sentence is more specific than the same sentence undated. */
const CALENDAR: ReadonlySet<string> = new Set(
  ('january february march april june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);
/** Damage that translation engines and careless re-keying leave and writers do not: a space before
 * a hyphen but not after ("30 -day"), a space before a comma or semicolon, a decimal broken by a
 * space ("2. 3%"). A word typed twice is counted from the tokens (see REPEATABLE). */
const GARBLE = /[ \t](?:-[A-Za-z]|[,;](?=\s))|\d\.[ \t]\d/g;
/** Words English legitimately repeats ("that that", "had had"). */
const REPEATABLE: ReadonlySet<string> = new Set(['that', 'had', 'is', 'very', 'bye', 'no']);
/** Characters that end a sentence of running text; a sentence ending otherwise is a headline,
 * caption or label, and headlines name people by surname only, so they hold no first mentions. */
const TERMINAL = '.!?:"\'\u201d\u2019)';

/** Specific figures of one sentence. */
export interface SentenceFigures {
  /** Values of the numbers written in digits, and -1 for each month or weekday name. */
  readonly figures: readonly number[];
  /** Values of the numbers preceded by an approximator ("about 1,300" -> 1300). */
  readonly hedged: readonly number[];
}

/** The cue facts of one document. */
export interface DocCues {
  /** Name key (last word of the name, lower case) -> whether its first mention in running text is a
   * full name ("Aileen Moray") rather than a bare one ("Moray", "Ms. Moray"). */
  firstMention: Map<string, boolean>;
  /** Specific figures per sentence (same indices as the document's sentences). */
  figures: SentenceFigures[];
  /** Number of garbling marks (see GARBLE) in the whole text. */
  garble: number;
  /** How strongly the text declares itself a copy: 2 for a republication notice, 1 for an agency
   * credit, 0 otherwise (copyCue, text/furniture.ts). */
  notice: number;
}

/** A capitalised content word that can be part of a name. The first word of a sentence is one only
 * when the lexicon does not know it or a name word follows ("Kestrel Point said"): a capital there
 * is grammar, not a name. */
function nameWord(t: Token, first: boolean, next: Token | undefined): boolean {
  if (t.kind !== 'word' || !t.cap || t.stop || TITLES.has(t.norm)) return false;
  return !first || !isKnownWord(t.lemma) || (next !== undefined && nameWord(next, false, undefined));
}

/** Whether a sentence ends like running text (see TERMINAL). */
function runningText(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && text.charCodeAt(i) <= 32) i--;
  return i >= 0 && TERMINAL.includes(text[i]!);
}

const NONE: readonly number[] = Object.freeze([]);
const NO_FIGURES: SentenceFigures = Object.freeze({ figures: NONE, hedged: NONE });

/**
 * One pass over a sentence: notes the first mention of each name (the last word of a run of name
 * words is the key; a run of two or more words is a full name; only in running text), collects its
 * specific figures, and counts words typed twice in a row ("it it").
 */
function scanSentence(text: string, s: Sentence, mentions: Map<string, boolean>): { figures: SentenceFigures; doubled: number } {
  const ts = s.tokens;
  const names = runningText(s.text);
  let figures: number[] | undefined;
  let hedged: number[] | undefined;
  let doubled = 0;
  let run = 0;
  let seenWord = false;
  for (let i = 0; i <= ts.length; i++) {
    const t = ts[i];
    const p = ts[i - 1];
    if (names) {
      if (t !== undefined && nameWord(t, !seenWord, ts[i + 1])) run++;
      else {
        if (run > 0 && !mentions.has(p!.norm)) mentions.set(p!.norm, run > 1);
        run = 0;
      }
    }
    if (t === undefined) break;
    if (t.kind === 'number') {
      seenWord = true;
      if (t.value === undefined || !/\d/.test(t.text)) continue;
      (figures ??= []).push(t.value);
      if (p && APPROXIMATORS.has(p.norm)) (hedged ??= []).push(t.value);
    } else if (t.kind === 'word') {
      seenWord = true;
      if (t.cap && CALENDAR.has(t.norm)) (figures ??= []).push(-1);
      if (p && p.kind === 'word' && t.norm === p.norm && t.norm.length > 1 && !REPEATABLE.has(t.norm) &&
          /^[ \t]+$/.test(text.slice(p.end, t.start))) doubled++;
    }
  }
  const f = figures ? { figures, hedged: hedged ?? NONE } : NO_FIGURES;
  return { figures: f, doubled };
}

/**
 * Gathers the direction cue facts of one analysed document.
 * @param doc an analysed document
 */
export function docCues(doc: AnalyzedDocument): DocCues {
  const firstMention = new Map<string, boolean>();
  const figures: SentenceFigures[] = [];
  let garble = 0;
  for (const s of doc.sentences) {
    const r = scanSentence(doc.text, s, firstMention);
    figures.push(r.figures);
    garble += r.doubled;
  }
  GARBLE.lastIndex = 0;
  while (GARBLE.exec(doc.text) !== null) garble++;
  return { firstMention, figures, garble, notice: copyCue(doc.text) };
}
