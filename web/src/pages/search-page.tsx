/**
 * @module
 * Full-text search over the corpus (SQLite FTS5 on the server). The query lives in the URL
 * (`#/search?q=`), so results can be linked and the back button works.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import type { SearchResult } from '../types.js';
import { go, href, type Route } from '../router.js';
import { shortTime } from '../lib/labels.js';
import { Snippet } from '../components/snippet.js';

/** The Search page. */
export function SearchPage({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [res, setRes] = useState<SearchResult | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    setDraft(q);
    if (!q.trim()) { setRes(null); return; }
    let live = true;
    setError('');
    api.search(q).then((r) => { if (live) setRes(r); }, (e: Error) => { if (live) { setRes(null); setError(e.message); } });
    return () => { live = false; };
  }, [q]);

  return (
    <div>
      <h1>Search the corpus</h1>
      <form role="search" class="search-form" onSubmit={(e) => { e.preventDefault(); go(href(['search'], { q: draft.trim() })); }}>
        <label for="q">Words to find</label>
        <div class="row">
          <input id="q" type="search" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="primary">Search</button>
        </div>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
      {res && (
        <section aria-live="polite">
          <h2>{res.results.length} result{res.results.length === 1 ? '' : 's'} for “{q}”</h2>
          <ol class="results">
            {res.results.map((r) => (
              <li key={r.id} class="result">
                <a href={href(['doc', r.id])} class="result-title">{r.title || r.id}</a>
                <div class="meta muted">{[r.source, shortTime(r.published), r.id].filter(Boolean).join(' · ')}</div>
                <p class="snippet"><Snippet text={r.snippet} /></p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
