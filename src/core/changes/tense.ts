/**
 * @module
 * Tense shifts, reported as `hedge`: a past event told in the present ("Russia also demanded a
 * veto" -> "Russia also requires veto") reads as a standing position, and the reverse as a
 * position abandoned. Only finite main verbs that the diff pairs one to one are compared.
 */
import type { Token } from '../text/types.js';
import type { Change } from '../types.js';
import { AUXILIARIES, PREPOSITIONS, tenseOf } from './lexical.js';
import { change, tokenSpan, type Pair } from './pair.js';
import { mapped } from '../arrays.js';

/** Words before a base form that make it non-finite or periphrastic ("to include", "did not include"). */
const NON_FINITE_BEFORE = new Set([...AUXILIARIES, 'to', "'ll", 'not', "n't", 'never']);
/** Adverbs skipped when looking at the word before a verb. */
const SKIP_BEFORE = new Set(['also', 'still', 'now', 'already', 'just', 'then', 'only', 'even', 'again', 'previously', 'reportedly']);

/** Words before a form that make it a noun or adjective ("the demands", "its planned"); so does a preposition ("with flowers"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s"]);

interface Shift { i: number; j: number; from: 'past' | 'present'; sameVerb: boolean }

/**
 * Finds verbs whose tense differs between the sides of a linked pair.
 * @param p the pair
 * @returns at most one change, listing every shifted verb in the pair
 */
export function detectTense(p: Pair): Change[] {
  const shifts: Shift[] = [];
  for (const op of p.diff.ops) {
    if (op.kind === 'equal' || op.kind === 'similar') {
      for (let k = 0; k < op.a1 - op.a0; k++) consider(p, op.a0 + k, op.b0 + k, shifts);
    } else if (op.kind === 'replace') {
      const ia = single(p.a.tokens, op.a0, op.a1);
      const jb = single(p.b.tokens, op.b0, op.b1);
      if (ia >= 0 && jb >= 0) consider(p, ia, jb, shifts);
    }
  }
  if (shifts.length === 0) return [];
  const lead = shifts.find((s) => !s.sameVerb) ?? shifts[0]!;
  const list = [...new Set(mapped(shifts, (s) => `"${p.a.tokens[s.i]!.text}" → "${p.b.tokens[s.j]!.text}"`))].join(', ');
  const dir = lead.from === 'past' ? 'past → present' : 'present → past';
  return [change('hedge', tokenSpan(p.a, lead.i, lead.i + 1), tokenSpan(p.b, lead.j, lead.j + 1),
    `tense shifted (${dir}): ${list}`, shifts.some((s) => !s.sameVerb) ? 'minor' : 'info')];
}

function consider(p: Pair, i: number, j: number, out: Shift[]): void {
  const x = p.a.tokens[i]!;
  const y = p.b.tokens[j]!;
  if (x.kind !== 'word' || y.kind !== 'word' || x.norm === y.norm || x.stop || y.stop) return;
  if (AUXILIARIES.has(x.norm) || AUXILIARIES.has(y.norm)) return;
  const tx = tenseOf(x);
  const ty = tenseOf(y);
  if (!tx || !ty || tx === ty) return;
  if (!finite(p.a.tokens, i, x) || !finite(p.b.tokens, j, y)) return;
  // a bare base form ("coach", "include") is only read as a present-tense verb against the same verb
  if (x.lemma !== y.lemma && (x.norm === x.lemma || y.norm === y.lemma)) return;
  out.push({ i, j, from: tx, sameVerb: x.lemma === y.lemma });
}

/** A finite verb: not after "to", a modal or an auxiliary; not a noun or adjective after "the", "with" or a number. */
function finite(t: readonly Token[], i: number, tok: Token): boolean {
  let k = i - 1;
  while (k >= 0 && SKIP_BEFORE.has(t[k]!.norm)) k--;
  const prev = t[k];
  if (!prev) return false;
  if (NON_FINITE_BEFORE.has(prev.norm)) return false;
  if ((prev.kind === 'word' && (DETERMINERS.has(prev.norm) || PREPOSITIONS.has(prev.norm))) || prev.kind === 'number') return false;
  return tok.kind === 'word' && !tok.cap;
}

/** The only content word of a range, or -1. */
function single(t: readonly Token[], from: number, to: number): number {
  let found = -1;
  for (let k = from; k < to; k++) {
    const u = t[k]!;
    if (u.kind !== 'word' || u.stop) continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found;
}
