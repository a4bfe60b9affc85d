/**
 * @module
 * `entity` changes: a name replaced by another ("Gregory Yates" -> "George Yates", "Austrian" ->
 * "German"), garbled ("Zelensky" -> "Zelenksy"), turned into common words ("Council on Foreign
 * Relations" -> "external relations council"), dropped, or a new one added. Canonical variants
 * (US / United States, Nato / NATO), titles (Mr / President), demonyms (Russian / Russia) and the
 * usual metonyms (Kremlin / Moscow / Russia) are the same entity.
 */
import type { AnalyzedDocument, Token } from '../text/types.js';
import type { Change } from '../types.js';
import { counterpart } from './diff.js';
import { AUXILIARIES, charSimilarity, clip, knownWord, nameKey, placeOf, PREPOSITIONS, PRONOUNS, sameEntity, sameName, TITLES } from './lexical.js';
import { change, OPENERS, tokenSpan, tokenText, type Pair, type Side } from './pair.js';
import { mapped } from '../arrays.js';

/** Bigram similarity at or above which a different spelling is a garbled name rather than another name. */
const GARBLE_SIMILARITY = 0.6;
/** Shortest length, relative to the other, of a word compared as a garble of it. */
const GARBLE_LENGTH_RATIO = 0.75;
/** Lower-case words that may sit inside a name ("Council on Foreign Relations", "Bank of England"). */
const CONNECTORS = new Set(['of', 'on', 'for', 'de', 'del', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'da']);
/** Share of capitalised words above which a sentence is a title-case headline (every word a "name"). */
const TITLE_CASE_SHARE = 0.7;
/** Words a headline needs before the title-case test applies. */
const TITLE_CASE_MIN_WORDS = 4;
/** Letters of a name's start used to find its variant spellings (see `sharedPrefixName`). */
const STEM = 4;
/** Indefinite pronouns, which WordNet does not list: "Anyone" opening a sentence is no name. */
const INDEFINITES = new Set(['anyone', 'anybody', 'anything', 'someone', 'somebody', 'something', 'everyone', 'everybody', 'everything']);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The names used in both documents, gathered once per comparison. */
export interface DocumentNames {
  /** Names of either document (decides whether a sentence-initial word is a name). */
  all: Set<string>;
  /** Names of document a (an added name already in a is not new). */
  a: Set<string>;
  /** The places document a mentions (Russia for "Russian", "Kremlin"). */
  placesA: Set<string>;
}

/**
 * Collects the names (words capitalised mid-sentence) of both documents.
 * @param a the first document
 * @param b the second document
 */
export function documentNames(a: AnalyzedDocument, b: AnalyzedDocument): DocumentNames {
  const na = namesOf(a);
  const all = new Set(na);
  for (const k of namesOf(b)) all.add(k);
  return { all, a: na, placesA: new Set(mapped([...na], placeOf)) };
}

function namesOf(doc: AnalyzedDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    // a capital after a colon, a dash or an opening quote ("Tony Martin: Continuing ...") is grammar, as
    // at a sentence start; one in brackets is most often a name ("in Istanbul (Türkiye)")
    let seen = false;
    for (const t of s.tokens) {
      if (t.kind === 'word' && t.cap && seen && !t.stop) names.add(nameKey(t));
      if (t.kind === 'word' || t.kind === 'number') seen = true;
      else if (OPENERS.has(t.norm) && t.norm !== '(' && t.norm !== '[') seen = false;
    }
  }
  return names;
}

/** A run of name tokens [t0, t1) with the indices of its name words. */
interface Run { t0: number; t1: number; words: number[] }

/**
 * Compares the names of a linked pair.
 * @param p the pair
 * @param names names of both documents ({@link documentNames})
 * @param skipA side-a token indices not to treat as names (dates)
 * @param skipB likewise for b
 */
