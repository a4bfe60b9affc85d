/**
 * @module
 * `negation` changes: polarity that one side has and the other lost or gained ("reported no
 * irregularities" -> "reported irregularities", "nuclear-free" -> "nuclear"). Negations are
 * counted, not matched word for word, so equivalent ways of saying no ("not clear" / "unclear",
 * "no membership" / "non-awarding of membership", "never" / "not") cancel out.
 */
import type { Token } from '../text/types.js';
import type { Change } from '../types.js';
import { counterpart, counterpartA } from './diff.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';
import { mapped } from '../arrays.js';
import { lemmatize } from '../lexicon/lemma.js';
import { isKnownWord } from '../lexicon/weights.js';

/** Words that negate on their own. */
const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'non', 'nowhere', 'lack', 'absence']);
/** Verbs that negate their complement ("failed to agree", "denied that"). Compared by lemma; "fail" and
 * "decline" only before "to" ("declined to comment"; "sales declined" says no no). */
const NEGATIVE_VERBS = new Set(['fail', 'deny', 'refuse', 'reject', 'decline']);
/** Negative verbs that negate only their "to" complement. */
const BEFORE_TO_ONLY = new Set(['fail', 'decline']);
/** Phrases where a negator does not negate ("not only", "no longer" does). Keyed by the negator's next word. */
const NOT_NEGATING_NEXT: Readonly<Record<string, ReadonlySet<string>>> = {
  not: new Set(['only', 'just', 'merely', 'least', 'simply']),
  no: new Set(['doubt', 'matter']),
};
/** "no change" and friends, said positively on the other side ("stay on hold", "unchanged"). */
const NEGATED_IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['change', new Set(['unchanged', 'hold', 'stay', 'remain', 'steady', 'keep', 'same', 'maintain', 'leave'])],
]);
/** Negative prefixes of a word whose base the other side may use instead ("unclear" / "clear"). */
const PREFIXES = ['non', 'un', 'in', 'im', 'il', 'ir', 'dis'];
/** Words with a negative prefix that are negative whatever the other side says. */
const PREFIXED_NEGATIVES = new Set(['unclear', 'unknown', 'unable', 'unlikely', 'unwilling', 'unaware', 'unconfirmed',
  'unsuccessful', 'unacceptable', 'unlawful', 'illegal', 'impossible', 'inaccurate', 'insufficient', 'inconclusive',
  'unsafe', 'unprepared', 'unresolved', 'unidentified', 'unnamed', 'unavailable', 'unchanged', 'incomplete', 'invalid',
  'disagree', 'dislike', 'disapprove', 'unhappy', 'unfair', 'unnecessary', 'uncertain', 'unprecedented']);
/** Suffixes that negate when written as "-free" / "-less" on a word ("nuclear-free", "harmless"). */
const FREE_WORDS = new Set(['free', 'less']);
/** First two letters of the prefixes, to skip most words at once. */
const PREFIX_START = new Set(PREFIXES.map((p) => p.slice(0, 2)));
/** Shortest base a negative prefix may be stripped to. */
const MIN_BASE = 4;

/** One negation cue: its token range, and whether it is a negated idiom the other side says
 * positively ("no change" / "remain"). */
interface Cue extends Range { idiom: boolean }
/** A token range. */
interface Range { t0: number; t1: number }

/**
 * Compares the polarity of a linked pair.
 * @param p the pair
 * @returns one change per negation one side has beyond the other
 */
