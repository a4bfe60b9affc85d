/**
 * @module
 * `hedge` changes that overstate a finding, the two distortions science news is known for: a link
 * told as a cause ("was associated with lower blood pressure" -> "causes lower blood pressure"), and
 * a study's subjects dropped so that a result in animals or cells reads as one in people ("a study in
 * mice found" -> "a study found").
 */
import type { Change } from '../types.js';
import { counterpart } from './diff.js';
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

/**
 * Finds findings a linked pair states more strongly on side b than on side a.
 * @param p the pair
 */
export function detectClaims(p: Pair): Change[] {
  const out: Change[] = [];
  for (const i of indices(p.a, (w) => LINK_WORDS.has(w))) {
    const { b0, b1 } = counterpart(p.diff, i, i + 1);
    const j = indices(p.b, (w) => CAUSE_WORDS.has(w)).find((k) => k >= b0 - PAIR_SLACK && k < b1 + PAIR_SLACK);
    if (j === undefined || indices(p.b, (w) => LINK_WORDS.has(w)).length > 0) continue;
    out.push(change('hedge', tokenSpan(p.a, i, i + 1), tokenSpan(p.b, j, j + 1),
      `link stated as a cause: "${p.a.tokens[i]!.text}" → "${p.b.tokens[j]!.text}"`, 'major'));
  }
  for (const i of indices(p.a, (w, k) => NON_HUMAN.has(w) && p.a.tokens[k - 1]?.norm === 'in')) {
    if (p.b.tokens.some((u) => u.lemma === p.a.tokens[i]!.lemma)) continue;
    const { b0, b1 } = counterpart(p.diff, i - 1, i + 1);
    out.push(change('hedge', tokenSpan(p.a, i - 1, i + 1), tokenSpan(p.b, b0, b1),
      `study subjects dropped: "${tokenText(p.a, i - 1, i + 1)}" (the finding now reads as one in people)`, 'major'));
  }
  return out;
}

/** Token indices of a side whose word form (or lemma) passes a test. */
function indices(side: Side, test: (word: string, k: number) => boolean): number[] {
  const out: number[] = [];
  side.tokens.forEach((u, k) => { if (u.kind === 'word' && (test(u.norm, k) || test(u.lemma, k))) out.push(k); });
  return out;
}
