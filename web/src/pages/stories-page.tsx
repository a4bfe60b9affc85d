/**
 * @module
 * The list of stories: each reuse cluster of the corpus with its origin and size.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import type { ClustersResult } from '../types.js';
import { href } from '../router.js';
import { shortTime } from '../lib/labels.js';

/** The Stories page (`#/stories`). */
export function StoriesPage() {
  const [res, setRes] = useState<ClustersResult | null>(null);
  const [error, setError] = useState('');
  useEffect(() => { api.clusters().then(setRes, (e: Error) => setError(e.message)); }, []);
  if (error) return <div><h1>Stories</h1><p role="alert" class="error">{error}</p></div>;
  if (!res) return <p role="status">Grouping the corpus into stories…</p>;
  const docs = res.documents ?? {};
  return (
    <div>
      <h1>Stories</h1>
      <p class="muted">Each story is one original and the articles drawn from it.</p>
      {res.clusters.length === 0 && <p>No story has copies yet. <a href={href(['import'])}>Import articles</a> first.</p>}
      <ul class="stories">
        {res.clusters.map((c) => {
          const o = c.origin ? docs[c.origin] : undefined;
          return (
            <li key={c.id}>
              <a href={href(['story', c.id])}>{o?.title || c.origin || c.id}</a>
              <div class="muted">
                {c.members.length} documents, {c.edges.length} derivations
                {o?.source ? ` · origin: ${o.source}` : ''}{o?.published ? ` · ${shortTime(o.published)}` : ''}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
