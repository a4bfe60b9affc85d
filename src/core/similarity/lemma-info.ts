/**
 * @module
 * What sentence features need to know about a lemma, looked up once per lemma and memoised across
 * sentences and comparisons: whether WordNet knows it, its synsets, its stem key and its trigrams.
 * News vocabulary repeats, so after the first few comparisons nearly every lemma is a Map hit
 * instead of lexicon lookups, regex tests and string slicing.
 */
import { synsets } from '../lexicon/synonyms.js';
import { isKnownWord } from '../lexicon/weights.js';
import { trigrams } from './trigram.js';

/** Shortest word (in letters) that gets trigrams for the fuzzy match. */
const FUZZY_MIN_LENGTH = 4;
/** Bound on the memo (entries), so a long-running process does not grow it forever. */
const MAX_MEMO = 50_000;
const LETTERS = /^[\p{L}-]+$/u;
/** Negative prefixes whose removal leaves the word negated ("unclear" ~ "not clear"); in-, dis- are
 * left out because too many words only look prefixed (inform, discover). */
const NEGATIVE_PREFIX = /^(?:un|non)(?=[a-z]{4,}$)/;

/** The context-free facts about one lemma. */
export interface LemmaInfo {
  /** WordNet knows the lemma. */
  readonly known: boolean;
  /** WordNet synset ids (shared, frozen). */
  readonly syn: readonly number[];
  /** Trigram codes for the fuzzy match of a word WordNet does not know; undefined otherwise. Shared: read only. */
  readonly grams: readonly number[] | undefined;
  /**
   * Stem key for a stem length (see {@link stemKey}); cached for the last length asked, which is
   * the same in every context unless a tuning run overrides it.
   */
  stemLength: number;
  stem: string | undefined;
  /** The word without a negative prefix when WordNet knows that word (unclear -> clear). */
  readonly unprefixed: string | undefined;
  /** Only letters and hyphens. */
  readonly letters: boolean;
}

const memo = new Map<string, LemmaInfo>();

/**
 * The facts about a lemma, memoised.
 * @param lemma a lemma (or a compound's lemma)
 */
export function lemmaInfo(lemma: string): LemmaInfo {
  let info = memo.get(lemma);
  if (info === undefined) {
    const known = isKnownWord(lemma);
    const letters = LETTERS.test(lemma);
    const prefix = letters ? NEGATIVE_PREFIX.exec(lemma) : null;
    const rest = prefix ? lemma.slice(prefix[0].length) : undefined;
    info = {
      known,
      syn: synsets(lemma),
      grams: !known && letters && lemma.length >= FUZZY_MIN_LENGTH ? trigrams(lemma) : undefined,
      stemLength: -1,
      stem: undefined,
      unprefixed: rest !== undefined && isKnownWord(rest) ? rest : undefined,
      letters,
    };
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(lemma, info);
  }
  return info;
}

/**
 * Stem key of a word: the unprefixed word for a negated form WordNet knows (unclear -> clear, so it
 * meets "not clear"), else its first `length` letters (recognition / recognize), else undefined.
 * @param lemma the lemma
 * @param info its {@link lemmaInfo}
 * @param length the stem length (`stemLength` tunable)
 */
export function stemKey(lemma: string, info: LemmaInfo, length: number): string | undefined {
  if (info.stemLength !== length) {
    info.stem = !info.letters ? undefined : info.unprefixed ?? (lemma.length > length ? lemma.slice(0, length) : undefined);
    info.stemLength = length;
  }
  return info.stem;
}
