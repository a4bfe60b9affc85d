/**
 * @module
 * A search snippet. The store wraps each matched word in `[` `]` (SQLite FTS5 snippet()); the UI
 * shows those as <mark> and everything else as plain escaped text. A bracket that was in the
 * article itself may be shown as a hit too, which is harmless.
 */

import type { JSX } from 'preact';

const HIT = /\[([^[\]]{1,100})\]/g;

/** Renders a snippet as escaped text, with hits in <mark>. */
export function Snippet({ text }: { text: string }) {
  const out: (string | JSX.Element)[] = [];
  let last = 0;
  for (const m of text.matchAll(HIT)) {
    out.push(text.slice(last, m.index));
    out.push(<mark class="hit" key={m.index}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return <>{out}</>;
}
