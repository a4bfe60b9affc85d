/**
 * @module
 * The list of changes in meaning with filters by type and by severity, and the colour legend
 * (each colour always next to its type's name).
 */
import type { Change, ChangeType, Severity } from '../types.js';
import { CHANGE_TYPES, SEVERITIES, TYPE_LABEL } from '../lib/labels.js';
import { placeSide } from '../../../src/report/describe.js';

/** The filter state: which types and severities are shown. */
export interface ChangeFilter {
  types: Set<ChangeType>;
  severities: Set<Severity>;
}

/** Props of ChangeList. */
export interface ChangeListProps {
  changes: Change[];
  filter: ChangeFilter;
  onFilter: (f: ChangeFilter) => void;
  active: number | null;
  onPick: (index: number) => void;
}

function toggle<T>(set: Set<T>, v: T): Set<T> {
  const next = new Set(set);
  if (next.has(v)) next.delete(v); else next.add(v);
  return next;
}

/** True when change `c` passes `f`. */
export function shown(c: Change, f: ChangeFilter): boolean {
  return f.types.has(c.type) && f.severities.has(c.severity);
}

/** Filters, legend and the list of changes; picking one highlights it on both sides. */
export function ChangeList(p: ChangeListProps) {
  const present = CHANGE_TYPES.filter((t) => p.changes.some((c) => c.type === t));
  const count = (t: ChangeType) => p.changes.filter((c) => c.type === t).length;
  const visible = p.changes.map((c, i) => ({ c, i, place: placeSide(c) })).filter(({ c }) => shown(c, p.filter));
  return (
    <section class="changes" aria-labelledby="changes-h">
      <h2 id="changes-h">Changes in meaning ({visible.length} of {p.changes.length} shown)</h2>
      <fieldset class="filters">
        <legend>Type (colour legend)</legend>
        {present.length === 0 && <span class="muted">none</span>}
        {present.map((t) => (
          <button type="button" key={t} class={`chip t-${t}`} aria-pressed={p.filter.types.has(t)}
            onClick={() => p.onFilter({ ...p.filter, types: toggle(p.filter.types, t) })}>
            <span class={`swatch t-${t}`} aria-hidden="true" />{TYPE_LABEL[t]} ({count(t)})
          </button>
        ))}
      </fieldset>
      <fieldset class="filters">
        <legend>Severity</legend>
        {SEVERITIES.map((s) => (
          <button type="button" key={s} class={`chip sev-${s}`} aria-pressed={p.filter.severities.has(s)}
            onClick={() => p.onFilter({ ...p.filter, severities: toggle(p.filter.severities, s) })}>
            {s} ({p.changes.filter((c) => c.severity === s).length})
          </button>
        ))}
      </fieldset>
      <ol class="change-list">
        {visible.map(({ c, i, place }) => (
          <li key={i}>
            <button type="button" class={`change-item${p.active === i ? ' current' : ''}`} onClick={() => p.onPick(i)}
              data-type={c.type}>
              <span class={`tag t-${c.type}`}>{TYPE_LABEL[c.type]}</span>
              <span class={`sev sev-${c.severity}`}>{c.severity}</span>
              <span class="detail">{c.detail}</span>
              {(c.a || c.b) && (
                <span class="diff">
                  {c.a && (place === 'a' ? <span class="none">not in A</span> : <del>{c.a.text}</del>)}
                  {c.a && c.b && <span aria-hidden="true"> → </span>}
                  {c.b && (place === 'b' ? <span class="none">not in B</span> : <ins>{c.b.text}</ins>)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
