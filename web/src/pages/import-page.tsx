/**
 * @module
 * The Import page: pick .jsonl/.json/.txt/.html files; documents go to `POST /api/documents` in
 * batches, with a progress bar, then a summary of what was added and what was skipped and why.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { batches, fromFile, type LocalSkip, type Pending } from '../lib/import-files.js';

/** Fired on window after an import, so the corpus size shown elsewhere is refreshed. */
export const CORPUS_CHANGED = 'copytrace:corpus-changed';

const BATCH_DOCS = 100; // documents per request
const BATCH_CHARS = 1_500_000; // keeps each request well under the server's body limit

interface Progress { done: number; total: number; added: number; existing: number; duplicates: number; skips: LocalSkip[]; warnings: LocalSkip[]; finished: boolean }

/** The Import page. */
export function ImportPage() {
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState('');
  const [readOnly, setReadOnly] = useState(false);
  useEffect(() => { api.health().then((h) => setReadOnly(Boolean(h.readOnly)), () => {}); }, []);

  const run = async (e: Event) => {
    e.preventDefault();
    setError('');
    const pending: Pending[] = [];
    const skips: LocalSkip[] = [];
    for (const f of files) {
      const r = fromFile(f.name, await f.text());
      pending.push(...r.docs);
      skips.push(...r.skips);
    }
    const groups = batches(pending, BATCH_DOCS, BATCH_CHARS);
    let p: Progress = { done: 0, total: pending.length, added: 0, existing: 0, duplicates: 0, skips, warnings: [], finished: false };
    setProgress(p);
    for (const g of groups) {
      try {
        const r = await api.addDocuments(g.map((x) => x.doc));
        const at = (i: number) => g[i]?.origin ?? `#${i}`;
        p = {
          ...p, added: p.added + r.added, existing: p.existing + (r.existing ?? 0), duplicates: p.duplicates + (r.duplicates ?? 0),
          skips: [...p.skips, ...r.skipped.map((s) => ({ origin: at(s.index), error: s.error }))],
          warnings: [...p.warnings, ...(r.warnings ?? []).map((w) => ({ origin: at(w.index), error: w.message }))],
        };
      } catch (err) {
        p = { ...p, skips: [...p.skips, ...g.map((x) => ({ origin: x.origin, error: (err as Error).message }))] };
        if ((err as { status?: number }).status === 403) { setError((err as Error).message); }
      }
      p = { ...p, done: p.done + g.length };
      setProgress(p);
    }
    setProgress({ ...p, finished: true });
    dispatchEvent(new Event(CORPUS_CHANGED));
  };

  return (
    <div>
      <h1>Import articles</h1>
      {readOnly && <p role="alert" class="error">This server is read-only: importing is turned off.</p>}
      <form onSubmit={run} class="import-form">
        <label for="files">Files: JSON Lines (one document a line), JSON, plain text or HTML</label>
        <input id="files" type="file" multiple accept=".jsonl,.ndjson,.json,.txt,.text,.md,.html,.htm"
          onChange={(e) => setFiles([...((e.currentTarget as HTMLInputElement).files ?? [])])} />
        <p class="muted">
          JSONL lines look like <code>{'{"id": "…", "text": "…", "title": "…", "source": "…", "published": "2026-03-01T09:00:00Z"}'}</code>.
          HTML is reduced to its article text on the server; it is never shown as HTML.
        </p>
        <button type="submit" class="primary" disabled={readOnly || files.length === 0 || (progress !== null && !progress.finished)}>
          Import {files.length ? `${files.length} file${files.length > 1 ? 's' : ''}` : ''}
        </button>
      </form>
      {error && <p role="alert" class="error">{error}</p>}
      {progress && (
        <section aria-live="polite" class="import-progress">
          <label for="import-bar">{progress.finished ? 'Done' : 'Importing…'} {progress.done} of {progress.total} documents sent</label>
          <progress id="import-bar" max={Math.max(1, progress.total)} value={progress.done} />
          {progress.finished && (
            <div class="summary" data-testid="import-summary">
              <p>
                <strong>{progress.added}</strong> added, <strong>{progress.skips.length}</strong> skipped.
                {progress.existing > 0 && ` ${progress.existing} already in the corpus (same id).`}
                {progress.duplicates > 0 && ` ${progress.duplicates} with the same text as a stored article, linked to it.`}
              </p>
              {progress.skips.length > 0 && <>
                <h2>Skipped</h2>
                <ul class="skips">{progress.skips.map((s, i) => <li key={i}><code>{s.origin}</code>: {s.error}</li>)}</ul>
              </>}
              {progress.warnings.length > 0 && <>
                <h2>Warnings</h2>
                <ul class="skips">{progress.warnings.map((s, i) => <li key={i}><code>{s.origin}</code>: {s.error}</li>)}</ul>
              </>}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
