/**
 * @module
 * Passages: runs of links that are contiguous on both sides, reported as one span per side. This is
 * the contract's `alignments` list; the links themselves stay available to the change detectors.
 */
import type { Alignment } from '../types.js';
import type { AnalyzedDocument } from '../text/types.js';
import type { DocumentAlignment, SentenceLink } from './types.js';

/**
 * Groups links into passages. A run continues while the next link starts on the sentence right
 * after the previous one on BOTH sides and is of the same kind (verbatim or not), so a reordered
 * paragraph becomes a passage of its own and a verbatim stretch is not hidden in a paraphrase.
 * The passage similarity is the mean of its links' similarities weighted by their characters.
 * @param a first document
 * @param b second document
 * @param alignment the sentence links
 * @returns passages sorted by their start in a
 */
export function groupPassages(a: AnalyzedDocument, b: AnalyzedDocument, alignment: DocumentAlignment): Alignment[] {
  const links = [...alignment.links].sort((x, y) => x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!);
  const out: Alignment[] = [];
  let run: SentenceLink[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    out.push(toPassage(a, b, run));
    run = [];
  };
  for (const l of links) {
    const prev = run[run.length - 1];
    if (prev && !(l.a[0] === last(prev.a) + 1 && l.b[0] === last(prev.b) + 1 && l.verbatim === prev.verbatim)) flush();
    run.push(l);
  }
  flush();
  return out;
}

function last(xs: readonly number[]): number {
  return xs[xs.length - 1]!;
}

function toPassage(a: AnalyzedDocument, b: AnalyzedDocument, run: readonly SentenceLink[]): Alignment {
  let weight = 0;
  let total = 0;
  for (const l of run) {
    const chars = l.a.reduce((n, i) => n + a.sentences[i]!.text.length, 0) + l.b.reduce((n, j) => n + b.sentences[j]!.text.length, 0);
    weight += chars;
    total += chars * l.similarity;
  }
  const first = run[0]!;
  const end = run[run.length - 1]!;
  return {
    a: { start: a.sentences[first.a[0]!]!.start, end: a.sentences[last(end.a)]!.end },
    b: { start: b.sentences[first.b[0]!]!.start, end: b.sentences[last(end.b)]!.end },
    similarity: round(weight > 0 ? total / weight : 0),
    kind: run.every((l) => l.verbatim) ? 'verbatim' : 'paraphrase',
  };
}

/** Rounds to 4 decimals: enough for any reader, stable in JSON. */
export function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
