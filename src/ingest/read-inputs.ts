/**
 * @module
 * readInputs(): the `add` command's inputs (files, folders, URLs) as one stream of documents and
 * skip reports, in order. Folders are walked recursively (sorted, hidden entries and symlinked
 * folders left out); each file is read by its type. Nothing is held beyond the current file, and
 * JSONL and WARC files are streamed, so memory stays bounded however large the input.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { isCopytraceError } from '../errors.js';
import { charsetOf, decode } from '../io/decode.js';
import { guardedFetch } from '../io/fetch.js';
import { isUrlSpec } from '../io/read-document.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { readJsonl } from './jsonl.js';
import { pageDocument, textDocument } from './page.js';
import { skipped, type IngestItem, type IngestOptions } from './types.js';
import { readWarc } from './warc.js';

/** Largest single text, HTML or feed file read whole (JSONL and WARC are streamed). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

const TEXT_EXT = new Set(['.txt', '.text', '.md', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

/** What kind of reader a file name calls for. */
export type FileKind = 'text' | 'html' | 'feed' | 'jsonl' | 'warc' | 'unsupported';

/** The reader a file name calls for, from its extension (case-insensitive). */
export function fileKind(path: string): FileKind {
  const lower = path.toLowerCase();
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  const ext = extname(lower);
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (HTML_EXT.has(ext)) return 'html';
  if (FEED_EXT.has(ext)) return 'feed';
  if (TEXT_EXT.has(ext)) return 'text';
  return 'unsupported';
}

/**
 * Reads every input in order.
 * @param inputs file paths, folder paths and http(s) URLs
 * @param options fetch and size rules
 */
export async function* readInputs(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (isUrlSpec(input)) { yield* readUrl(input, options); continue; }
    let info;
    try {
      info = await stat(input);
    } catch {
      yield skipped(input, 'input.missing', 'no such file or folder');
      continue;
    }
    if (info.isDirectory()) yield* readFolder(input, options);
    else yield* readPath(input, options);
  }
}

async function* readFolder(dir: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield skipped(dir, 'input.unreadable', `cannot list the folder (${(e as Error).message})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* readFolder(path, options);
    else if (e.isFile() || (e.isSymbolicLink() && (await stat(path).then((s) => s.isFile(), () => false)))) yield* readPath(path, options);
  }
}

/**
 * Reads one file by its type. A text or HTML file's id is its path as given, normalised
 * (`./a.txt` and `a.txt` are one document).
 * @param path the file
 * @param options size rules
 */
export async function* readPath(path: string, options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const kind = fileKind(path);
  if (kind === 'unsupported') { yield skipped(path, 'input.invalid', `unsupported file type (${extname(path) || 'no extension'})`); return; }
  if (kind === 'jsonl') { yield* readJsonl(path); return; }
  if (kind === 'warc') { yield* readWarc(path); return; }
  const max = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > max) { yield skipped(path, 'input.too-large', `${size} bytes, over the ${max}-byte limit`); return; }
    bytes = await readFile(path);
  } catch (e) {
    yield skipped(path, 'input.unreadable', (e as Error).message);
    return;
  }
  const head = bytes.subarray(0, 4096).toString('latin1');
  if (kind === 'html' || (kind === 'text' && /^\s*(<!doctype html|<html[\s>])/i.test(head))) {
    yield pageDocument(bytes, path, { id: normalize(path) });
  } else if (kind === 'feed' || (kind === 'text' && looksLikeFeed(head))) {
    if (!looksLikeFeed(head)) { yield skipped(path, 'input.invalid', 'not an RSS or Atom feed'); return; }
    yield* feedFromBytes(bytes, path, options, undefined, undefined);
  } else {
    yield textDocument(bytes, path, normalize(path));
  }
}

async function* feedFromBytes(bytes: Buffer, name: string, options: IngestOptions, url: string | undefined, charset: string | undefined): AsyncGenerator<IngestItem> {
  let xml: string;
  try {
    xml = decode(bytes, name, charset ? { charset } : {}).text;
  } catch (e) {
    if (!isCopytraceError(e)) throw e;
    yield skipped(name, e.code, e.message);
    return;
  }
  yield* readFeed(xml, name, options, url);
}

async function* readUrl(url: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  let res;
  try {
    res = await guardedFetch(url, {
      allowPrivate: options.allowPrivate ?? false,
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
  } catch (e) {
    if (!isCopytraceError(e)) throw e;
    yield skipped(url, e.code, e.message);
    return;
  }
  const charset = charsetOf(res.contentType);
  const head = res.body.subarray(0, 4096).toString('latin1');
  if (/(rss|atom)\+xml/i.test(res.contentType ?? '') || looksLikeFeed(head)) yield* feedFromBytes(res.body, url, options, res.url, charset);
  else yield pageDocument(res.body, url, { id: url, url: res.url, ...(charset ? { charset } : {}) });
}
