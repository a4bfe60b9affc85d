/**
 * @module
 * One side of the side-by-side compare view: the document text as escaped runs, aligned passages
 * marked (with a numbered button that jumps to the counterpart), changes highlighted by type with a
 * text label at the start of each.
 */
import type { Change } from '../types.js';
import type { Segment } from '../lib/segments.js';
import { TYPE_LABEL } from '../lib/labels.js';

export type Side = 'a' | 'b';

/** What SideText needs to render and to report hover/clicks back to the compare view. */
export interface SideTextProps {
  side: Side;
  title: string;
  segments: Segment[];
  changes: Change[];
  activeAlignment: number | null;
  activeChange: number | null;
  /** Pointer over a passage (or -1 when leaving one). */
  onHover: (alignment: number) => void;
  /** A passage chosen (click or its button): show its counterpart. */
  onPick: (side: Side, alignment: number) => void;
  /** A change label clicked. */
  onPickChange: (change: number) => void;
}

/** DOM id of a passage's first element on a side, used to scroll to it. */
export const passageId = (side: Side, al: number) => `${side}-al-${al}`;
/** DOM id of a change's label on a side. */
export const changeId = (side: Side, ch: number) => `${side}-ch-${ch}`;

/** Renders one side's text with its passages and changes. */
export function SideText(p: SideTextProps) {
  return (
    <section class="side" aria-label={p.title}>
      <h3 class="side-title">{p.title}</h3>
      <div class="side-text" id={`text-${p.side}`} tabIndex={0}>
        {p.segments.map((s) => {
          const active = s.alignment >= 0 && s.alignment === p.activeAlignment;
          const cls = ['seg', s.alignment >= 0 ? 'al' : 'unal', active ? 'active' : ''].join(' ');
          const first = s.changes[0];
          const change = first === undefined ? undefined : p.changes[first];
          return (
            <span
              key={s.start}
              class={cls}
              data-al={s.alignment >= 0 ? s.alignment : undefined}
              onMouseEnter={s.alignment >= 0 ? () => p.onHover(s.alignment) : undefined}
              onClick={s.alignment >= 0 ? () => p.onPick(p.side, s.alignment) : undefined}
            >
              {s.alignmentStart && (
                <button
                  type="button"
                  class="pin"
                  id={passageId(p.side, s.alignment)}
                  aria-label={`Passage ${s.alignment + 1}: show its counterpart`}
                  onClick={(e) => { e.stopPropagation(); p.onPick(p.side, s.alignment); }}
                >
                  {s.alignment + 1}
                </button>
              )}
              {s.changeStarts.map((ci) => {
                const c = p.changes[ci];
                if (!c) return null;
                return (
                  <button
                    type="button"
                    key={`t${ci}`}
                    id={changeId(p.side, ci)}
                    class={`tag t-${c.type} sev-${c.severity}${p.activeChange === ci ? ' current' : ''}`}
                    title={c.detail}
                    onClick={(e) => { e.stopPropagation(); p.onPickChange(ci); }}
                  >
                    {TYPE_LABEL[c.type]}
                  </button>
                );
              })}
              {change ? (
                <mark
                  class={`chg t-${change.type} sev-${change.severity}${s.changes.includes(p.activeChange ?? -1) ? ' current' : ''}`}
                  title={s.changes.map((ci) => p.changes[ci]?.detail ?? '').join('\n')}
                >
                  {s.text}
                </mark>
              ) : s.text}
            </span>
          );
        })}
      </div>
    </section>
  );
}
