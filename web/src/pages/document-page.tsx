/**
 * @module
 * A stored document: its metadata, its extracted text (never its HTML) and the documents it derives
 * from or that derive from it, each with a link to compare the pair.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import type { DocumentRecord, FindResult, Match } from '../types.js';
import { href } from '../router.js';
import { pct, shortTime } from '../lib/labels.js';

/** Only http(s) links are made clickable; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(u: string | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch { return null; }
}

function MatchList({ id, title, items }: { id: string; title: string; items: Match[] }) {
  return (
    <section>
      <h2>{title} ({items.length})</h2>
      {items.length === 0 ? <p class="muted">None found.</p> : (
        <ul class="matches">
          {items.map((m) => (
            <li key={m.id}>
              <a href={href(['doc', m.id])}>{m.title || m.id}</a>{' '}
              <span class="rel-badge small">{m.relation}</span>{' '}
              <span class="muted">score {m.score.toFixed(2)}, covers {pct(m.coverage.match)} of it</span>{' '}
              <a href={href(['compare'], { a: id, b: m.id })} class="compare-link">compare</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The Document page for `#/doc/ID`. */
export function DocumentPage({ id }: { id: string }) {
  const [doc, setDoc] = useState<DocumentRecord | null>(null);
  const [found, setFound] = useState<FindResult | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    setDoc(null); setFound(null); setError('');
    api.document(id).then((d) => live && setDoc(d), (e: Error) => live && setError(e.message));
    api.matches(id).then((f) => live && setFound(f), (e: Error) => live && setError(e.message));
    return () => { live = false; };
  }, [id]);

  if (error && !doc) return <div><h1>Document</h1><p role="alert" class="error">{error}</p></div>;
  if (!doc) return <p role="status">Loading…</p>;
  const link = safeHttpUrl(doc.url);
  const sources = found?.matches.filter((m) => m.direction === 'match->query') ?? [];
  const copies = found?.matches.filter((m) => m.direction === 'query->match') ?? [];
  const other = found?.matches.filter((m) => m.direction === 'unknown') ?? [];
  return (
    <article>
      <h1>{doc.title || doc.id}</h1>
      <dl class="meta-table">
        <div><dt>Id</dt><dd><code>{doc.id}</code></dd></div>
        {doc.source && <div><dt>Outlet</dt><dd>{doc.source}</dd></div>}
        {doc.published && <div><dt>Published</dt><dd>{shortTime(doc.published)}</dd></div>}
        {doc.url && <div><dt>URL</dt><dd>{link ? <a href={link} rel="noopener noreferrer nofollow" target="_blank">{doc.url}</a> : doc.url}</dd></div>}
        {doc.lang && <div><dt>Language</dt><dd>{doc.lang}</dd></div>}
        <div><dt>Length</dt><dd>{doc.text.length.toLocaleString('en')} characters</dd></div>
      </dl>
      <div class="doc-columns">
        <section class="doc-text" aria-label="Text">
          <h2>Text</h2>
          {doc.text.split(/\n\s*\n/).map((p, i) => <p key={i}>{p}</p>)}
        </section>
        <aside class="doc-links">
          {!found && !error && <p role="status">Looking for sources and copies…</p>}
          {error && <p role="alert" class="error">{error}</p>}
          {found && <>
            <MatchList id={doc.id} title="Sources (this is drawn from)" items={sources} />
            <MatchList id={doc.id} title="Copies (drawn from this)" items={copies} />
            {other.length > 0 && <MatchList id={doc.id} title="Related, direction unknown" items={other} />}
          </>}
        </aside>
      </div>
    </article>
  );
}
