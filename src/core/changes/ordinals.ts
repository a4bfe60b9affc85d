/**
 * @module
 * `number` changes of rank: "the first woman to lead the ministry" -> "the second woman". Ordinals
 * written as words are no figures to numbers.ts ("2nd" is: the tokenizer reads its value), so a
 * changed rank would otherwise go unreported.
 */
import type { Change } from '../types.js';
import { change, replacements, tokenSpan, type Pair, type Side } from './pair.js';
import { mapped } from '../arrays.js';

/** Ordinal words and their rank. */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['twentieth', 20], ['hundredth', 100],
]);
/** Words before an ordinal that make it a rank ("the first", "her second"), not a sentence adverb ("First, ..."). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", 'this', 'that']);

/**
 * Compares the ranks a linked pair replaced one by another.
 * @param p the pair
 */
export function detectOrdinals(p: Pair): Change[] {
  const changed = (i: number, j: number) => {
    const x = rank(p.a, i);
    const y = x === undefined ? undefined : rank(p.b, j);
    return y !== undefined && y !== x;
  };
  return mapped(replacements(p, changed), ([i, j]) => change('number', tokenSpan(p.a, i, i + 1), tokenSpan(p.b, j, j + 1),
    `rank changed: "${p.a.tokens[i]!.text}" → "${p.b.tokens[j]!.text}"`, 'major'));
}

/** The rank of token i when it is an ordinal after a determiner and before a word ("the first woman"). */
function rank(side: Side, i: number): number | undefined {
  const t = side.tokens;
  const r = ORDINALS.get(t[i]!.norm);
  if (r === undefined || !DETERMINERS.has(t[i - 1]?.norm ?? '') || t[i + 1]?.kind !== 'word') return undefined;
  return r;
}
