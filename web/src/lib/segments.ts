/**
 * @module
 * Cuts one side's text into flat segments at every alignment and change boundary, so the compare
 * view can render plain escaped text runs, each knowing which passage and which changes cover it.
 * Pure: no DOM, unit-tested under node.
 */

/** A span on one side, tagged with the index of the alignment or change it came from. */
export interface IndexedSpan {
  index: number;
  start: number;
  end: number;
}

/** A run of text with one constant set of covering passage and changes. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Index of the alignment covering this run, or -1. */
  alignment: number;
  /** Indices of the changes covering this run (in the order given). */
  changes: number[];
  /** True when an alignment starts here (the first segment of a passage). */
  alignmentStart: boolean;
  /** Changes whose span starts in this segment (to place a type label). */
  changeStarts: number[];
}

function clamp(n: number, len: number): number {
  return Math.max(0, Math.min(len, Math.floor(n)));
}

/**
 * Splits `text` at the edges of `alignments` and `changes` (UTF-16 offsets, clamped to the text).
 * Where alignments overlap, the one listed first wins; empty spans are ignored.
 */
export function segment(text: string, alignments: IndexedSpan[], changes: IndexedSpan[]): Segment[] {
  const len = text.length;
  const norm = (s: IndexedSpan): IndexedSpan => ({ index: s.index, start: clamp(s.start, len), end: clamp(s.end, len) });
  const als = alignments.map(norm).filter((s) => s.end > s.start);
  const chs = changes.map(norm).filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, len]);
  for (const s of als) { cuts.add(s.start); cuts.add(s.end); }
  for (const s of chs) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  const startedAl = new Set<number>();
  const startedCh = new Set<number>();
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const al = als.find((s) => s.start <= start && end <= s.end);
    const covering = chs.filter((s) => s.start <= start && end <= s.end);
    const alignment = al ? al.index : -1;
    const alignmentStart = alignment >= 0 && !startedAl.has(alignment);
    if (alignmentStart) startedAl.add(alignment);
    const changeStarts = covering.filter((s) => !startedCh.has(s.index)).map((s) => s.index);
    for (const c of changeStarts) startedCh.add(c);
    out.push({ start, end, text: text.slice(start, end), alignment, changes: covering.map((s) => s.index), alignmentStart, changeStarts });
  }
  return out;
}
