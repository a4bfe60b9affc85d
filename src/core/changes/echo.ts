/**
 * @module
 * How much of one passage reappears in another, word for word or by synonym. Used to tell a
 * sentence that was really dropped from one the aligner left unmatched because the copy merged it
 * into a neighbouring sentence, and a clause that is really new from one moved from next door.
 */
import type { DocumentAlignment } from '../align/types.js';
import type { AnalyzedDocument, Token } from '../text/types.js';
import { isContent, lemmaSynsets } from './lexical.js';

/** Share of an unmatched sentence's content words found in its neighbours' counterparts to call it merged. */
const MERGED_SHARE = 0.6;
/** Modal verbs: a merged sentence often changes its modality ("will cut" -> "would lower"); not evidence either way. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
/** Fewest content words for the merged test (shorter sentences are judged as they are). */
const MERGED_MIN_CONTENT = 3;

/**
 * Whether at least `share` of the content words of `tokens` occur among `others` (same lemma or
 * synonym). Synonyms are only looked up when exact matches alone do not settle it.
 * @param share 0..1
 * @returns false when `tokens` has no content word
 */
export function echoes(tokens: readonly Token[], others: readonly Token[], share: number): boolean {
  const content = tokens.filter((t) => isContent(t) && t.norm !== 'not' && !MODALS.has(t.norm));
  if (content.length === 0) return false;
  const need = share * content.length;
  const lemmas = new Set<string>();
  for (const u of others) if (isContent(u)) lemmas.add(u.lemma);
  let hit = 0;
  const rest: Token[] = [];
  for (const t of content) {
    if (lemmas.has(t.lemma)) hit++;
    else if (t.kind === 'word') rest.push(t);
  }
  if (hit >= need) return true;
  if (hit + rest.length < need) return false;
  // the rest words that share a synset with some word of `others`: index the (few) rest words'
  // synsets, then look the others' synsets up in it
  const byId = new Map<number, number[]>();
  rest.forEach((t, k) => {
    for (const id of lemmaSynsets(t.lemma)) {
      const list = byId.get(id);
      if (list) list.push(k);
      else byId.set(id, [k]);
    }
  });
  if (byId.size === 0) return false;
  const echoed = new Uint8Array(rest.length);
  for (const l of lemmas) {
    for (const id of lemmaSynsets(l)) {
      const list = byId.get(id);
      if (list === undefined) continue;
      for (const k of list) {
        if (echoed[k] === 1) continue;
        echoed[k] = 1;
        if (++hit >= need) return true;
      }
    }
  }
  return false;
}

/**
 * Unmatched sentences of one side that are not really unmatched: most of their words sit in the
 * sentences linked to their neighbours (the copy merged or split them; the aligner kept a 1-1 link).
 * @param doc the side's document
 * @param other the other document
 * @param alignment the alignment
 * @param side which side `doc` is
 * @returns the indices of `doc`'s unmatched sentences that should not be reported
 */
export function mergedSentences(doc: AnalyzedDocument, other: AnalyzedDocument, alignment: DocumentAlignment, side: 'a' | 'b'): Set<number> {
  const counterpartOf = new Map<number, number[]>();
  for (const l of alignment.links) {
    const mine = side === 'a' ? l.a : l.b;
    const theirs = side === 'a' ? l.b : l.a;
    for (const i of mine) counterpartOf.set(i, [...(counterpartOf.get(i) ?? []), ...theirs]);
  }
  const out = new Set<number>();
  for (const i of side === 'a' ? alignment.unmatchedA : alignment.unmatchedB) {
    const s = doc.sentences[i];
    if (!s || s.tokens.filter(isContent).length < MERGED_MIN_CONTENT) continue;
    const near = [...(counterpartOf.get(i - 1) ?? []), ...(counterpartOf.get(i + 1) ?? [])];
    if (near.length === 0) continue;
    const others = near.flatMap((j) => other.sentences[j]?.tokens ?? []);
    if (echoes(s.tokens, others, MERGED_SHARE)) out.add(i);
  }
  return out;
}

/**
 * Tokens of the unmatched sentences next to a link's sentences on one side: where a clause that
 * looks added (or dropped) on the other side may have come from.
 */
export function neighbourTokens(doc: AnalyzedDocument, indices: readonly number[], unmatched: ReadonlySet<number>): Token[] {
  if (indices.length === 0) return [];
  const lo = Math.min(...indices) - 1;
  const hi = Math.max(...indices) + 1;
  const out: Token[] = [];
  for (const i of [lo, hi]) if (unmatched.has(i)) out.push(...(doc.sentences[i]?.tokens ?? []));
  return out;
}
