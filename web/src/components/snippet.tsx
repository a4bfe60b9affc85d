/**
 * @module
 * A search snippet. The server marks hits with U+E000 ... U+E001 (private-use characters that never
 * occur in news text), so the UI can emphasise them while still rendering everything as text.
 */

/** Marker that opens a hit in a snippet. */
export const HIT_OPEN = '\uE000';
/** Marker that closes a hit in a snippet. */
export const HIT_CLOSE = '\uE001';

/** Renders a snippet as escaped text, with hits in <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(HIT_OPEN);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return part.replaceAll(HIT_CLOSE, '');
        const close = part.indexOf(HIT_CLOSE);
        const hit = close < 0 ? part : part.slice(0, close);
        const rest = close < 0 ? '' : part.slice(close + 1).replaceAll(HIT_CLOSE, '');
        return <span key={i}><mark class="hit">{hit}</mark>{rest}</span>;
      })}
    </>
  );
}
