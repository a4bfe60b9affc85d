/**
 * @module
 * The Compare page: text or a URL on each side (or two stored documents via `#/compare?a=ID&b=ID`),
 * then the verdict, the side-by-side view and the changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import type { CompareResult, CompareSide } from '../types.js';
import { CompareResultView } from '../components/compare-result.js';
import { href, type Route } from '../router.js';

type Mode = 'text' | 'url';
interface SideInput { mode: Mode; text: string; url: string }

const EMPTY: SideInput = { mode: 'text', text: '', url: '' };

function toSide(s: SideInput, name: string): CompareSide | null {
  if (s.mode === 'url') return s.url.trim() ? { url: s.url.trim() } : null;
  return s.text.trim() ? { text: s.text, name } : null;
}

function SideForm({ label, value, onChange }: { label: 'A' | 'B'; value: SideInput; onChange: (v: SideInput) => void }) {
  const id = `side-${label.toLowerCase()}`;
  return (
    <fieldset class="side-form">
      <legend>Document {label}</legend>
      <div class="seg-toggle" role="group" aria-label={`Input kind for ${label}`}>
        {(['text', 'url'] as const).map((m) => (
          <button type="button" key={m} aria-pressed={value.mode === m} onClick={() => onChange({ ...value, mode: m })}>
            {m === 'text' ? 'Paste text' : 'From URL'}
          </button>
        ))}
      </div>
      {value.mode === 'text' ? (
        <>
          <label for={`${id}-text`}>Text of {label}</label>
          <textarea id={`${id}-text`} rows={8} value={value.text}
            onInput={(e) => onChange({ ...value, text: (e.currentTarget as HTMLTextAreaElement).value })} />
        </>
      ) : (
        <>
          <label for={`${id}-url`}>URL of {label} (http or https)</label>
          <input id={`${id}-url`} type="url" inputMode="url" placeholder="https://…" value={value.url}
            onInput={(e) => onChange({ ...value, url: (e.currentTarget as HTMLInputElement).value })} />
        </>
      )}
    </fieldset>
  );
}

/** The Compare page. */
export function ComparePage({ route }: { route: Route }) {
  const [a, setA] = useState<SideInput>(EMPTY);
  const [b, setB] = useState<SideInput>(EMPTY);
  const [result, setResult] = useState<{ r: CompareResult; sides: { a: CompareSide; b: CompareSide } } | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (sa: CompareSide, sb: CompareSide) => {
    setBusy(true);
    setError('');
    try {
      setResult({ r: await api.compare(sa, sb), sides: { a: sa, b: sb } });
    } catch (e) {
      setResult(null);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const idA = route.query.get('a');
  const idB = route.query.get('b');
  useEffect(() => {
    if (idA && idB) void run({ id: idA }, { id: idB });
  }, [idA, idB]);

  const submit = (e: Event) => {
    e.preventDefault();
    const sa = toSide(a, 'A');
    const sb = toSide(b, 'B');
    if (!sa || !sb) { setError('Give both sides some text or a URL.'); return; }
    void run(sa, sb);
  };

  return (
    <div>
      <h1>Compare two articles</h1>
      {idA && idB ? (
        <p>
          Comparing stored documents <a href={href(['doc', idA])}>{idA}</a> and <a href={href(['doc', idB])}>{idB}</a>.{' '}
          <a href={href(['compare'])}>Compare other texts</a>
        </p>
      ) : (
        <form class="compare-form" onSubmit={submit}>
          <div class="side-forms">
            <SideForm label="A" value={a} onChange={setA} />
            <SideForm label="B" value={b} onChange={setB} />
          </div>
          <button type="submit" class="primary" disabled={busy}>{busy ? 'Comparing…' : 'Compare'}</button>
        </form>
      )}
      {busy && <p role="status">Comparing…</p>}
      {error && <p role="alert" class="error">{error}</p>}
      {result && <CompareResultView result={result.r} sides={result.sides} />}
    </div>
  );
}
