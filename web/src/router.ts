/**
 * @module
 * Hash routing (`#/compare?a=..`, `#/doc/ID`, ...): deep links work with any static server and need
 * no server-side knowledge of UI paths.
 */
import { useEffect, useState } from 'preact/hooks';

/** The current location inside the hash: its path parts and query. */
export interface Route {
  /** Path split on `/`, decoded, without empty parts: `#/doc/a%2Fb` -> ['doc', 'a/b']. */
  parts: string[];
  query: URLSearchParams;
}

/** Parses a hash such as `#/search?q=x` into a Route. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { parts, query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

/** Builds a hash link from path parts and optional query values (undefined ones are left out). */
export function href(parts: string[], query?: Record<string, string | undefined>): string {
  const path = parts.map(encodeURIComponent).join('/');
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') qs.set(k, v);
  const s = qs.toString();
  return `#/${path}${s ? `?${s}` : ''}`;
}

/** The current Route, re-rendering on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** Navigates to a hash link. */
export function go(link: string): void {
  location.hash = link.replace(/^#/, '');
}
