/**
 * @module
 * `hedge` changes that overstate a finding, the two distortions science news is known for: a link
 * told as a cause ("was associated with lower blood pressure" -> "causes lower blood pressure"), and
 * a study's subjects dropped so that a result in animals or cells reads as one in people ("a study in
 * mice found" -> "a study found").
 */
import type { Change } from '../types.js';
import { counterpart, counterpartA } from './diff.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';

/** Words that say two things go together without saying that one brings about the other. */
const LINK_WORDS = new Set(['associate', 'associated', 'link', 'linked', 'correlate', 'correlated', 'tie', 'tied']);
/** Words that say one thing brings about another. */
const CAUSE_WORDS = new Set(['cause', 'trigger', 'prevent', 'cure']);
/** Subjects of a study that are not people. */
const NON_HUMAN = new Set(['mouse', 'mice', 'rat', 'rats', 'animal', 'animals', 'cell', 'cells', 'zebrafish', 'monkey',
  'monkeys', 'primate', 'primates', 'pig', 'pigs', 'dog', 'dogs', 'fly', 'flies', 'worm', 'worms', 'yeast', 'rodent', 'rodents']);
/** Tokens of slack when pairing a link word with a cause word through the diff. */
const PAIR_SLACK = 2;

/** A claim one side states more strongly than the other: its kind, and token ranges on the weak and the strong side. */
interface Overstatement { kind: 'cause' | 'subjects'; weak: [number, number]; strong: [number, number] }

/**
 * Finds the findings one side of a linked pair states more strongly than the other. Both ways: which
 * side overstates is for the direction to tell (a copy usually does), so both are major.
 * @param p the pair
 */
export function detectClaims(p: Pair): Change[] {
  const out: Change[] = [];
  for (const o of overstated(p.a, p.b, (t0, t1) => { const r = counterpart(p.diff, t0, t1); return [r.b0, r.b1]; })) {
    const [a, b] = [tokenText(p.a, ...o.weak), tokenText(p.b, ...o.strong)];
    const detail = o.kind === 'cause' ? `link stated as a cause: "${a}" → "${b}"` : `study subjects dropped: "${a}" (the finding now reads as one in people)`;
    out.push(change('hedge', tokenSpan(p.a, ...o.weak), tokenSpan(p.b, ...o.strong), detail, 'major'));
  }
  for (const o of overstated(p.b, p.a, (t0, t1) => { const r = counterpartA(p.diff, t0, t1); return [r.a0, r.a1]; })) {
    const [a, b] = [tokenText(p.a, ...o.strong), tokenText(p.b, ...o.weak)];
    const detail = o.kind === 'cause' ? `cause stated as a link: "${a}" → "${b}"` : `study subjects added: "${b}"`;
    out.push(change('hedge', tokenSpan(p.a, ...o.strong), tokenSpan(p.b, ...o.weak), detail, 'major'));
  }
  return out;
}

/** What `strong` states more strongly than `weak`; `across` maps a weak-side token range to the other side. */
function overstated(weak: Side, strong: Side, across: (t0: number, t1: number) => [number, number]): Overstatement[] {
  const out: Overstatement[] = [];
  const causes = indices(strong, (w) => CAUSE_WORDS.has(w));
  if (causes.length > 0 && indices(strong, (w) => LINK_WORDS.has(w)).length === 0) {
    for (const i of indices(weak, (w) => LINK_WORDS.has(w))) {
      const [o0, o1] = across(i, i + 1);
      const j = causes.find((k) => k >= o0 - PAIR_SLACK && k < o1 + PAIR_SLACK);
      if (j !== undefined) out.push({ kind: 'cause', weak: [i, i + 1], strong: [j, j + 1] });
    }
  }
  for (const i of indices(weak, (w, k) => NON_HUMAN.has(w) && weak.tokens[k - 1]?.norm === 'in')) {
    if (!strong.tokens.some((u) => u.lemma === weak.tokens[i]!.lemma)) out.push({ kind: 'subjects', weak: [i - 1, i + 1], strong: across(i - 1, i + 1) });
  }
  return out;
}

/** Token indices of a side whose word form (or lemma) passes a test. */
function indices(side: Side, test: (word: string, k: number) => boolean): number[] {
  const out: number[] = [];
  side.tokens.forEach((u, k) => { if (u.kind === 'word' && (test(u.norm, k) || test(u.lemma, k))) out.push(k); });
  return out;
}
