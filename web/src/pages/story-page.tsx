/**
 * @module
 * One story (`#/story/ID`): its lineage graph and the list of derivations, each opening the
 * compare view of the pair.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import type { ClusterDetail } from '../types.js';
import { href } from '../router.js';
import { LineageGraph } from '../components/lineage-graph.js';
import { shortTime } from '../lib/labels.js';

/** The Story page. */
export function StoryPage({ id }: { id: string }) {
  const [res, setRes] = useState<ClusterDetail | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    setRes(null); setError('');
    api.cluster(id).then((r) => live && setRes(r), (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [id]);
  if (error) return <div><h1>Story</h1><p role="alert" class="error">{error}</p></div>;
  if (!res) return <p role="status">Loading the story…</p>;
  const { cluster, documents } = res;
  const name = (d: string) => documents[d]?.source || d;
  const origin = cluster.origin ? documents[cluster.origin] : undefined;
  return (
    <div>
      <h1>{origin?.title || `Story ${cluster.id}`}</h1>
      <p class="muted">
        {cluster.members.length} documents. Boxes show the outlet and time (★ marks the origin); each arrow goes from
        a source to a copy and is labelled with the relation and score (a dashed line: which came first is unknown).
        Select an arrow to compare the pair.
      </p>
      <LineageGraph cluster={cluster} docs={documents} />
      <h2>Derivations</h2>
      <ul class="edges">
        {cluster.edges.map((e) => (
          <li key={`${e.from}>${e.to}`}>
            <a href={href(['doc', e.to])}>{name(e.to)}</a> is <span class="rel-badge small">{e.relation}</span>
            {e.direction === 'unknown' ? ' with ' : ' from '}
            <a href={href(['doc', e.from])}>{name(e.from)}</a>{e.direction === 'unknown' ? ' (order unknown)' : ''}{' '}
            <span class="muted">({e.score.toFixed(2)}{documents[e.to]?.published ? `, ${shortTime(documents[e.to]?.published)}` : ''})</span>{' '}
            <a href={href(['compare'], { a: e.from, b: e.to })}>compare</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
