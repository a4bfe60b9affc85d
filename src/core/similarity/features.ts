/**
 * @module
 * Per-sentence features, computed once per sentence so that scoring a pair (done ~2,500 times per
 * compare by alignment) is only array reads: weighted lemma items with interned ids, the synset
 * ids, stems, acronyms and trigrams they can match through, numbers, consecutive-word pairs and a
 * character-trigram signature. Features belong to one context's id space (see space.ts).
 */
import { lemmatize } from '../lexicon/lemma.js';
import { isKnownWord } from '../lexicon/weights.js';
import type { Sentence, Token } from '../text/types.js';
import { lemmaInfo, stemKey } from './lemma-info.js';
import type { SimilarityParams } from './params.js';
import { pack, type PackedItems } from './pack.js';
import type { FeatureSpace } from './space.js';
import { wordsSignature } from './trigram.js';
import { int32s } from '../slab.js';

/** One content unit of a sentence: a word, a number or a name, with what it may match through. */
export interface FeatureItem {
  readonly lemma: string;
  /** Interned id of the lemma in the context's space. */
  readonly id: number;
  /** Importance in the sentence's weighted bag. */
  readonly weight: number;
  /** Numbers match only exactly (by lemma, which is their canonical value). */
  readonly isNumber: boolean;
  /** Function words match only exactly and weigh `stopWeight` / `stopMatchWeight`. */
  readonly isStop: boolean;
  /** WordNet synset ids (empty for numbers, unknown names, function words). */
  readonly syn: readonly number[];
  /** Interned id of the stem key (first letters, or the word without a negative prefix), -1 for none. */
  readonly stemId: number;
  /** Interned ids of the acronyms of the name this word is part of (Securities and Exchange Commission -> sec). */
  readonly acronymIds: readonly number[];
  /** Trigram codes for the fuzzy match of words WordNet does not know (mostly names); undefined otherwise. */
  readonly grams: readonly number[] | undefined;
}

/** Everything {@link similarity} needs of one sentence. */
export interface SentenceFeatures {
  /** The id space the ids belong to; only features of one space can be compared. */
  readonly space: FeatureSpace;
  readonly items: readonly FeatureItem[];
  /** The items in typed arrays, for the scoring loop. */
  readonly packed: PackedItems;
  /** Sum of item weights (function words at `stopWeight`). */
  readonly total: number;
  /** Lemma ids to stamp: the items' lemmas and the acronyms of their names (may repeat). */
  readonly lemmaIds: Int32Array;
  /** Stem ids and synset ids to stamp (may repeat). */
  readonly stemIds: Int32Array;
  readonly synIds: Int32Array;
  /** Largest lemma/stem/acronym id and synset id used, for sizing the stamp arrays. */
  readonly maxId: number;
  readonly maxSyn: number;
  /** Items with trigrams (names, unknown words). */
  readonly fuzzy: readonly FeatureItem[];
  /** Lemma-id pairs of consecutive non-function words (empty when `bigramShare` is 0: not used then). */
  readonly bigrams: ReadonlySet<number>;
  /** Canonical forms of the numbers in the sentence. */
  readonly numbers: ReadonlySet<string>;
  /** Character trigram signature of the sentence's words (when `charShare` > 0). */
  readonly chars: Uint32Array;
}

/** Per-lemma weight, e.g. the WordNet prior or a document-adjusted one (context.ts). */
export type LemmaWeight = (lemma: string) => number;

/** Shortest acronym generated from a run of capitalised words (two letters collide too often). */
const ACRONYM_MIN = 3;
/** Lower-case words allowed inside a multi-word name (Securities and Exchange Commission). */
const NAME_GLUE = new Set(['and', 'of', '&', 'for', 'the']);
/** Reporting verbs (lemmas), weighted by `reportWeight`. */
const REPORT_WORDS = new Set(['say', 'tell', 'add', 'state', 'report', 'accord', 'according', 'announce', 'note', 'explain']);
const EMPTY: readonly number[] = Object.freeze([]);
const NO_SIGNATURE = new Uint32Array(0);
const NO_BIGRAMS: ReadonlySet<number> = new Set();

/**
 * Computes the features of an analysed sentence.
 * @param sentence a sentence from `analyze`
 * @param weight the per-lemma weight (prior or document-adjusted)
 * @param params the tunables
 * @param space the context's id space
 * @returns the features
 */
