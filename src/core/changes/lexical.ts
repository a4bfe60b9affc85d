/**
 * @module
 * Word-level judgements the change detectors share: which tokens carry meaning, when two names
 * denote the same thing (Russia / Russian / Kremlin), how alike two spellings are, whether a word
 * is merely a synonym of another, and a verb's tense. Built on the WordNet lexicon; the word
 * lists here are the small, news-specific knowledge WordNet does not have.
 */
import { lemmatize } from '../lexicon/lemma.js';
import { lexicon, POS_BIT } from '../lexicon/load.js';
import { sharesId, synsets } from '../lexicon/synonyms.js';
import { isKnownWord } from '../lexicon/weights.js';
import { stripMarks } from '../text/normalize.js';
import type { Token } from '../text/types.js';

/** Titles and honorifics: a copy may swap or drop them ("Mr Putin" -> "President Putin") freely. */
export const TITLES: ReadonlySet<string> = new Set(
  ('mr mrs ms miss dr president general gen prime minister secretary senator sen governor gov mayor ' +
    'councilman councilwoman councillor chancellor king queen prince princess sir dame lord lady chief judge ' +
    'justice professor prof rep representative lt col colonel sgt sergeant capt captain adm admiral commander ' +
    'major lieutenant ambassador envoy pope bishop rabbi imam sheikh vice deputy retired former acting premier ' +
    'speaker chairman chairwoman chair director').split(' '),
);

/** Personal pronouns: a stand-in for a name, never a name itself. */
export const PRONOUNS: ReadonlySet<string> = new Set('i he she it we they you him her them us me'.split(' '));

/** Prepositions: one before a word makes it no subject (sources.ts) and an -s or -ed form after it no
 * finite verb ("with flowers", tense.ts). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'of', 'about',
  'into', 'over', 'under', 'after', 'before', 'during', 'than', 'as', 'against', 'between', 'through', 'via', 'per', 'among', 'without']);

/** Demonyms and adjectives mapped to their place, so "Russian" and "Russia" count as one entity. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  russian: 'russia', american: 'usa', ukrainian: 'ukraine', british: 'uk', english: 'england', chinese: 'china',
  german: 'germany', french: 'france', italian: 'italy', spanish: 'spain', japanese: 'japan', israeli: 'israel',
  iranian: 'iran', iraqi: 'iraq', syrian: 'syria', turkish: 'turkey', saudi: 'saudi', european: 'europe',
  indian: 'india', pakistani: 'pakistan', korean: 'korea', polish: 'poland', dutch: 'netherlands', swiss: 'switzerland',
  swedish: 'sweden', danish: 'denmark', norwegian: 'norway', finnish: 'finland', greek: 'greece', irish: 'ireland',
  scottish: 'scotland', welsh: 'wales', canadian: 'canada', mexican: 'mexico', brazilian: 'brazil', austrian: 'austria',
  belgian: 'belgium', egyptian: 'egypt', palestinian: 'palestine', afghan: 'afghanistan', soviet: 'russia',
}));

/** Capitals and seats of power that news uses for their country ("Moscow said" = "Russia said"). */
export const METONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  kremlin: 'russia', moscow: 'russia', washington: 'usa', 'white house': 'usa', pentagon: 'usa', kyiv: 'ukraine',
  kiev: 'ukraine', beijing: 'china', london: 'uk', 'downing street': 'uk', brussels: 'eu', paris: 'france',
  berlin: 'germany', tokyo: 'japan', tehran: 'iran', ankara: 'turkey', riyadh: 'saudi', delhi: 'india',
  westminster: 'uk', elysee: 'france', jerusalem: 'israel', ottawa: 'canada', canberra: 'australia', rome: 'italy',
  madrid: 'spain', seoul: 'korea', islamabad: 'pakistan', cairo: 'egypt', damascus: 'syria', baghdad: 'iraq',
}));

/** Shortest shared prefix for two spellings to count as one name (Ukraine / Ukrainian, East / Eastern). */
const MIN_NAME_PREFIX = 4;
/** Share of the shorter spelling a shared prefix must cover when neither contains the other. */
const NAME_PREFIX_SHARE = 0.8;

/** A token that carries meaning on its own: a number, or a word that is not a function word. */
export function isContent(t: Token): boolean {
  return t.kind === 'number' || (t.kind === 'word' && !t.stop);
}

/** The comparable form of a name token: diacritics gone, lower case ("Türkiye" -> "turkey" via the tokenizer). */
export function nameKey(t: Token): string {
  const n = t.norm;
  for (let i = 0; i < n.length; i++) if (n.charCodeAt(i) > 127) return stripMarks(n).toLowerCase();
  return n;
}

/** The place a name stands for: Russian -> russia, Kremlin -> russia, otherwise the name itself. */
export function placeOf(key: string): string {
  return DEMONYMS.get(key) ?? METONYMS.get(key) ?? key;
}

/**
 * Whether two name keys denote the same entity for presence checks: equal, one a demonym or
 * metonym of the other, or spellings sharing a long prefix (Ukraine / Ukrainian).
 */
export function sameEntity(x: string, y: string): boolean {
  if (x === y) return true;
  if (placeOf(x) === placeOf(y)) return true;
  return sharedPrefixName(x, y);
}

