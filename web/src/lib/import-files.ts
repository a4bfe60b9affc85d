/**
 * @module
 * Turns files chosen in the Import page into JSONL-shaped document objects, remembering where each
 * came from (file and line) so that the summary can name the input of every skipped document.
 */

/** One document to send, and where it came from. */
export interface Pending {
  doc: Record<string, unknown>;
  origin: string;
}

/** A problem found before sending (a bad JSONL line, an unsupported file). */
export interface LocalSkip {
  origin: string;
  error: string;
}

const baseName = (name: string) => name.replace(/\.[^.]+$/, '');

/** Parses JSONL text; each line must be a JSON object. */
export function parseJsonl(text: string, file: string): { docs: Pending[]; skips: LocalSkip[] } {
  const docs: Pending[] = [];
  const skips: LocalSkip[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const origin = `${file}:${i + 1}`;
    try {
      const v: unknown = JSON.parse(line);
      if (v && typeof v === 'object' && !Array.isArray(v)) docs.push({ doc: v as Record<string, unknown>, origin });
      else skips.push({ origin, error: 'not a JSON object' });
    } catch (e) {
      skips.push({ origin, error: `bad JSON: ${(e as Error).message}` });
    }
  });
  return { docs, skips };
}

/** Reads one file into pending documents by its extension. */
export function fromFile(name: string, text: string): { docs: Pending[]; skips: LocalSkip[] } {
  const ext = (name.match(/\.([^.]+)$/)?.[1] ?? '').toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson') return parseJsonl(text, name);
  if (ext === 'json') {
    try {
      const v: unknown = JSON.parse(text);
      const arr = Array.isArray(v) ? v : [v];
      const docs: Pending[] = [];
      const skips: LocalSkip[] = [];
      arr.forEach((d, i) => {
        if (d && typeof d === 'object' && !Array.isArray(d)) docs.push({ doc: d as Record<string, unknown>, origin: `${name}[${i}]` });
        else skips.push({ origin: `${name}[${i}]`, error: 'not a JSON object' });
      });
      return { docs, skips };
    } catch (e) {
      return { docs: [], skips: [{ origin: name, error: `bad JSON: ${(e as Error).message}` }] };
    }
  }
  if (ext === 'txt' || ext === 'text' || ext === 'md') return { docs: [{ doc: { text: text.replace(/^\uFEFF/, ''), title: baseName(name) }, origin: name }], skips: [] };
  if (ext === 'html' || ext === 'htm') return { docs: [{ doc: { html: text }, origin: name }], skips: [] };
  return { docs: [], skips: [{ origin: name, error: 'unsupported file type here (use `copytrace add` for WARC and feeds)' }] };
}

/** Splits documents into batches of at most `maxDocs` and about `maxChars` characters each. */
export function batches(items: Pending[], maxDocs: number, maxChars: number): Pending[][] {
  const out: Pending[][] = [];
  let cur: Pending[] = [];
  let size = 0;
  for (const it of items) {
    const n = JSON.stringify(it.doc).length;
    if (cur.length && (cur.length >= maxDocs || size + n > maxChars)) { out.push(cur); cur = []; size = 0; }
    cur.push(it);
    size += n;
  }
  if (cur.length) out.push(cur);
  return out;
}
