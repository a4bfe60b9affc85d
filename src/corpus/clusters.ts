/**
 * @module
 * clusters: the corpus grouped into reuse clusters, one story and its copies, with the lineage
 * inside each (`copytrace.clusters/1`). A cluster is a connected component of derived relations
 * (duplicate, derived, partially-derived); `related` edges (same story, written independently) do
 * not join clusters. Every member is reachable through the listed edges. The origin is the
 * earliest source: among members no directed edge points to, the one published first, or the
 * only one when times are unknown; null when the lineage cannot tell.
 */
import { createHash } from 'node:crypto';
import type { Cluster, ClusterEdge, ClustersResult } from '../api-types.js';
import type { Edge, Store } from '../store/store.js';

export type { Cluster, ClusterEdge, ClustersResult } from '../api-types.js';

const DERIVED: Edge['relation'][] = ['duplicate', 'derived', 'partially-derived'];

class UnionFind {
  readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root;) { const next = this.parent.get(y)!; this.parent.set(y, root); y = next; }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/**
 * Groups the corpus into clusters.
 * @param store the corpus
 * @returns clusters, largest first
 */
export async function buildClusters(store: Store): Promise<ClustersResult> {
  const published = new Map<string, number>();
  const edges = await derivedEdges(store, published);
  const uf = new UnionFind();
  for (const e of edges) uf.union(e.from, e.to);
  const groups = new Map<string, { members: Set<string>; edges: ClusterEdge[] }>();
  for (const e of edges) {
    const root = uf.find(e.from);
    let g = groups.get(root);
    if (!g) { g = { members: new Set(), edges: [] }; groups.set(root, g); }
    g.members.add(e.from).add(e.to);
    g.edges.push(e);
  }
  const clusters: Cluster[] = [];
  for (const g of groups.values()) {
    const members = [...g.members].sort();
    for (const m of members) {
      if (published.has(m)) continue;
      const d = await store.getDocument(m);
      const t = d?.published ? Date.parse(d.published) : NaN;
      if (!Number.isNaN(t)) published.set(m, t);
    }
    g.edges.sort((a, b) => b.score - a.score || (a.from + a.to < b.from + b.to ? -1 : 1));
    const id = `c-${createHash('sha1').update(members.join('\n')).digest('hex').slice(0, 10)}`;
    clusters.push({ id, origin: originOf(members, g.edges, published), members, edges: g.edges });
  }
  clusters.sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1));
  return { schema: 'copytrace.clusters/1', clusters };
}

/**
 * Every derived relation in the corpus: stored edges plus exact-duplicate links, the latter
 * directed by publication time when both are known.
 * @param store the corpus
 * @param published filled with the publication times met on the way (ms)
 */
export async function derivedEdges(store: Store, published = new Map<string, number>()): Promise<ClusterEdge[]> {
  const edges: ClusterEdge[] = [];
  for await (const e of store.edges(DERIVED)) edges.push({ from: e.from, to: e.to, relation: e.relation, score: e.score, direction: e.direction, basis: e.basis });
  for await (const l of store.duplicateLinks()) {
    const canonical = await store.getDocument(l.of);
    const tl = l.published ? Date.parse(l.published) : NaN;
    const tc = canonical?.published ? Date.parse(canonical.published) : NaN;
    if (!Number.isNaN(tl)) published.set(l.id, tl);
    if (!Number.isNaN(tc)) published.set(l.of, tc);
    if (tl < tc) edges.push({ from: l.id, to: l.of, relation: 'duplicate', score: 1, direction: 'from->to', basis: 'published' });
    else if (tc < tl) edges.push({ from: l.of, to: l.id, relation: 'duplicate', score: 1, direction: 'from->to', basis: 'published' });
    else edges.push({ from: l.of, to: l.id, relation: 'duplicate', score: 1, direction: 'unknown', basis: 'none' });
  }
  return edges;
}

/** The earliest source of a cluster, or null when the lineage cannot tell. */
export function originOf(members: readonly string[], edges: readonly ClusterEdge[], published: ReadonlyMap<string, number>): string | null {
  const derived = new Set(edges.filter((e) => e.direction === 'from->to').map((e) => e.to));
  const sources = new Set(edges.filter((e) => e.direction === 'from->to').map((e) => e.from));
  const roots = members.filter((m) => !derived.has(m));
  const dated = roots.filter((m) => published.has(m)).sort((a, b) => published.get(a)! - published.get(b)! || (a < b ? -1 : 1));
  if (dated.length) {
    const first = dated[0]!;
    const tie = dated.length > 1 && published.get(dated[1]!) === published.get(first);
    if (!tie || sources.has(first)) return first;
  }
  const directedRoots = roots.filter((m) => sources.has(m));
  return directedRoots.length === 1 ? directedRoots[0]! : null;
}