export function detectNegation(p: Pair): Change[] {
  const allA = cues(p.a, p.b);
  const allB = cues(p.b, p.a);
  // idioms said positively on the other side ("no change" / "remain") only count when the plain
  // count differs: "does not change anything" balances "changes nothing" without them
  if (allA.length === allB.length) return [];
  const ca = allA.filter((c) => !c.idiom);
  const cb = allB.filter((c) => !c.idiom);
  if (ca.length === cb.length) return [];
  const out: Change[] = [];
  if (ca.length > cb.length) {
    for (const c of excess(ca, cb, (x) => counterpart(p.diff, x.t0, x.t1))) {
      const { b0, b1 } = counterpart(p.diff, c.t0, c.t1);
      if (!stillSaid(p.a, p.diff.aToB, c) || saidToo(p.diff.aToB, c) || negatedThere(p.b, p.diff.bToA, b0, b1)) continue;
      const a = widen(p.a, c);
      const bRange = b0 === b1 ? { t0: b0, t1: b1 } : widen(p.b, { t0: b0, t1: b1 });
      out.push(change('negation', tokenSpan(p.a, a.t0, a.t1), tokenSpan(p.b, bRange.t0, bRange.t1),
        `negation dropped: "${tokenText(p.a, a.t0, a.t1)}" → "${tokenSpan(p.b, bRange.t0, bRange.t1).text}"`, 'major'));
    }
  } else {
    for (const c of excess(cb, ca, (x) => { const r = counterpartA(p.diff, x.t0, x.t1); return { b0: r.a0, b1: r.a1 }; })) {
      const { a0, a1 } = counterpartA(p.diff, c.t0, c.t1);
      if (!stillSaid(p.b, p.diff.bToA, c) || saidToo(p.diff.bToA, c) || negatedThere(p.a, p.diff.aToB, a0, a1)) continue;
      const b = widen(p.b, c);
      const aRange = a0 === a1 ? { t0: a0, t1: a1 } : widen(p.a, { t0: a0, t1: a1 });
      out.push(change('negation', tokenSpan(p.a, aRange.t0, aRange.t1), tokenSpan(p.b, b.t0, b.t1),
        `negation added: "${tokenSpan(p.a, aRange.t0, aRange.t1).text}" → "${tokenText(p.b, b.t0, b.t1)}"`, 'major'));
    }
  }
  return out;
}

/**
 * The cues of `more` that `fewer` has no counterpart for: first pair cues that sit at the same
 * place through the diff, then report the surplus, preferring the cues left unpaired.
 */
function excess(more: Cue[], fewer: Cue[], map: (c: Cue) => { b0: number; b1: number }): Cue[] {
  const left = [...fewer];
  const unpaired: Cue[] = [];
  for (const c of more) {
    const { b0, b1 } = map(c);
    const k = left.findIndex((d) => d.t0 < b1 + 1 && d.t1 > b0 - 1);
    if (k >= 0) left.splice(k, 1);
    else unpaired.push(c);
  }
  const surplus = more.length - fewer.length;
  return unpaired.slice(0, surplus);
}

/** Negation cues of a side; `other` decides whether a prefixed word is a negation of a word there
 * and whether a negated idiom is said positively there. */
function cues(side: Side, other: Side): Cue[] {
  const out: Cue[] = [];
  const t = side.tokens;
  const otherLemmas = { has: (l: string) => lemmaSet(other).has(l) };
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.kind !== 'word') continue;
    const w = tok.norm;
    if (NEGATORS.has(w)) {
      if (NOT_NEGATING_NEXT[w]?.has(t[i + 1]?.norm ?? '')) continue;
      if (w === 'no' && (t[i + 1]?.norm === '.' || t[i + 1]?.kind === 'number')) continue;
      if (w === 'nor' && out.some((c) => t[c.t0]!.norm === 'neither' && c.t0 >= i - 8)) continue;
      out.push({ t0: i, t1: i + 1, idiom: negatedIdiom(t, i, other) });
    } else if (NEGATIVE_VERBS.has(tok.lemma) && (!BEFORE_TO_ONLY.has(tok.lemma) || t[i + 1]?.norm === 'to')) {
      out.push({ t0: i, t1: i + 1, idiom: false });
    } else if (FREE_WORDS.has(w) && t[i - 1]?.text === '-' && t[i - 2]?.kind === 'word' && t[i - 2]!.end === t[i - 1]!.start && t[i - 1]!.end === tok.start) {
      out.push({ t0: i - 2, t1: i + 1, idiom: false });
    } else if (w.endsWith('less') && w.length > MIN_BASE + 4 && otherLemmas.has(w.slice(0, -4))) {
      out.push({ t0: i, t1: i + 1, idiom: false });
    } else if (isPrefixedNegative(tok, otherLemmas)) {
      out.push({ t0: i, t1: i + 1, idiom: false });
    }
  }
  return out;
}

const lemmaCache = new WeakMap<Side, Set<string>>();

/** The lemmas and word forms of a side ("uninfected" stands against "non-infected"), computed once per side. */
function lemmaSet(side: Side): Set<string> {
  let set = lemmaCache.get(side);
  if (!set) {
    set = new Set(mapped(side.tokens, (u) => u.lemma));
    for (const u of side.tokens) set.add(u.norm);
    lemmaCache.set(side, set);
  }
  return set;
}

