/**
 * @module
 * Turns a compare result's alignments and changes into non-overlapping segments of one side's text,
 * each saying which alignments and changes cover it. Renderers that highlight text (html) walk the
 * segments in order and never have to nest or split overlapping marks themselves.
 */
import type { Change, CompareResult, Span } from '../core/types.js';
import { placeSide } from './describe.js';

/** A piece of one side's text and the marks that cover all of it. */
export interface Segment {
  start: number;
  end: number;
  /** Indices into `result.alignments` covering this piece (usually zero or one). */
  alignments: number[];
  /** Indices into `result.changes` covering this piece. */
  changes: number[];
}

/** A span to mark and the index of the item it belongs to. */
export interface IndexedSpan extends Span {
  index: number;
}

/** Clamps a span into [0, length]; undefined when it is not a usable non-empty range. */
export function clampSpan(span: Span | undefined, length: number): Span | undefined {
  if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end)) return undefined;
  const start = Math.max(0, Math.min(length, Math.floor(span.start)));
  const end = Math.max(0, Math.min(length, Math.floor(span.end)));
  return end > start ? { start, end } : undefined;
}

interface Edge {
  pos: number;
  open: boolean;
  kind: 'al' | 'ch';
  index: number;
}

/**
 * Splits `[0, length)` at every mark boundary. Adjacent pieces with the same marks are merged;
 * unmarked text is a segment with empty lists, so the segments cover the whole text in order.
 * Invalid or empty spans are ignored; spans past the end are clamped.
 */
export function segmentText(length: number, alignments: IndexedSpan[], changes: IndexedSpan[]): Segment[] {
  const edges: Edge[] = [];
  const add = (spans: IndexedSpan[], kind: 'al' | 'ch'): void => {
    for (const s of spans) {
      const c = clampSpan(s, length);
      if (!c) continue;
      edges.push({ pos: c.start, open: true, kind, index: s.index }, { pos: c.end, open: false, kind, index: s.index });
    }
  };
  add(alignments, 'al');
  add(changes, 'ch');
  edges.sort((x, y) => x.pos - y.pos);
  const activeAl = new Map<number, number>();
  const activeCh = new Map<number, number>();
  const bump = (m: Map<number, number>, k: number, d: number): void => {
    const n = (m.get(k) ?? 0) + d;
    if (n <= 0) m.delete(k);
    else m.set(k, n);
  };
  const out: Segment[] = [];
  const push = (start: number, end: number): void => {
    if (end <= start) return;
    const al = [...activeAl.keys()].sort((x, y) => x - y);
    const ch = [...activeCh.keys()].sort((x, y) => x - y);
    const last = out[out.length - 1];
    if (last && last.end === start && same(last.alignments, al) && same(last.changes, ch)) last.end = end;
    else out.push({ start, end, alignments: al, changes: ch });
  };
  let pos = 0;
  for (let i = 0; i < edges.length; ) {
    const at = edges[i]!.pos;
    push(pos, at);
    pos = Math.max(pos, at);
    for (; i < edges.length && edges[i]!.pos === at; i++) {
      const e = edges[i]!;
      bump(e.kind === 'al' ? activeAl : activeCh, e.index, e.open ? 1 : -1);
    }
  }
  push(pos, length);
  return out;
}

function same(x: number[], y: number[]): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** The segments of side `side` of a result whose text has `length` code units. */
export function segmentSide(result: CompareResult, side: 'a' | 'b', length: number): Segment[] {
  const alignments = result.alignments.map((al, index) => ({ ...al[side], index }));
  const changes: IndexedSpan[] = [];
  result.changes.forEach((c: Change, index) => {
    const span = c[side];
    // a span that only marks where the other side's words would be is not highlighted as changed words
    if (span && placeSide(c) !== side) changes.push({ start: span.start, end: span.end, index });
  });
  return segmentText(length, alignments, changes);
}
