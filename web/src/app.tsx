/**
 * @module
 * The application shell: header navigation, the page chosen by the hash route, and a footer with the
 * corpus size.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute, href, type Route } from './router.js';
import { api } from './api.js';
import type { Health } from './types.js';
import { ComparePage } from './pages/compare-page.js';
import { SearchPage } from './pages/search-page.js';
import { DocumentPage } from './pages/document-page.js';
import { StoriesPage } from './pages/stories-page.js';
import { StoryPage } from './pages/story-page.js';
import { CORPUS_CHANGED, ImportPage } from './pages/import-page.js';

const NAV: { key: string; label: string }[] = [
  { key: 'compare', label: 'Compare' },
  { key: 'search', label: 'Search' },
  { key: 'stories', label: 'Stories' },
  { key: 'import', label: 'Import' },
];

function Page({ route }: { route: Route }) {
  const [head, arg] = route.parts;
  switch (head) {
    case undefined:
    case 'compare': return <ComparePage route={route} />;
    case 'search': return <SearchPage route={route} />;
    case 'doc': return arg ? <DocumentPage id={arg} /> : <SearchPage route={route} />;
    case 'stories': return <StoriesPage />;
    case 'story': return arg ? <StoryPage id={arg} /> : <StoriesPage />;
    case 'import': return <ImportPage />;
    default: return <div><h1>Not found</h1><p>No page here. <a href={href(['compare'])}>Go to Compare</a>.</p></div>;
  }
}

/** The whole UI. */
export function App() {
  const route = useRoute();
  const [health, setHealth] = useState<Health | null>(null);
  const main = useRef<HTMLElement>(null);
  const section = route.parts[0] ?? 'compare';
  const current = section === 'doc' ? 'search' : section === 'story' ? 'stories' : section;
  useEffect(() => {
    const load = () => { api.health().then(setHealth, () => setHealth(null)); };
    load();
    addEventListener(CORPUS_CHANGED, load);
    return () => removeEventListener(CORPUS_CHANGED, load);
  }, [section]);
  const first = useRef(true);
  // After a navigation (not the first load), move focus to the new page for screen readers and keyboards.
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    main.current?.focus({ preventScroll: true });
    scrollTo(0, 0);
  }, [route.parts.join('/')]);
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href={href(['compare'])}>copytrace</a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.key}>
                <a href={href([n.key])} aria-current={current === n.key ? 'page' : undefined}>{n.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer class="muted">
        {health ? `${health.documents.toLocaleString('en')} documents in the corpus${health.readOnly ? ' · read-only' : ''}` : ''}
      </footer>
    </>
  );
}
