/**
 * @module
 * JSON Lines reader (../shared/CONTRACT.md, "JSON Lines input"). Streams the file line by line in
 * bounded memory; a line that is not valid UTF-8, not JSON, or not a document object is reported
 * with its file and line number and skipped, and the rest of the file still goes in.
 */
import { createReadStream } from 'node:fs';
import { extractArticle } from '../io/extract-html.js';
import { toIsoDate } from '../io/html-meta.js';
import { contentId } from './content-id.js';
import { skipped, type IngestDocument, type IngestItem } from './types.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const OPTIONAL_STRINGS = ['title', 'url', 'source', 'lang'] as const;

/**
 * Splits a byte stream into lines (LF or CRLF), each still as bytes.
 * @returns line bytes with their 1-based line numbers
 */
export async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<{ line: number; bytes: Buffer }> {
  let rest: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of chunks) {
    let buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let at = buf.indexOf(10);
    while (at >= 0) {
      const end = at > 0 && buf[at - 1] === 13 ? at - 1 : at;
      yield { line: ++line, bytes: buf.subarray(0, end) };
      buf = buf.subarray(at + 1);
      at = buf.indexOf(10);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length) yield { line: ++line, bytes: rest[rest.length - 1] === 13 ? rest.subarray(0, -1) : rest };
}

/**
 * Turns one parsed JSONL value into a document, or explains what is wrong with it.
 * @param value the parsed JSON
 * @param origin `file:line`, for ids and messages
 * @returns the document (and warnings), or a reason to skip
 */
export function jsonToDocument(value: unknown, origin: string): { doc: IngestDocument; warnings: string[] } | { error: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const warnings: string[] = [];
  let text = typeof o['text'] === 'string' ? o['text'] : undefined;
  let fromHtml: ReturnType<typeof extractArticle> | undefined;
  if ((text === undefined || text.trim() === '') && typeof o['html'] === 'string') {
    fromHtml = extractArticle(o['html'], typeof o['url'] === 'string' ? o['url'] : undefined);
    text = fromHtml.text;
  }
  if (o['text'] !== undefined && typeof o['text'] !== 'string') return { error: '"text" is not a string' };
  if (text === undefined) return { error: 'no "text" (or "html") field' };
  if (text.trim() === '') return { error: 'empty "text"' };
  let id: string;
  if (typeof o['id'] === 'string' && o['id'].trim() !== '') id = o['id'];
  else if (typeof o['id'] === 'number' && Number.isFinite(o['id'])) id = String(o['id']);
  else if (o['id'] === undefined || o['id'] === null) id = contentId(text);
  else return { error: '"id" is not a string' };
  const doc: IngestDocument = { id, text, origin };
  for (const k of OPTIONAL_STRINGS) {
    const v = o[k];
    if (typeof v === 'string' && v.trim() !== '') doc[k] = v;
    else if (v !== undefined && v !== null && typeof v !== 'string') warnings.push(`"${k}" is not a string; ignored`);
  }
  if (!doc.title && fromHtml?.title) doc.title = fromHtml.title;
  if (!doc.url && fromHtml?.url) doc.url = fromHtml.url;
  if (!doc.source && fromHtml?.outlet) doc.source = fromHtml.outlet;
  const published = o['published'] ?? fromHtml?.published;
  if (published !== undefined && published !== null) {
    const iso = typeof published === 'string' ? toIsoDate(published) : undefined;
    if (iso) doc.published = iso;
    else warnings.push(`"published" is not an ISO-8601 date; ignored`);
  }
  return { doc, warnings };
}

/**
 * Reads a JSON Lines file as a stream of documents and skip reports.
 * @param path the file
 * @param name how messages name the file (the path as the user gave it)
 */
export async function* readJsonl(path: string, name = path): AsyncGenerator<IngestItem> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  for await (const { line, bytes } of byteLines(stream)) {
    const origin = `${name}:${line}`;
    let raw: string;
    try {
      raw = UTF8.decode(bytes);
    } catch {
      yield skipped(origin, 'input.invalid', 'not valid UTF-8');
      continue;
    }
    if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      yield skipped(origin, 'input.invalid', `not valid JSON (${(e as Error).message})`);
      continue;
    }
    const r = jsonToDocument(value, origin);
    if ('error' in r) { yield skipped(origin, 'input.invalid', r.error); continue; }
    for (const w of r.warnings) yield { type: 'warning', origin, message: w };
    yield { type: 'document', doc: r.doc };
  }
}
