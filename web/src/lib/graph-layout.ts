/**
 * @module
 * A small layered layout for a story's lineage: each document goes in the column of its longest
 * chain of sources (origin on the left), rows ordered by their sources' rows then by time. Pure, so
 * it is unit-tested under node; the SVG is drawn by LineageGraph.
 */

/** Layout sizes in SVG user units. */
export const NODE_W = 200;
export const NODE_H = 56;
const COL_GAP = 150; // room for an edge label between columns
const ROW_GAP = 28;
const PAD = 16;

export interface LayoutEdge { from: string; to: string }
export interface PlacedNode { id: string; x: number; y: number; col: number; row: number }
export interface Layout { nodes: Map<string, PlacedNode>; width: number; height: number }

/**
 * Places `members` in columns by depth along `edges` (from source to derived). Cycles, which a
 * lineage should not have, are cut by never letting a depth exceed the member count.
 * @param published optional ISO times per id, used to order rows within a column
 */
export function layoutLineage(members: string[], edges: LayoutEdge[], published: (id: string) => string = () => ''): Layout {
  const ids = [...new Set(members)];
  const inSet = new Set(ids);
  const es = edges.filter((e) => inSet.has(e.from) && inSet.has(e.to) && e.from !== e.to);
  const depth = new Map(ids.map((id) => [id, 0]));
  // Longest path by relaxation; bounded by |V| rounds so a cycle cannot loop forever.
  for (let round = 0; round < ids.length; round++) {
    let changed = false;
    for (const e of es) {
      const d = depth.get(e.from)! + 1;
      if (d > depth.get(e.to)! && d < ids.length) { depth.set(e.to, d); changed = true; }
    }
    if (!changed) break;
  }
  const cols: string[][] = [];
  for (const id of ids) (cols[depth.get(id)!] ??= []).push(id);
  const row = new Map<string, number>();
  const parents = (id: string) => es.filter((e) => e.to === id).map((e) => row.get(e.from)).filter((r): r is number => r !== undefined);
  cols.forEach((col) => {
    const key = (id: string) => {
      const ps = parents(id);
      return ps.length ? ps.reduce((s, r) => s + r, 0) / ps.length : 0;
    };
    col.sort((x, y) => key(x) - key(y) || published(x).localeCompare(published(y)) || x.localeCompare(y));
    col.forEach((id, i) => row.set(id, i));
  });
  const nodes = new Map<string, PlacedNode>();
  let maxRows = 0;
  cols.forEach((col, c) => {
    maxRows = Math.max(maxRows, col.length);
    col.forEach((id, r) => nodes.set(id, { id, col: c, row: r, x: PAD + c * (NODE_W + COL_GAP), y: PAD + r * (NODE_H + ROW_GAP) }));
  });
  const ncols = Math.max(1, cols.length);
  return {
    nodes,
    width: PAD * 2 + ncols * NODE_W + (ncols - 1) * COL_GAP,
    height: PAD * 2 + Math.max(1, maxRows) * NODE_H + Math.max(0, maxRows - 1) * ROW_GAP,
  };
}

/** An edge's SVG path, where its label goes, and the lowest y it reaches. */
export interface EdgeShape { d: string; lx: number; ly: number; bottom: number }

/**
 * The path of an edge from the right side of `a` to the left side of `b`. Between neighbouring
 * columns it is one S-curve; an edge that skips columns runs along the gap under the rows it
 * passes (no box sits there) and turns into the target in the column gap before it.
 */
export function edgePath(a: PlacedNode, b: PlacedNode): EdgeShape {
  const x1 = a.x + NODE_W, y1 = a.y + NODE_H / 2;
  const x2 = b.x, y2 = b.y + NODE_H / 2;
  if (b.col === a.col + 1) {
    const mx = (x1 + x2) / 2;
    return { d: `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`, lx: mx, ly: (y1 + y2) / 2, bottom: Math.max(y1, y2) };
  }
  const gy = Math.min(a.y, b.y) + NODE_H + ROW_GAP / 2;
  if (b.col > a.col) {
    const t = COL_GAP / 3;
    const d = `M${x1},${y1} C${x1 + t},${y1} ${x1 + t},${gy} ${x1 + 2 * t},${gy} L${x2 - 2 * t},${gy} C${x2 - t},${gy} ${x2 - t},${y2} ${x2},${y2}`;
    return { d, lx: (x1 + x2) / 2, ly: gy, bottom: gy };
  }
  // Backwards or same column (a cycle, which a lineage should not have): loop below both boxes.
  const low = Math.max(a.y, b.y) + NODE_H + ROW_GAP / 2;
  return { d: `M${x1},${y1} C${x1 + 40},${low} ${x2 - 40},${low} ${x2},${y2}`, lx: (x1 + x2) / 2, ly: low, bottom: low };
}