/**
 * Whether two name keys are one name as written, for the entity detector: as {@link sameEntity},
 * except that two spellings of the same length are two names (Alves / Alvez, Prado / Prada) unless
 * the dictionary knows both (Argentina / Argentine, Olympia / Olympic, Saxony / Saxons). An ending
 * that makes a demonym or an adjective mostly changes the length (Ukraine / Ukrainian); a garble
 * of a name the dictionary does not know need not.
 */
export function sameName(x: string, y: string): boolean {
  if (x === y || placeOf(x) === placeOf(y)) return true;
  if (!sharedPrefixName(x, y)) return false;
  return x.length !== y.length || (isKnownWord(lemmatize(x)) && isKnownWord(lemmatize(y)));
}

/** Same name up to an inflectional or adjectival ending (Europe / European, East / Eastern). */
export function sharedPrefixName(x: string, y: string): boolean {
  const n = Math.min(x.length, y.length);
  let cp = 0;
  while (cp < n && x.charCodeAt(cp) === y.charCodeAt(cp)) cp++;
  if (cp < MIN_NAME_PREFIX) return false;
  return cp === n || cp / n >= NAME_PREFIX_SHARE;
}

/** Character-bigram Dice similarity of two strings in 0..1 (garbled names score high). */
export function charSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < x.length; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < y.length; i++) {
    const g = y.slice(i, i + 2);
    const c = grams.get(g) ?? 0;
    if (c > 0) { shared++; grams.set(g, c - 1); }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

/** Bound on each memo below (entries), so a long-running process does not grow without limit. */
const MAX_MEMO = 50_000;
const synsetMemo = new Map<string, readonly number[]>();
const knownMemo = new Map<string, number>();

/**
 * WordNet synset ids of a lemma, memoised: the lexicon's lookup is a binary search over all its
 * words, and the detectors ask about the same few hundred lemmas many times per comparison.
 */
export function lemmaSynsets(lemma: string): readonly number[] {
  let s = synsetMemo.get(lemma);
  if (s === undefined) {
    s = /^[a-z]/.test(lemma) ? synsets(lemma) : [];
    if (synsetMemo.size >= MAX_MEMO) synsetMemo.clear();
    synsetMemo.set(lemma, s);
  }
  return s;
}

/**
 * Whether two lemmas mean the same for the purpose of "is this merely a rewording": equal, or
 * WordNet synonyms.
 */
export function synonymous(x: string, y: string): boolean {
  if (x === y) return true;
  return sharesId(lemmaSynsets(x), lemmaSynsets(y));
}

/** Bit flags of what WordNet knows about a lemma: 1 known, 2 a verb, 4 a noun, 8 an adjective. Memoised like {@link lemmaSynsets}. */
function knowledge(lemma: string): number {
  let k = knownMemo.get(lemma);
  if (k === undefined) {
    k = 0;
    if (isKnownWord(lemma)) {
      const lex = lexicon();
      const pos = lex.pos(lex.row(lemma));
      k = 1 | ((pos & POS_BIT.v) !== 0 ? 2 : 0) | ((pos & POS_BIT.n) !== 0 ? 4 : 0) | ((pos & POS_BIT.a) !== 0 ? 8 : 0);
    }
    if (knownMemo.size >= MAX_MEMO) knownMemo.clear();
    knownMemo.set(lemma, k);
  }
  return k;
}

/** Whether WordNet knows the word (unknown capitalised words are most likely names). */
export function knownWord(lemma: string): boolean {
  return (knowledge(lemma) & 1) !== 0;
}

/** Auxiliaries that make a following participle perfect or passive (not a simple tense). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  'be am is are was were been being have has had having do does did will would shall should can could may might must'.split(' '),
);

/** Past-tense forms of "be", "have", "do" (simple past when they are the main verb). */
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** Present-tense forms of "be", "have", "do". */
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);

/** Whether WordNet knows the word as an adjective but not as a noun ("new", "regional"). */
export function isAdjectiveOnly(lemma: string): boolean {
  return (knowledge(lemma) & 12) === 8;
}

/** Whether WordNet knows the lemma as a verb. */
export function isVerbLemma(lemma: string): boolean {
  return (knowledge(lemma) & 2) !== 0;
}

/** Simple tense of a verb token by its form: past (demanded, went), present (requires, want), or undefined. */
export function tenseOf(t: Token): 'past' | 'present' | undefined {
  if (t.kind !== 'word') return undefined;
  const w = t.norm;
  if (PAST_AUX.has(w)) return 'past';
  if (PRESENT_AUX.has(w)) return 'present';
  if (w.endsWith('ing') || !isVerbLemma(t.lemma)) return undefined;
  if (w === t.lemma) return 'present';
  if (/ed$/.test(w) || lexicon().exceptions.v.get(w) === t.lemma) return /s$/.test(w) ? 'present' : 'past';
  if (w === `${t.lemma}s` || w === `${t.lemma}es` || (t.lemma.endsWith('y') && w === `${t.lemma.slice(0, -1)}ies`)) return 'present';
  return undefined;
}

/** Trims a string for a detail line: collapses white space, cuts long text with an ellipsis. */
export function clip(s: string, max = 80): string {
  const one = (s.length > max * 2 ? s.slice(0, max * 2) : s).replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}