export function detectEntities(p: Pair, names: DocumentNames, skipA: ReadonlySet<number>, skipB: ReadonlySet<number>): Change[] {
  const runsA = runs(p.a, names.all, skipA);
  const runsB = runs(p.b, names.all, skipB);
  if (runsA.length === 0 && runsB.length === 0) return [];
  const out: Change[] = [];
  const lonelyA: Run[] = [];
  const lonelyB = runsB.filter((r) => r.words.every((i) => !hasName(p.a, p.b.tokens[i]!)));
  for (const r of runsA) {
    const missing = r.words.filter((i) => !hasName(p.b, p.a.tokens[i]!));
    if (missing.length === 0) continue;
    if (missing.length < r.words.length) {
      const c = partial(p, r, lonelyB, runsB);
      if (c) out.push(c);
      continue;
    }
    const lower = lowerCaseEcho(p.b, mapped(r.words, (i) => p.a.tokens[i]!));
    if (lower) {
      out.push(change('entity', tokenSpan(p.a, r.t0, r.t1), tokenSpan(p.b, lower.t0, lower.t1),
        `name rendered as common words: "${tokenText(p.a, r.t0, r.t1)}" → "${tokenText(p.b, lower.t0, lower.t1)}"`, 'minor'));
      continue;
    }
    lonelyA.push(r);
  }
  const usedB = new Set<Run>();
  for (const r of lonelyA) {
    const key = runKey(p.a, r);
    const { b0, b1 } = counterpart(p.diff, r.t0, r.t1);
    let best: Run | undefined;
    let bestSim = -1;
    for (const q of lonelyB) {
      if (usedB.has(q)) continue;
      const sim = Math.max(charSimilarity(key, runKey(p.b, q)), wordSimilarity(p, r, q));
      const near = q.t0 <= b1 && q.t1 >= b0;
      if ((near || sim >= GARBLE_SIMILARITY) && sim > bestSim) { best = q; bestSim = sim; }
    }
    const ta = tokenText(p.a, r.t0, r.t1);
    if (best) {
      usedB.add(best);
      const tb = tokenText(p.b, best.t0, best.t1);
      const garbled = bestSim >= GARBLE_SIMILARITY;
      out.push(change('entity', tokenSpan(p.a, r.t0, r.t1), tokenSpan(p.b, best.t0, best.t1),
        `${garbled ? 'name misspelt' : 'entity changed'}: "${ta}" → "${tb}"`, garbled ? 'minor' : 'major'));
    } else {
      out.push(change('entity', tokenSpan(p.a, r.t0, r.t1), tokenSpan(p.b, b0, b1), `entity dropped: "${clip(ta)}"`, 'minor'));
    }
  }
  for (const q of lonelyB) {
    if (usedB.has(q) || q.words.some((i) => inA(names, p.b.tokens[i]!))) continue;
    out.push(change('entity', undefined, tokenSpan(p.b, q.t0, q.t1), `entity added: "${tokenText(p.b, q.t0, q.t1)}"`, 'info'));
  }
  return out;
}

/** Whether document a has the name (or its place, or a variant spelling of it). */
function inA(names: DocumentNames, t: Token): boolean {
  const k = nameKey(t);
  if (names.a.has(k) || names.placesA.has(placeOf(k))) return true;
  // tolerant here: a respelling of a name of a is reported as misspelt where it is linked, not as new
  for (const n of names.a) if (sameEntity(n, k)) return true;
  return false;
}

/** A name partly kept: "Gregory Yates" -> "George Yates" (changed), "Vladimir Putin" -> "Putin" (fine). */
function partial(p: Pair, r: Run, lonelyB: readonly Run[], runsB: readonly Run[]): Change | undefined {
  const kept = r.words.filter((i) => hasName(p.b, p.a.tokens[i]!));
  const keptB = runsB.find((q) => q.words.some((j) => kept.some((i) => sameName(nameKey(p.a.tokens[i]!), nameKey(p.b.tokens[j]!)))));
  if (!keptB) return undefined;
  const extra = keptB.words.filter((j) => !hasName(p.a, p.b.tokens[j]!));
  if (extra.length === 0 && !lonelyB.includes(keptB)) return undefined;
  const ta = tokenText(p.a, r.t0, r.t1);
  const tb = tokenText(p.b, keptB.t0, keptB.t1);
  const missing = mapped(r.words.filter((i) => !kept.includes(i)), (i) => nameKey(p.a.tokens[i]!)).join(' ');
  const sim = charSimilarity(missing, mapped(extra, (j) => nameKey(p.b.tokens[j]!)).join(' '));
  const garbled = sim >= GARBLE_SIMILARITY;
  return change('entity', tokenSpan(p.a, r.t0, r.t1), tokenSpan(p.b, keptB.t0, keptB.t1),
    `${garbled ? 'name misspelt' : 'name changed'}: "${ta}" → "${tb}"`, garbled ? 'minor' : 'major');
}