export function features(sentence: Sentence, weight: LemmaWeight, params: SimilarityParams, space: FeatureSpace): SentenceFeatures {
  const items: Item[] = [];
  const caps: boolean[] = [];
  const toks = sentence.tokens;
  let firstWord = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'punct' || t.kind === 'symbol') {
      if (caps.length) caps[caps.length - 1] = false; // punctuation ends a name
      continue;
    }
    let lemma = t.lemma;
    const joined = t.kind === 'word' ? compound(toks, i) : undefined;
    if (joined !== undefined) {
      lemma = joined;
      i += 2;
    }
    items.push(makeItem(t, lemma, firstWord, weight, params, space));
    caps.push(t.cap && t.kind === 'word' && !t.stop);
    firstWord = false;
  }
  const acronyms = nameAcronyms(items, caps, space);
  // ids to stamp; repeats are harmless there, so no sets (see space.ts)
  let nLemma = acronyms.length;
  let nStem = 0;
  let total = 0;
  let maxId = -1;
  const fuzzy: FeatureItem[] = [];
  const numbers = new Set<string>();
  for (const it of items) {
    total += it.weight;
    if (it.id >= 0) nLemma++;
    if (it.stemId >= 0) nStem++;
    if (it.grams) fuzzy.push(it);
    if (it.isNumber) numbers.add(it.lemma);
  }
  const lemmaIds = int32s(nLemma);
  const stemIds = int32s(nStem);
  let li = 0;
  let si = 0;
  for (const id of acronyms) if (id >= 0) { lemmaIds[li++] = id; if (id > maxId) maxId = id; }
  for (const it of items) {
    if (it.id >= 0) { lemmaIds[li++] = it.id; if (it.id > maxId) maxId = it.id; }
    if (it.stemId >= 0) { stemIds[si++] = it.stemId; if (it.stemId > maxId) maxId = it.stemId; }
  }
  const packed = pack(items);
  const synIds = packed.syn;
  let maxSyn = -1;
  for (let k = 0; k < synIds.length; k++) if (synIds[k]! > maxSyn) maxSyn = synIds[k]!;
  return {
    space, items, packed, total, lemmaIds: li === nLemma ? lemmaIds : lemmaIds.subarray(0, li), stemIds, synIds, fuzzy,
    bigrams: params.bigramShare > 0 ? bigramsOf(items) : NO_BIGRAMS,
    numbers, maxId, maxSyn,
    chars: params.charShare > 0 ? wordsSignature(toks) : NO_SIGNATURE,
  };
}

/** Lemma-id pairs of consecutive non-function words. */
function bigramsOf(items: readonly FeatureItem[]): Set<number> {
  const bigrams = new Set<number>();
  let prev = -1;
  for (const it of items) {
    if (it.isStop) continue;
    if (prev >= 0) bigrams.add(prev * 4194304 + it.id);
    prev = it.id;
  }
  return bigrams;
}

/** Items built by one constructor share one hidden class, which keeps the scoring loop monomorphic. */
class Item implements FeatureItem {
  constructor(
    readonly lemma: string,
    readonly id: number,
    readonly weight: number,
    readonly isNumber: boolean,
    readonly isStop: boolean,
    readonly syn: readonly number[],
    readonly stemId: number,
    public acronymIds: readonly number[],
    readonly grams: readonly number[] | undefined,
  ) {}
}

function makeItem(t: Token, lemma: string, first: boolean, weight: LemmaWeight, p: SimilarityParams, space: FeatureSpace): Item {
  const id = space.id(lemma);
  if (t.kind === 'number') return new Item(lemma, id, p.numberWeight, true, false, EMPTY, -1, EMPTY, undefined);
  if (t.stop) return new Item(lemma, id, p.stopWeight, false, true, EMPTY, -1, EMPTY, undefined);
  const info = lemmaInfo(lemma);
  const known = info.known;
  const name = t.cap && (!first || !known);
  const w = name ? Math.max(weight(lemma), p.nameWeight) : REPORT_WORDS.has(lemma) ? p.reportWeight : weight(lemma);
  // synsets of an unknown word are empty, so a name WordNet does not know gets none either
  const stem = stemKey(lemma, info, p.stemLength);
  return new Item(lemma, id, w, false, false, info.syn, stem === undefined ? -1 : space.id(stem), EMPTY, info.grams);
}

/**
 * Acronyms of runs of capitalised words ("Electronic Data Systems Corp." -> eds, edsc), set on
 * the run's items and returned as ids, so a name matches its abbreviation in the other sentence.
 */
function nameAcronyms(items: Item[], caps: readonly boolean[], space: FeatureSpace): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!caps[i]) continue;
    let letters = '';
    const run: number[] = [];
    let j = i;
    for (; j < items.length && (caps[j] || (NAME_GLUE.has(items[j]!.lemma) && caps[j + 1])); j++) {
      if (!caps[j]) continue;
      letters += items[j]!.lemma[0];
      run.push(j);
      if (letters.length < ACRONYM_MIN) continue;
      const id = space.id(letters);
      out.push(id);
      for (const k of run) items[k]!.acronymIds = [...items[k]!.acronymIds, id];
    }
    i = j;
  }
  return out;
}

/**
 * A hyphenated compound split by the tokenizer ("cease" "-" "fire") that WordNet knows as one word
 * returns its lemma ("ceasefire"), so that it matches the unhyphenated spelling.
 */
function compound(toks: readonly Token[], i: number): string | undefined {
  const a = toks[i]!;
  const dash = toks[i + 1];
  const b = toks[i + 2];
  if (!dash || !b || dash.norm !== '-' || b.kind !== 'word' || dash.start !== a.end || b.start !== dash.end) return undefined;
  const hyphenated = `${a.norm}-${b.norm}`;
  const lemma = lemmatize(hyphenated);
  if (lemma !== hyphenated && !lemma.includes('-')) return lemma;
  return isKnownWord(hyphenated) ? lemma : undefined;
}