/** Prefixes that make a word's negative from any known word ("unbeatable", "non-binding"). */
const OPEN_PREFIXES = ['non', 'un'];
/** Shortest base for an open prefix ("unless" is no negative of "less"). */
const MIN_OPEN_BASE = 5;

/**
 * Whether the other side says no at a surplus cue's counterpart (within STATEMENT_WINDOW tokens)
 * with a prefixed word the diff matched to nothing on the cue's side: "not to be defeated" /
 * "unbeatable" (but "not unbeatable" / "unbeatable" is a change).
 * @param side the other side
 * @param matches its tokens' matches through the diff (-1: none)
 */
function negatedThere(side: Side, matches: Int32Array, t0: number, t1: number): boolean {
  const to = Math.min(side.tokens.length, t1 + STATEMENT_WINDOW);
  for (let k = Math.max(0, t0 - STATEMENT_WINDOW); k < to; k++) {
    const t = side.tokens[k]!;
    if (t.kind !== 'word' || matches[k]! >= 0) continue;
    for (const prefix of OPEN_PREFIXES) {
      if (!t.norm.startsWith(prefix)) continue;
      const base = t.norm.slice(prefix.length).replace(/^-/, '');
      if (base.length >= MIN_OPEN_BASE && isKnownWord(lemmatize(base))) return true;
    }
  }
  return false;
}

/** Whether a word can start like a prefixed negative (un-, in-, im-, il-, ir-, dis-, non-): u, i, d or n. */
function negativeStart(c: number): boolean {
  return c === 117 || c === 105 || c === 100 || c === 110;
}

function isPrefixedNegative(tok: Token, otherLemmas: { has(l: string): boolean }): boolean {
  const w = tok.norm;
  // every listed word and every prefix starts with one of these letters: skip the rest at once
  if (!negativeStart(w.charCodeAt(0)) && !negativeStart(tok.lemma.charCodeAt(0))) return false;
  if (PREFIXED_NEGATIVES.has(w) || PREFIXED_NEGATIVES.has(tok.lemma)) return true;
  if (w.length < MIN_BASE + 2 || !PREFIX_START.has(w.slice(0, 2))) return false;
  for (const p of PREFIXES) {
    if (!w.startsWith(p)) continue;
    let base = tok.lemma.slice(p.length);
    if (base.startsWith('-')) base = base.slice(1);
    if (base.length >= MIN_BASE && otherLemmas.has(base)) return true;
  }
  return false;
}

/** A negator whose idiom ("no change") the other side says positively ("remain unchanged"). */
function negatedIdiom(t: readonly Token[], i: number, other: Side): boolean {
  const next = t[i + 1]?.lemma ?? '';
  const positive = NEGATED_IDIOMS.get(next);
  return positive !== undefined && other.tokens.some((u) => positive.has(u.lemma));
}

/** Content words either side of a cue that must find a counterpart for its statement to count as still said. */
const STATEMENT_WINDOW = 2;

/**
 * Whether the diff matched a cue's negating word (its last token) to a word of the other side, the
 * same or a synonym ("declines" / "rejects", "unjust" / "unfair"): that side says no too.
 */
function saidToo(matches: Int32Array, c: Cue): boolean {
  return matches[c.t1 - 1]! >= 0;
}

/**
 * Whether the statement around a cue is still there on the other side: a content word of the cue,
 * or within STATEMENT_WINDOW tokens of it, is matched through the diff. When none is, the clause
 * itself was dropped ("who was not involved in the study") or added, which is an omission or an
 * addition, not a change of polarity.
 */
function stillSaid(side: Side, matches: Int32Array, c: Cue): boolean {
  const from = Math.max(0, c.t0 - STATEMENT_WINDOW);
  const to = Math.min(side.tokens.length, c.t1 + STATEMENT_WINDOW);
  for (let k = from; k < to; k++) {
    const t = side.tokens[k]!;
    if (matches[k]! >= 0 && (t.kind === 'number' || (t.kind === 'word' && !t.stop && !NEGATORS.has(t.norm)))) return true;
  }
  return false;
}

/** A cue widened to the word it governs, so the reader sees "nuclear-free status", not "free". */
function widen(side: Side, c: Range): Range {
  let t1 = c.t1;
  const next = side.tokens[t1];
  if (next && next.kind === 'word' && !next.stop) t1++;
  else if (next && next.kind === 'word' && side.tokens[t1 + 1]?.kind === 'word' && !side.tokens[t1 + 1]!.stop) t1 += 2;
  return { t0: c.t0, t1 };
}
