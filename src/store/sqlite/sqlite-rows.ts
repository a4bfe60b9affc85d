/**
 * @module
 * Conversions between `Edge` objects and their compact SQLite rows (small integer codes).
 */
import type { Style } from '../../core/types.js';
import type { Edge, NewEdge } from '../store.js';
import { BASIS_CODES, RELATION_CODES, STYLE_CODES } from './sqlite-schema.js';

/** An edge row as read back, with both ids joined in. */
export interface EdgeRow {
  relation: number; score: number; cov_src: number; cov_dst: number;
  directed: number; basis: number; style: number; src_id: string; dst_id: string;
}

/** The columns of one edge row, ready to insert. */
export interface EncodedEdge {
  src: number; dst: number; relation: number; score: number; cov_src: number; cov_dst: number;
  directed: number; basis: number; style: number;
}

function code<T extends string>(table: readonly T[], value: T | undefined, what: string): number {
  const i = value === undefined ? 0 : table.indexOf(value);
  if (i < 0) throw new RangeError(`Expected a known ${what}, not ${String(value)}`);
  return i;
}

/** Encodes an edge for the `edges` table. */
export function encodeEdge(e: NewEdge): EncodedEdge {
  return {
    src: e.from, dst: e.to,
    relation: code(RELATION_CODES, e.relation, 'relation'),
    score: e.score, cov_src: e.coverage.from, cov_dst: e.coverage.to,
    directed: e.direction === 'from->to' ? 1 : 0,
    basis: code(BASIS_CODES, e.basis, 'basis'),
    style: code(STYLE_CODES as readonly Style[], e.style, 'style'),
  };
}

/** Decodes a joined edge row. */
export function decodeEdge(r: EdgeRow): Edge {
  const e: Edge = {
    from: r.src_id, to: r.dst_id,
    relation: RELATION_CODES[r.relation] ?? 'related',
    score: r.score,
    coverage: { from: r.cov_src, to: r.cov_dst },
    direction: r.directed === 1 ? 'from->to' : 'unknown',
    basis: BASIS_CODES[r.basis] ?? 'none',
  };
  const style = STYLE_CODES[r.style];
  if (style && r.style > 0) e.style = style;
  return e;
}
