/**
 * @module
 * The verdict banner on top of a comparison: relation, direction, score, style and coverage.
 */
import type { CompareResult } from '../types.js';
import { RELATION_TEXT, directionText, pct } from '../lib/labels.js';

/** Shows what compare concluded, in words first and figures second. */
export function Verdict({ r }: { r: CompareResult }) {
  return (
    <section class={`verdict rel-${r.relation}`} aria-labelledby="verdict-h" data-testid="verdict">
      <h2 id="verdict-h">
        <span class="rel-badge">{r.relation}</span> {RELATION_TEXT[r.relation]}
      </h2>
      <p>{directionText(r)}</p>
      <dl class="figures">
        <div><dt>Score</dt><dd>{r.score.toFixed(2)}</dd></div>
        <div><dt>Style</dt><dd>{r.style}</dd></div>
        <div><dt>Coverage of A</dt><dd>{pct(r.coverage.a)}</dd></div>
        <div><dt>Coverage of B</dt><dd>{pct(r.coverage.b)}</dd></div>
        <div><dt>Passages</dt><dd>{r.alignments.length}</dd></div>
        <div><dt>Changes</dt><dd>{r.changes.length}</dd></div>
      </dl>
    </section>
  );
}
