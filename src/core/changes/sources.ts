/**
 * @module
 * Attribution phrases in a side's tokens: who is said to say something and with which verb.
 * "X said", "said X" (after a quotation), "X told ...", "according to X", "citing X". The source
 * is kept as a set of keys (names by entity, other words by lemma) so "the sources" matches
 * "some sources" and "Mr. Kellogg" matches "Kellogg".
 */
import type { Token } from '../text/types.js';
import { isContent, nameKey, placeOf, PREPOSITIONS, PRONOUNS, synonymous, TITLES } from './lexical.js';
import type { Side } from './pair.js';
import { appositiveNames } from './speakers.js';
import { lexicon, POS_BIT } from '../lexicon/load.js';

/** How a reporting verb colours what is reported. */
export type VerbClass = 'neutral' | 'emphasis' | 'doubt' | 'concession' | 'loaded';

/** Reporting verbs (lemmas) and their class; `doubt` verbs cast doubt on the claim itself. */
export const REPORTING_VERBS: ReadonlyMap<string, VerbClass> = new Map<string, VerbClass>([
  ...words('say tell state add note report announce explain write comment reply respond remark recall mention indicate describe signal observe', 'neutral'),
  ...words('emphasize emphasise stress insist underline underscore highlight declare assert vow boast warn', 'emphasis'),
  ...words('claim allege purport contend suggest speculate', 'doubt'),
  ...words('admit concede acknowledge confess', 'concession'),
  ...words('complain argue reveal confirm threaten predict urge accuse lament charge', 'loaded'),
]);

function words(list: string, cls: VerbClass): Array<[string, VerbClass]> {
  return list.split(' ').map((w) => [w, cls]);
}

/** One key for the forms of a role a translation or a house style may swap ("her spokeswoman" / "her spokesperson"). */
const ROLE_FORMS: ReadonlyMap<string, string> = new Map([
  ['spokeswoman', 'spokesperson'], ['spokesman', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['businesswoman', 'businessperson'], ['businessman', 'businessperson'],
]);

/** An attribution phrase. */
export interface Source {
  kind: 'verb' | 'according' | 'citing';
  /** Token range of the whole phrase. */
  t0: number;
  t1: number;
  /** The reporting verb's token (kind `verb`). */
  verb?: number;
  /** Token range of the source noun phrase, when one was found. */
  np?: { t0: number; t1: number };
  /** Keys of the source's meaningful words (names by entity, other words by lemma). */
  keys: string[];
  /** Keys of the head noun phrase only ("a statement published at 2 p.m." -> statement). */
  core: string[];
  /** The source is a bare pronoun ("he said"): it stands for whoever the other side names. */
  pronoun: boolean;
}

/** Words before a noun that make a reporting-verb form a noun ("the claim", "his statement"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s"]);
/** Words skipped between a subject and its verb ("officials have also said"). */
const BETWEEN = new Set(['have', 'has', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'reportedly', 'previously',
  'later', 'earlier', 'then', 'again', 'further', 'repeatedly', 'publicly', 'privately', 'separately', 'had', 'did', 'does', 'do']);
/** Words a subject phrase may contain besides names and nouns. */
const NP_FUNCTION = new Set(['the', 'a', 'an', 'some', 'two', 'three', 'several', 'many', 'most', 'other', 'both', 'all', 'and', "'s", '.']);
/** Longest subject phrase kept. */
const MAX_NP = 7;
/** Longest "according to X" phrase. */
const MAX_ACCORDING = 10;
const NP_END = new Set([',', '.', ';', ':', ')', '"', "'", 'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'and', 'but',
  'citing', 'according', 'said', 'says', 'told']);

/**
 * Finds the attribution phrases of a side.
 * @param side the side
 * @param skip token indices that cannot be part of a source (dates)
 */
export function findSources(side: Side, skip: ReadonlySet<number>): Source[] {
  const t = side.tokens;
  const out: Source[] = [];
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.kind !== 'word') continue;
    if (tok.norm === 'according' && t[i + 1]?.norm === 'to') {
      const np = forward(side, i + 2, MAX_ACCORDING, skip);
      if (np) out.push(source(side, 'according', i, np.t1, np));
    } else if (tok.norm === 'citing') {
      const np = forward(side, i + 1, MAX_ACCORDING, skip);
      if (np) out.push(source(side, 'citing', i, np.t1, np));
    } else if (REPORTING_VERBS.has(tok.lemma) && !negatedVerb(t, i)) {
      const ing = /ing$/.test(tok.norm);
      if (!tok.cap && !ing && isVerbUse(side, i)) {
        const back = backward(side, i, skip);
        const s = back ? source(side, 'verb', back.t0, i + 1, back) : undefined;
        if (s) { s.verb = i; out.push(s); continue; }
        const prev = t[i - 1];
        const inverted = !prev || prev.norm === ',' || prev.norm === '"' || prev.norm === "'";
        const fwd = inverted && tok.lemma !== 'tell' ? forward(side, i + 1, MAX_NP, skip) : undefined;
        const f = fwd ? source(side, 'verb', i, fwd.t1, fwd) : { kind: 'verb' as const, t0: i, t1: i + 1, keys: [], core: [], pronoun: false };
        f.verb = i;
        out.push(f);
      } else if (ing && isVerbUse(side, i)) {
        out.push({ kind: 'verb', t0: i, t1: i + 1, verb: i, keys: [], core: [], pronoun: false });
      }
    }
  }
  return out;
}

