/**
 * @module
 * A story's lineage as an SVG graph: a box per document (outlet and time), an arrow per derivation
 * labelled with its relation. Boxes link to the document page; arrows link to the compare view of
 * the pair. Both are SVG links, so they are reachable with Tab and open with Enter.
 */
import type { Cluster, DocumentMeta } from '../types.js';
import { NODE_H, NODE_W, edgePath, layoutLineage } from '../lib/graph-layout.js';
import { href } from '../router.js';
import { shortTime } from '../lib/labels.js';

function cut(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Draws the lineage of `cluster`, using `docs` for outlet names and times. */
export function LineageGraph({ cluster, docs }: { cluster: Cluster; docs: Record<string, DocumentMeta> }) {
  const meta = (id: string): DocumentMeta => docs[id] ?? { id };
  const layout = layoutLineage(cluster.members, cluster.edges, (id) => meta(id).published ?? '');
  const shapes = cluster.edges.map((e) => {
    const a = layout.nodes.get(e.from);
    const b = layout.nodes.get(e.to);
    return a && b ? { e, ...edgePath(a, b) } : null;
  });
  // Room for edges that run along the gap under the last row.
  const height = Math.max(layout.height, ...shapes.map((s) => (s ? s.bottom + 14 : 0)));
  return (
    <div class="graph-wrap">
      <svg class="lineage" width={layout.width} height={height} viewBox={`0 0 ${layout.width} ${height}`}
        role="img" aria-labelledby="lineage-title" data-testid="lineage">
        <title id="lineage-title">Lineage of story {cluster.id}: {cluster.members.length} documents, {cluster.edges.length} derivations</title>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" class="arrow-head" />
          </marker>
        </defs>
        {shapes.map((shape) => {
          if (!shape) return null;
          const { e, d, lx, ly } = shape;
          const label = `${e.relation} ${e.score.toFixed(2)}`;
          const from = meta(e.from).source || e.from;
          const to = meta(e.to).source || e.to;
          const directed = e.direction !== 'unknown';
          const says = directed ? `${to} is ${e.relation} from ${from}` : `${from} and ${to}: ${e.relation}, which came first is unknown`;
          return (
            <a key={`${e.from}>${e.to}`} href={href(['compare'], { a: e.from, b: e.to })} class={`edge rel-${e.relation}${directed ? '' : ' undirected'}`}
              aria-label={`${says} (score ${e.score.toFixed(2)}): compare the pair`}>
              <path d={d} class="edge-hit" />
              <path d={d} class="edge-line" {...(directed ? { 'marker-end': 'url(#arrow)' } : {})} />
              <rect x={lx - 52} y={ly - 10} width={104} height={20} rx={4} class="edge-label-bg" />
              <text x={lx} y={ly + 4} text-anchor="middle" class="edge-label">{label}</text>
            </a>
          );
        })}
        {[...layout.nodes.values()].map((n) => {
          const m = meta(n.id);
          const origin = cluster.origin === n.id;
          return (
            <a key={n.id} href={href(['doc', n.id])} class={`node${origin ? ' origin' : ''}`}
              aria-label={`${m.source || n.id}${m.published ? `, ${shortTime(m.published)}` : ''}${origin ? ' (origin)' : ''}: open the document`}>
              <title>{m.title || n.id}</title>
              <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx={6} />
              <text x={n.x + 10} y={n.y + 22} class="node-outlet">{cut(m.source || n.id, 24)}{origin ? ' ★' : ''}</text>
              <text x={n.x + 10} y={n.y + 42} class="node-time">{m.published ? shortTime(m.published) : cut(n.id, 28)}</text>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
