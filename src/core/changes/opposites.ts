/**
 * @module
 * `negation` changes by opposite words: a word the other side put its antonym in place of ("fell"
 * -> "rose", "north" -> "south", "boy" -> "girl", "won" -> "lost"). The antonyms are WordNet's
 * direct ones between the words' first senses; the diff must have replaced the one by the other, so
 * "prices rose, then fell" reordered is no change.
 */
import type { Token } from '../text/types.js';
import type { Change } from '../types.js';
import { antonyms } from '../lexicon/synonyms.js';
import { synonymous } from './lexical.js';
import { change, replacements, tokenSpan, type Pair, type Side } from './pair.js';
import { mapped } from '../arrays.js';

/** Opposites WordNet does not pair: function words and comparatives ("voted for" / "voted against"),
 * verbs of change and of outcome ("doubled" / "halved", "beat expectations" / "missed expectations"), and
 * negative verbs against the verbs that say yes ("denied that" / "admitted that"). Matched by word form or lemma; each must bear on the
 * same thing as its opposite (see sameHead). */
const LISTED_OPPOSITES: ReadonlyMap<string, readonly string[]> = pairsOf([
  ['before', 'after'], ['for', 'against'], ['above', 'below'], ['over', 'under'], ['more', 'less'], ['more', 'fewer'],
  ['earlier', 'later'], ['ahead', 'behind'], ['inside', 'outside'], ['maximum', 'minimum'], ['double', 'halve'],
  ['doubled', 'halved'], ['gain', 'loss'], ['surplus', 'deficit'], ['beat', 'miss'], ['exceed', 'miss'],
  ['expand', 'contract'], ['expand', 'shrink'], ['grow', 'shrink'], ['raise', 'cut'], ['raise', 'lower'],
  ['hike', 'cut'], ['support', 'oppose'], ['pass', 'fail'],
  // a negative verb and the verbs that say yes in its place ("denied that" / "admitted that")
  ['deny', 'admit'], ['deny', 'confirm'], ['deny', 'acknowledge'], ['deny', 'concede'], ['deny', 'accept'], ['deny', 'affirm'],
  ['refuse', 'agree'], ['refuse', 'accept'], ['refuse', 'consent'], ['reject', 'accept'], ['reject', 'approve'],
  ['reject', 'endorse'], ['reject', 'adopt'], ['fail', 'manage'], ['fail', 'succeed'],
]);
/** Words before an opposite that turn it back ("expected no change" / "expected rates to stay"); "n't" is
 * read as "not". */
const NEGATORS = new Set(['no', 'not', 'never', 'without']);
/** Tokens after a function-word opposite searched for the word it bears on. */
const HEAD_REACH = 3;
/** Ends of a series, which stand in set phrases before a number ("the last 16", "the first 100 days"). */
const ORDINAL_ENDS = new Set(['first', 'last']);
/** Tokens before a word searched for a negator. */
const NEGATOR_REACH = 2;

/** Tokens of a replaced run looked at on each side (a long run is a rewritten clause). */
const MAX_RUN = 8;

/**
 * Finds the words a linked pair replaced with their opposites.
 * @param p the pair
 * @param skipA token indices of side a in dates ("before the weekend": dates.ts compares those)
 * @param skipB likewise for side b
 */
export function detectOpposites(p: Pair, skipA: ReadonlySet<number>, skipB: ReadonlySet<number>): Change[] {
  const opposed = (i: number, j: number): boolean => {
    const x = p.a.tokens[i]!;
    const y = p.b.tokens[j]!;
    if (x.kind !== 'word' || y.kind !== 'word' || skipA.has(i) || skipB.has(j)) return false;
    const listed = LISTED_OPPOSITES.get(x.norm) ?? LISTED_OPPOSITES.get(x.lemma);
    const opposite = listed ?? (x.stop ? [] : antonyms(x.lemma));
    if (!opposite.includes(y.lemma) && !opposite.includes(y.norm)) return false;
    return !has(p.b, x) && !has(p.a, y) && plain(p.a, i) && plain(p.b, j) && (!listed || sameHead(p, i, j));
  };
  return mapped(replacements(p, opposed, MAX_RUN), ([i, j]) => change('negation', tokenSpan(p.a, i, i + 1), tokenSpan(p.b, j, j + 1),
    `opposite word: "${p.a.tokens[i]!.text}" → "${p.b.tokens[j]!.text}"`, 'major'));
}

/**
 * Whether two listed opposites bear on the same thing: the next content word after each is
 * the same or a synonym ("before the vote" / "after the vote", but not "much less time" / "more
 * efficient", which says the same).
 */
function sameHead(p: Pair, i: number, j: number): boolean {
  const x = nextContent(p.a, i);
  const y = nextContent(p.b, j);
  return x !== undefined && y !== undefined && synonymous(x.lemma, y.lemma);
}

/** The first number or content word after token i, within its sentence group. */
function nextContent(side: Side, i: number): Token | undefined {
  for (let k = i + 1; k < side.tokens.length && k <= i + HEAD_REACH; k++) {
    const t = side.tokens[k]!;
    if (t.kind === 'number' || (t.kind === 'word' && !t.stop)) return t;
  }
  return undefined;
}

/** Whether a side uses a word too: then both sides say both, and the two moved rather than flipped
 * ("After X, directly before Y" / "Shortly before Y, X"). */
function has(side: Side, word: Token): boolean {
  return side.tokens.some((t) => t.lemma === word.lemma || t.norm === word.norm);
}

/**
 * Whether a word stands for its plain sense: not negated ("no change" means "stay"), and not "first"
 * or "last" in a set phrase before a number ("the last 16" is a round, "the first leg" a game).
 */
function plain(side: Side, i: number): boolean {
  for (let k = Math.max(0, i - NEGATOR_REACH); k < i; k++) if (NEGATORS.has(side.tokens[k]!.norm)) return false;
  return !(ORDINAL_ENDS.has(side.tokens[i]!.norm) && side.tokens[i + 1]?.kind === 'number');
}

/** Symmetric map of word pairs. */
function pairsOf(list: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [x, y] of list) {
    m.set(x, [...(m.get(x) ?? []), y]);
    m.set(y, [...(m.get(y) ?? []), x]);
  }
  return m;
}