/** A reporting verb said not to have happened ("did not respond", "didn't immediately respond", "never
 * said") reports nothing ("n't" is read as "not"). */
function negatedVerb(t: readonly Token[], i: number): boolean {
  const n1 = t[i - 1]?.norm;
  return n1 === 'not' || n1 === 'never' || (t[i - 2]?.norm === 'not' && t[i - 1]?.kind === 'word');
}

/** Describing words looked through, going back from an -s form, for the word that makes it a noun. */
const MAX_MODIFIERS = 3;
/** Quantifiers that, before describing words, make an -s form a plural noun ("some excellent highlights"). */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'few', 'various', 'numerous', 'other', 'such']);

/** A reporting verb used as a verb: not after "the"/"his" (a noun), not after "to" (an infinitive of intent is fine too). */
function isVerbUse(side: Side, i: number): boolean {
  const prev = side.tokens[i - 1];
  const next = side.tokens[i + 1];
  if (next && next.text === '-' && next.start === side.tokens[i]!.end) return false; // "add-ons"
  return (!prev || !DETERMINERS.has(prev.norm)) && !pluralNounUse(side, i);
}

/**
 * Whether an -s form is a plural noun: describing words before it, and before them a determiner, a
 * quantifier or a preposition ("with very special highlights", "some excellent highlights").
 */
function pluralNounUse(side: Side, i: number): boolean {
  const t = side.tokens;
  if (!t[i]!.norm.endsWith('s') || t[i]!.norm === t[i]!.lemma) return false;
  let k = i - 1;
  while (k >= 0 && k >= i - MAX_MODIFIERS && t[k]!.kind === 'word' && !t[k]!.cap && describes(t[k]!.lemma)) k--;
  if (k === i - 1 || k < 0) return false;
  const w = t[k]!.norm;
  return DETERMINERS.has(w) || QUANTIFIERS.has(w) || PREPOSITIONS.has(w);
}

/** An adjective or an adverb, and no noun or verb ("special" is also a noun: a TV special). */
function describes(lemma: string): boolean {
  const lex = lexicon();
  const row = lex.row(lemma);
  if (row < 0) return false;
  const pos = lex.pos(row);
  return (pos & (POS_BIT.a | POS_BIT.r)) !== 0 && (pos & POS_BIT.v) === 0;
}