/** The names of a side, indexed for presence checks. */
interface NameIndex { keys: Set<string>; places: Set<string>; byStem: Map<string, string[]> }

const nameIndexCache = new WeakMap<Side, NameIndex>();

/** Index of the capitalised words of a side, built once per side. */
function nameIndex(side: Side): NameIndex {
  let ix = nameIndexCache.get(side);
  if (!ix) {
    ix = { keys: new Set(), places: new Set(), byStem: new Map() };
    for (const u of side.tokens) {
      if (u.kind !== 'word' || !u.cap) continue;
      const k = nameKey(u);
      ix.keys.add(k);
      ix.places.add(placeOf(k));
      const stem = k.slice(0, STEM);
      const list = ix.byStem.get(stem);
      if (list) list.push(k);
      else ix.byStem.set(stem, [k]);
    }
    nameIndexCache.set(side, ix);
  }
  return ix;
}

/** Whether a side has the name (capitalised, or an equivalent demonym / metonym / variant spelling). */
function hasName(side: Side, t: Token): boolean {
  const key = nameKey(t);
  const ix = nameIndex(side);
  if (ix.keys.has(key) || ix.places.has(placeOf(key))) return true;
  return (ix.byStem.get(key.slice(0, STEM)) ?? []).some((k) => sameName(key, k));
}

/** The side's tokens that repeat a name's words in lower case, as a range, or undefined. */
function lowerCaseEcho(side: Side, words: readonly Token[]): { t0: number; t1: number } | undefined {
  const hits: number[] = [];
  side.tokens.forEach((u, j) => {
    if (u.kind === 'word' && !u.cap && !u.stop && words.some((w) => w.lemma === u.lemma)) hits.push(j);
  });
  // the words must stand together: the closest-packed window of them, not the first and last of all
  const maxSpan = 2 * words.length + 1;
  let best = 0;
  let bestCount = 0;
  for (let k = 0; k < hits.length; k++) {
    let n = k;
    while (n < hits.length && hits[n]! - hits[k]! < maxSpan) n++;
    if (n - k > bestCount) { best = k; bestCount = n - k; }
  }
  if (bestCount === 0 || bestCount * 2 < words.length) return undefined;
  let t0 = hits[best]!;
  const t1 = hits[best + bestCount - 1]! + 1;
  const before = side.tokens[t0 - 1];
  if (before && before.kind === 'word' && !before.stop && !before.cap) t0--;
  return { t0, t1 };
}

/** The best likeness of one word of run r (side a) to one word of run q (side b): a garbled surname
 * with a first name added ("Alves" -> "Ricardo Alvez") is still a misspelling. */
function wordSimilarity(p: Pair, r: Run, q: Run): number {
  let best = 0;
  for (const i of r.words) {
    const x = nameKey(p.a.tokens[i]!);
    for (const j of q.words) {
      const y = nameKey(p.b.tokens[j]!);
      // a word inside a longer one is a compound or a translation (Allgäu / Unterallgäu), not a garble
      if (Math.min(x.length, y.length) >= GARBLE_LENGTH_RATIO * Math.max(x.length, y.length)) best = Math.max(best, charSimilarity(x, y));
    }
  }
  return best;
}

function runKey(side: Side, r: Run): string {
  return mapped(r.words, (i) => nameKey(side.tokens[i]!)).join(' ');
}

