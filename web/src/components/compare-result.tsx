/**
 * @module
 * The result of a comparison: verdict on top, downloads, the two texts side by side with linked
 * passages and highlighted changes, and the filterable list of changes.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CompareResult, CompareSide } from '../types.js';
import { segment } from '../lib/segments.js';
import { CHANGE_TYPES, SEVERITIES, sideLabel } from '../lib/labels.js';
import { api, saveBlob } from '../api.js';
import { Verdict } from './verdict.js';
import { ChangeList, shown, type ChangeFilter } from './change-list.js';
import { SideText, changeId, passageId, type Side } from './side-text.js';
import { placeSide } from '../../../src/report/describe.js';

/** Props: the result (with `a.text`/`b.text`) and the request that produced it (for the report). */
export interface CompareResultViewProps {
  result: CompareResult;
  sides: { a: CompareSide; b: CompareSide };
}

function scrollTo(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Renders a CompareResult and lets the reader move between linked passages and changes. */
export function CompareResultView({ result, sides }: CompareResultViewProps) {
  const [activeAl, setActiveAl] = useState<number | null>(null);
  const [activeCh, setActiveCh] = useState<number | null>(null);
  const [filter, setFilter] = useState<ChangeFilter>(() => ({ types: new Set(CHANGE_TYPES), severities: new Set(SEVERITIES) }));
  const [busy, setBusy] = useState('');

  const segs = useMemo(() => {
    const chs = result.changes.map((c, index) => ({ c, index })).filter(({ c }) => shown(c, filter));
    const side = (s: Side) => segment(
      result[s].text ?? '',
      result.alignments.map((al, index) => ({ index, start: al[s].start, end: al[s].end })),
      // a span that only marks where the other side's words would be is not highlighted as changed words
      chs.flatMap(({ c, index }) => (c[s] && placeSide(c) !== s ? [{ index, start: c[s]!.start, end: c[s]!.end }] : [])),
    );
    return { a: side('a'), b: side('b') };
  }, [result, filter]);

  const pickPassage = (from: Side, al: number) => {
    setActiveAl(al);
    const other: Side = from === 'a' ? 'b' : 'a';
    scrollTo(passageId(other, al));
  };
  const pickChange = (ci: number) => {
    setActiveCh(ci);
    const c = result.changes[ci];
    if (c?.a && placeSide(c) !== 'a') scrollTo(changeId('a', ci));
    if (c?.b && placeSide(c) !== 'b') scrollTo(changeId('b', ci));
  };
  const downloadJson = () => {
    saveBlob(new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }), 'copytrace-compare.json');
  };
  const downloadHtml = async () => {
    setBusy('Preparing the report…');
    try {
      saveBlob(await api.report(sides.a, sides.b), 'copytrace-report.html');
      setBusy('');
    } catch (e) {
      setBusy(`Report failed: ${(e as Error).message}`);
    }
  };

  return (
    <div class="compare-result">
      <Verdict r={result} />
      <div class="toolbar">
        <button type="button" onClick={downloadHtml}>Download HTML report</button>
        <button type="button" onClick={downloadJson}>Download JSON</button>
        <span role="status" class="muted">{busy}</span>
      </div>
      <p class="hint muted">
        Hover or click a passage (or its number) to see its counterpart; pick a change below to jump to it.
      </p>
      <div class="sides" onMouseLeave={() => setActiveAl(null)}>
        {(['a', 'b'] as const).map((s) => (
          <SideText
            key={s}
            side={s}
            title={sideLabel(s, result[s].name)}
            segments={segs[s]}
            changes={result.changes}
            activeAlignment={activeAl}
            activeChange={activeCh}
            onHover={setActiveAl}
            onPick={pickPassage}
            onPickChange={pickChange}
          />
        ))}
      </div>
      <ChangeList changes={result.changes} filter={filter} onFilter={setFilter} active={activeCh} onPick={pickChange} />
    </div>
  );
}
