/**
 * @module
 * Lazy, cached access to lexicon/wordnet.json, the WordNet-derived tables written at build time by
 * scripts/build-lexicon.mjs. This is the one file read the core does: the lexicon is part of the
 * installed package, not user input, and reading it synchronously on first use keeps every
 * caller (lemmatize, synonyms, weights) a plain synchronous function.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CopytraceError } from '../../errors.js';
import { mapped } from '../arrays.js';

/** Where the lexicon lives: the package root is ../../../ from both src/core/lexicon and dist/core/lexicon. */
const LEXICON_URL = new URL('../../../lexicon/wordnet.json', import.meta.url);
/** The `format` this code reads; bump together with scripts/build-lexicon.mjs. */
const FORMAT = 3;

/** WordNet part of speech: noun, verb, adjective (with satellites), adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/** Bit of each part of speech in {@link Lexicon.pos}. */
export const POS_BIT: Readonly<Record<Pos, number>> = { n: 1, v: 2, a: 4, r: 8 };

/** The decoded lexicon. Per-word columns are indexed by the word's row from {@link Lexicon.row}. */
export interface Lexicon {
  /** Row of a one-word WordNet lemma, or -1. */
  row(word: string): number;
  /** Part-of-speech bit mask of a row (see {@link POS_BIT}). */
  pos(row: number): number;
  /** Commonness bucket of a row: round(2 * log2(1 + SemCor tag count)), 0..35. */
  freq(row: number): number;
  /** Number of WordNet senses of a row over all parts of speech, capped at 35. */
  senses(row: number): number;
  /** Synset ids of a row (its first senses and the senses they derive from or to), ascending. */
  synsets(row: number): readonly number[];
  /** Irregular inflections per part of speech: form -> lemma. */
  exceptions: Readonly<Record<Pos, ReadonlyMap<string, string>>>;
  /** Spelling variants (British, hyphenated) -> the canonical lemma. */
  alias: ReadonlyMap<string, string>;
  /** WordNet's direct antonyms of a lemma between first senses (rise -> fall), both ways. */
  antonyms: ReadonlyMap<string, readonly string[]>;
  /** Number of rows. */
  size: number;
}

interface LexiconFile {
  format: number;
  words: string;
  pos: string;
  freq: string;
  senses: string;
  syn: string;
  exc: Record<Pos, string>;
  alias: string;
  ant: string;
}

const EMPTY: readonly number[] = Object.freeze([]);
/** Bound on the memo of word -> row lookups (entries), so a long-running process does not grow it forever. */
const MAX_ROW_MEMO = 100_000;
let cached: Lexicon | undefined;

/**
 * The lexicon, read and decoded on first call (about 40 ms), then shared.
 * @returns the decoded lexicon
 * @throws CopytraceError `internal` when lexicon/wordnet.json is missing or of another format
 */
export function lexicon(): Lexicon {
  return (cached ??= loadLexicon());
}

/**
 * Reads and decodes a lexicon file, uncached (tests and tools; everything else uses {@link lexicon}).
 * @param url the file; lexicon/wordnet.json of this package by default
 * @returns the decoded lexicon
 * @throws CopytraceError `internal` when the file is missing or of another format
 */
export function loadLexicon(url: URL = LEXICON_URL): Lexicon {
  return decode(readLexiconFile(url));
}

function readLexiconFile(url: URL): LexiconFile {
  const path = fileURLToPath(url);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new CopytraceError('internal', `${path}: WordNet lexicon missing; run \`npm run build\` to create it`, { cause });
  }
  const data = JSON.parse(text) as LexiconFile;
  if (data.format !== FORMAT) {
    throw new CopytraceError('internal', `${path}: lexicon format ${String(data.format)}, expected ${FORMAT}; run \`npm run build\``);
  }
  return data;
}

function pairs(text: string): Map<string, string> {
  const m = new Map<string, string>();
  if (!text) return m;
  const parts = text.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) m.set(parts[i]!, parts[i + 1]!);
  return m;
}

/** Lazy reader of a column of ','-separated base-36 id lists, one per row, memoised per row. */
function idColumn(text: string, size: number): (row: number) => readonly number[] {
  let starts: Uint32Array | undefined;
  const cache: (readonly number[] | undefined)[] = new Array(size);
  return (row) => {
    if (row < 0 || row >= size) return EMPTY;
    let ids = cache[row];
    if (ids) return ids;
    starts ??= fieldStarts(text, size);
    const t = text.slice(starts[row]!, starts[row + 1]! - 1);
    ids = t ? Object.freeze(mapped(t.split(','), (x) => parseInt(x, 36))) : EMPTY;
    cache[row] = ids;
    return ids;
  };
}

/** Start offsets of the ' '-separated fields of `text`, with a final entry one past the end. */
function fieldStarts(text: string, count: number): Uint32Array {
  const starts = new Uint32Array(count + 1);
  let k = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) starts[k++] = i + 1;
  starts[k] = text.length + 1;
  return starts;
}

/**
 * Decodes without building a Map or splitting the word list: rows are found by binary search in
 * the sorted, space-joined list, which keeps the first load at a few milliseconds.
 */
function decode(data: LexiconFile): Lexicon {
  const { words, pos, freq, senses } = data;
  const size = pos.length;
  const starts = fieldStarts(words, size);
  const compareAt = (row: number, word: string): number => {
    const s = starts[row]!;
    const len = starts[row + 1]! - 1 - s;
    const n = Math.min(len, word.length);
    for (let i = 0; i < n; i++) {
      const d = words.charCodeAt(s + i) - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return len - word.length;
  };
  // rows of the words asked for: callers ask about the same few thousand lemmas over and over
  const rows = new Map<string, number>();
  const search = (word: string): number => {
    let lo = 0;
    let hi = size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareAt(mid, word);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return {
    size,
    row(word) {
      let r = rows.get(word);
      if (r === undefined) {
        r = search(word);
        if (rows.size >= MAX_ROW_MEMO) rows.clear();
        rows.set(word, r);
      }
      return r;
    },
    pos: (row) => parseInt(pos[row] ?? '0', 16),
    freq: (row) => parseInt(freq[row] ?? '0', 36),
    senses: (row) => parseInt(senses[row] ?? '0', 36),
    synsets: idColumn(data.syn, size),
    exceptions: { n: pairs(data.exc.n), v: pairs(data.exc.v), a: pairs(data.exc.a), r: pairs(data.exc.r) },
    alias: pairs(data.alias),
    antonyms: antonymMap(data.ant),
  };
}

/** The antonym pairs ('a b c d ...') as a map from each word to its antonyms. */
function antonymMap(text: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const add = (x: string, y: string) => { const l = m.get(x); if (l) l.push(y); else m.set(x, [y]); };
  const parts = text ? text.split(' ') : [];
  for (let i = 0; i + 1 < parts.length; i += 2) { add(parts[i]!, parts[i + 1]!); add(parts[i + 1]!, parts[i]!); }
  return m;
}
