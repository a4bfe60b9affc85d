/**
 * @module
 * One document from the bytes of a text file or an HTML page: decoding (src/io/decode.ts), article
 * extraction (src/io/extract-html.ts) and the reasons to skip. Text that is not valid UTF-8 and
 * declares no charset is skipped rather than guessed, and so is binary content.
 */
import { isCopytraceError } from '../errors.js';
import { decode } from '../io/decode.js';
import { extractArticle } from '../io/extract-html.js';
import { skipped, type IngestDocument, type IngestItem } from './types.js';

/** A first line up to this long, followed by more text, is taken as the title of a .txt file. */
const MAX_TITLE_CHARS = 200;

/** How far into a page a `<meta charset>` is looked for. */
const META_SNIFF_BYTES = 4096;

/** Metadata known before the page is read. */
export interface PageHints {
  id: string;
  url?: string;
  /** Charset from an HTTP header. */
  charset?: string;
  published?: string;
  source?: string;
  title?: string;
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SNIFF_BYTES)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

function decodeOrSkip(bytes: Uint8Array, origin: string, charset: string | undefined): { text: string } | { item: IngestItem } {
  try {
    const d = decode(bytes, origin, charset ? { charset } : {});
    if (d.encoding === 'windows-1252' && !charset) return { item: skipped(origin, 'input.invalid', 'not valid UTF-8 (and no charset declared)') };
    return { text: d.text };
  } catch (e) {
    if (isCopytraceError(e)) return { item: skipped(origin, e.code, e.message.replace(`${origin}: `, '')) };
    throw e;
  }
}

/**
 * A plain-text document: the text as read; the first line is the title when it is short and
 * more text follows.
 * @param bytes the file's bytes
 * @param origin the path, for messages
 * @param id the document id (the path)
 */
export function textDocument(bytes: Uint8Array, origin: string, id: string): IngestItem {
  const r = decodeOrSkip(bytes, origin, undefined);
  if ('item' in r) return r.item;
  const doc: IngestDocument = { id, text: r.text, origin };
  const nl = r.text.indexOf('\n');
  if (nl > 0) {
    const first = r.text.slice(0, nl).trim();
    if (first.length > 0 && first.length <= MAX_TITLE_CHARS && r.text.slice(nl).trim() !== '') doc.title = first;
  }
  return { type: 'document', doc };
}

/**
 * An HTML page's article as a document, with title, canonical URL, publication time and outlet
 * from the page's own metadata (hints fill the gaps).
 * @param bytes the page's bytes
 * @param origin where it came from, for messages
 * @param hints id, URL and what the container (feed, archive) already knows
 */
export function pageDocument(bytes: Uint8Array, origin: string, hints: PageHints): IngestItem {
  const r = decodeOrSkip(bytes, origin, hints.charset ?? metaCharset(bytes));
  if ('item' in r) return r.item;
  return htmlDocument(r.text, origin, hints);
}

/**
 * An already decoded HTML page (or fragment) as a document.
 * @param html the markup
 * @param origin where it came from
 * @param hints id, URL and known metadata
 */
export function htmlDocument(html: string, origin: string, hints: PageHints): IngestItem {
  const a = extractArticle(html, hints.url);
  if (a.text.trim() === '') return skipped(origin, 'input.empty', 'no article text found in the HTML');
  const doc: IngestDocument = { id: hints.id, text: a.text, origin };
  const title = a.title ?? hints.title;
  const url = a.url ?? hints.url;
  const published = a.published ?? hints.published;
  const source = a.outlet ?? hints.source;
  if (title) doc.title = title;
  if (url) doc.url = url;
  if (published) doc.published = published;
  if (source) doc.source = source;
  if (a.lang) doc.lang = a.lang;
  return { type: 'document', doc };
}