function source(side: Side, kind: Source['kind'], t0: number, t1: number, np: { t0: number; t1: number }): Source {
  const keys: string[] = [];
  const core: string[] = [];
  let inCore = true;
  for (let k = np.t0; k < np.t1; k++) {
    const u = side.tokens[k]!;
    if (u.kind === 'word' && (PREPOSITIONS.has(u.norm) || u.norm === 'and') && keys.length > 0) inCore = false;
    if (!isContent(u) || u.kind === 'number') continue;
    if (keys.length > 0 && !u.cap && /(ed|ing)$/.test(u.norm)) inCore = false;
    const key = u.cap ? placeOf(nameKey(u)) : ROLE_FORMS.get(u.lemma) ?? u.lemma;
    if (TITLES.has(key)) continue;
    keys.push(key);
    if (inCore) core.push(key);
  }
  // "said the Kurstadt director, Sylvie Thormann": the apposed name is the source's too
  for (const name of appositiveNames(side.tokens, np.t0, np.t1)) keys.push(placeOf(name));
  const only = np.t1 - np.t0 === 1 ? side.tokens[np.t0]! : undefined;
  return { kind, t0, t1, np, keys, core, pronoun: only !== undefined && PRONOUNS.has(only.norm) };
}

/** The subject before a reporting verb, or undefined when the phrase before it is not one. */
function backward(side: Side, v: number, skip: ReadonlySet<number>): { t0: number; t1: number } | undefined {
  const t = side.tokens;
  let j = v - 1;
  while (j >= 0 && BETWEEN.has(t[j]!.norm)) j--;
  // an appositive name before a comma: "Keith Kellogg, told"
  if (j > 0 && t[j]!.norm === ',' && t[j - 1]!.cap && t[j - 1]!.kind === 'word') j--;
  const end = j + 1;
  let start = end;
  while (j >= 0 && end - j <= MAX_NP) {
    const u = t[j]!;
    if (skip.has(j) || u.kind === 'punct' && u.norm !== '.' && u.norm !== "'s") break;
    if (u.norm === '.' && !(j > 0 && TITLES.has(t[j - 1]!.norm))) break;
    if (u.kind === 'word' && PREPOSITIONS.has(u.norm)) return undefined;
    if (u.kind === 'word' && u.stop && !NP_FUNCTION.has(u.norm) && !PRONOUNS.has(u.norm)) break;
    start = j;
    if (PRONOUNS.has(u.norm)) break;
    j--;
  }
  while (start < end && NP_FUNCTION.has(side.tokens[start]!.norm) && side.tokens[start]!.norm !== 'some') start++;
  if (start >= end) return undefined;
  const before = t[start - 1];
  if (before && before.kind === 'word' && PREPOSITIONS.has(before.norm)) return undefined;
  if (!t.slice(start, end).some((u) => isContent(u) || PRONOUNS.has(u.norm))) return undefined;
  return { t0: start, t1: end };
}

/** The phrase after `from` up to punctuation or a clause word, or undefined when empty. */
function forward(side: Side, from: number, max: number, skip: ReadonlySet<number>): { t0: number; t1: number } | undefined {
  const t = side.tokens;
  let k = from;
  while (k < t.length && k - from < max && !skip.has(k)) {
    const u = t[k]!;
    if (NP_END.has(u.norm) && !(u.norm === '.' && k > 0 && TITLES.has(t[k - 1]!.norm) && side.sentenceOf[k + 1] === side.sentenceOf[k])) break;
    k++;
  }
  if (k === from || !t.slice(from, k).some((u) => isContent(u) || PRONOUNS.has(u.norm))) return undefined;
  return { t0: from, t1: k };
}

/** Whether two sources name the same source (a shared key or synonyms; pronouns match anything). */
export function sameSource(x: Source, y: Source): boolean {
  if (x.pronoun || y.pronoun) return true;
  return x.keys.some((k) => y.keys.some((l) => k === l || synonymous(k, l)));
}