/** Runs of name tokens in a side. */
function runs(side: Side, names: ReadonlySet<string>, skip: ReadonlySet<number>): Run[] {
  const headline = titleCaseSentences(side);
  const dateline = datelineTokens(side);
  const out: Run[] = [];
  let cur: Run | undefined;
  for (let i = 0; i < side.tokens.length; i++) {
    if (isName(side, i, names, skip, headline, dateline)) {
      if (cur && cur.t1 === i) { cur.t1 = i + 1; cur.words.push(i); }
      else { cur = { t0: i, t1: i + 1, words: [i] }; out.push(cur); }
      continue;
    }
    const t = side.tokens[i]!;
    if (cur && cur.t1 === i && CONNECTORS.has(t.norm) && !t.cap && i + 1 < side.tokens.length && isName(side, i + 1, names, skip, headline, dateline)) cur.t1 = i + 1;
  }
  return out;
}

/** Whether token i of a side is (part of) a name. */
function isName(side: Side, i: number, names: ReadonlySet<string>, skip: ReadonlySet<number>, headline: ReadonlySet<number>, dateline: ReadonlySet<number>): boolean {
  const t = side.tokens[i]!;
  if (t.kind !== 'word' || !t.cap || t.stop || skip.has(i) || dateline.has(i) || headline.has(side.sentenceOf[i]!)) return false;
  const key = nameKey(t);
  if (TITLES.has(key) || PRONOUNS.has(key) || INDEFINITES.has(key) || CALENDAR.has(key) || AUXILIARIES.has(key)) return false;
  if (key === 'no' && side.tokens[i + 1]?.norm === '.') return false; // the abbreviation in No. 9
  if (t.text.length > 1 && t.text === t.text.toUpperCase() && /^[A-Z]+$/.test(t.text) && key.length > 5) return false;
  if (!side.initial[i] || names.has(key) || !knownWord(t.lemma)) return true;
  // a sentence's first word that runs into a name is part of it ("Labour MP Anna Reed", "British Airways"),
  // unless it opens a phrase ("Despite Corona", "Unlike Reed")
  if (PREPOSITIONS.has(key) || OPENING_WORDS.has(key)) return false;
  return side.sentenceOf[i + 1] === side.sentenceOf[i] && !side.initial[i + 1] && isName(side, i + 1, names, skip, headline, dateline);
}

/** Words that open a sentence's phrase before a name, besides prepositions. */
const OPENING_WORDS = new Set(['despite', 'unlike', 'like', 'amid', 'following', 'although', 'though', 'while', 'when', 'since',
  'until', 'unless', 'whether', 'if', 'because', 'once', 'meanwhile', 'yesterday', 'today', 'tonight', 'then', 'now', 'here',
  'there', 'thanks', 'according', 'including', 'regarding', 'besides', 'beyond', 'near', 'toward', 'towards', 'upon', 'within']);

/** Tokens of a dateline ("OSTBURY —", "HARBOR DAILY -") opening a sentence: page furniture, not names. */
function datelineTokens(side: Side): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < side.tokens.length; i++) {
    if (!side.initial[i]) continue;
    let k = i;
    while (k < side.tokens.length && side.tokens[k]!.kind === 'word' && /^[\p{Lu}\p{N}'.-]+$/u.test(side.tokens[k]!.text) && side.sentenceOf[k] === side.sentenceOf[i]) k++;
    if (k > i && /^[-\u2013\u2014:]$/.test(side.tokens[k]?.text ?? '')) for (let j = i; j < k; j++) out.add(j);
  }
  return out;
}

function titleCaseSentences(side: Side): Set<number> {
  const out = new Set<number>();
  for (const s of side.sentences) {
    let words = 0;
    let caps = 0;
    for (const t of side.doc.sentences[s]!.tokens) {
      if (t.kind !== 'word' || t.stop) continue;
      words++;
      if (t.cap) caps++;
    }
    if (words >= TITLE_CASE_MIN_WORDS && caps >= TITLE_CASE_SHARE * words) out.add(s);
  }
  return out;
}
