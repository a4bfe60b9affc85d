/**
 * @module
 * A morphy-style lemmatizer (after WordNet's morph.c): irregular forms from the WordNet exception
 * lists, then suffix detachment rules whose result must be a WordNet lemma. The tokenizer has no
 * part-of-speech tags, so every part of speech is tried and the most common lemma wins, using
 * SemCor tag counts: "leaves" -> leave (not leaf), "said" -> say, "ground" stays ground.
 */
import { lexicon, POS_BIT, type Lexicon, type Pos } from './load.js';

/** Detachment rules per part of speech (WordNet morph.c), plus -ier/-iest for adjectives. */
const RULES: Readonly<Record<Pos, ReadonlyArray<readonly [string, string]>>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  r: [],
};
/** Order in which parts of speech are tried; on equal commonness the earlier one wins. */
const ORDER: readonly Pos[] = ['v', 'n', 'a', 'r'];
/**
 * A word that is itself a lemma ("troops", "meeting", "left") yields to its base form only when
 * the base is at most this many commonness buckets (each a factor of about 1.4) less common:
 * troops (27 tags) -> troop (15), but data (76) stays data rather than datum (5).
 */
const SELF_MARGIN = 2;
/** Bound on the memo (entries), so a long-running process does not grow without limit. */
const MAX_MEMO = 100_000;

const memo = new Map<string, string>();

/**
 * Dictionary form of a lower-case word: demanded -> demand, children -> child, was -> be,
 * negotiations -> negotiation. Words WordNet does not know (names, numbers) come back unchanged;
 * spelling variants come back in one spelling (cease-fire -> ceasefire).
 * @param word a lower-case word (upper case is folded)
 * @returns the lemma, memoised
 */
export function lemmatize(word: string): string {
  let lemma = memo.get(word);
  if (lemma !== undefined) return lemma;
  lemma = compute(word.toLowerCase(), lexicon());
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(word, lemma);
  return lemma;
}

function compute(w: string, lex: Lexicon): string {
  if (w.length < 2 || !/[a-z]/.test(w)) return w;
  const base = baseForm(w, lex);
  if (base === w && !lex.alias.has(w)) {
    // An unknown hyphenated compound: lemmatize its head (non-awarding -> non-award).
    const dash = w.lastIndexOf('-');
    if (dash > 0 && dash < w.length - 2 && lex.row(w) < 0) return w.slice(0, dash + 1) + lemmatize(w.slice(dash + 1));
  }
  return lex.alias.get(base) ?? base;
}

function baseForm(w: string, lex: Lexicon): string {
  const self = lex.row(w);
  let best: string | undefined;
  let bestFreq = -1;
  for (const p of ORDER) {
    let c = lex.exceptions[p].get(w);
    // Comparatives that are lemmas themselves (better, worse, less) keep their own meaning.
    if (c !== undefined && self >= 0 && (p === 'a' || p === 'r')) c = undefined;
    c ??= detach(w, p, lex);
    if (c === undefined || c === w) continue;
    const f = lex.freq(lex.row(c));
    if (f > bestFreq) {
      best = c;
      bestFreq = f;
    }
  }
  if (best === undefined) return w;
  if (self < 0) return best;
  return bestFreq > 0 && bestFreq + SELF_MARGIN >= lex.freq(self) ? best : w;
}

/** First rule result for `p` that is a lemma of that part of speech (with consonant undoubling). */
function detach(w: string, p: Pos, lex: Lexicon): string | undefined {
  const bit = POS_BIT[p];
  for (const [suffix, rep] of RULES[p]) {
    if (w.length <= suffix.length + 1 || !w.endsWith(suffix)) continue;
    const b = w.slice(0, w.length - suffix.length) + rep;
    if (isLemma(b, bit, lex)) return b;
    // stopped -> stopp -> stop, bigger -> bigg -> big
    if (rep === '' && b.length > 2 && b[b.length - 1] === b[b.length - 2] && !'aeiouy'.includes(b[b.length - 1]!)) {
      const u = b.slice(0, -1);
      if (isLemma(u, bit, lex)) return u;
    }
  }
  return undefined;
}

function isLemma(w: string, bit: number, lex: Lexicon): boolean {
  const row = lex.row(w);
  return row >= 0 && (lex.pos(row) & bit) !== 0;
}
