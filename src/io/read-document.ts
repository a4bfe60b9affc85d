/**
 * @module
 * readDocument(): one document from a file path, `-` (stdin) or an http(s) URL, as text ready for
 * the engine. Applies the size limit before reading (a 100 MB file is refused from its size alone),
 * decodes (decode.ts), and turns HTML pages into article text (extract-html.ts).
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { CopytraceError, isCopytraceError } from '../errors.js';
import { charsetOf, decode } from './decode.js';
import { guardedFetch } from './fetch.js';

/** Default largest input: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A readable stream that may be a terminal (process.stdin). */
export type StdinLike = Readable & { isTTY?: boolean };

/** Options for {@link readDocument}. */
export interface ReadDocumentOptions {
  /** Largest input accepted, in bytes (files, stdin and URL bodies). */
  maxBytes?: number;
  /** Deadline for fetching a URL. */
  timeoutMs?: number;
  /** Let URLs reach loopback/private addresses. The CLI allows it (the user's own machine); servers must not. */
  allowPrivate?: boolean;
  /** Where `-` reads from; process.stdin when absent. */
  stdin?: StdinLike;
  /** Cancels a fetch or stream read in progress (e.g. the other document of a pair failed). */
  signal?: AbortSignal;
}

/** A document ready for the engine. */
export interface ReadDocumentResult {
  /** The spec as given (path, `-` or URL): what reports call this document. */
  name: string;
  /** The text offsets point into (decoded, BOM removed; for HTML, the extracted article). */
  text: string;
  /** One-line notes for the user (encoding fallback, ...). */
  warnings: string[];
  title?: string;
  /** ISO-8601 publication time, from the page's metadata. */
  published?: string;
  /** Canonical URL (for pages), else the URL fetched. */
  url?: string;
  outlet?: string;
  /** True when the input was HTML and `text` was extracted from it. */
  html: boolean;
}

/** True when `spec` should be read as a URL rather than a path (it has a scheme). */
export function isUrlSpec(spec: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(spec);
}

function sizeText(n: number): string {
  const mb = n / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${n} bytes`;
}

/**
 * Reads a stream into memory, stopping (and destroying the stream) once it passes `maxBytes`.
 * @throws CopytraceError `input.too-large`, `input.unreadable`
 */
export function readLimited(stream: Readable, maxBytes: number, name: string, signal?: AbortSignal): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const cleanup = (): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      if (settled) return;
      settled = true;
      cleanup();
      stream.destroy();
      reject(new CopytraceError('input.unreadable', `${name}: reading cancelled`));
    };
    const onData = (chunk: Buffer | string): void => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += b.length;
      if (total > maxBytes) {
        settled = true;
        cleanup();
        stream.pause();
        stream.destroy();
        reject(new CopytraceError('input.too-large', `${name}: input is larger than the ${sizeText(maxBytes)} limit`));
      } else chunks.push(b);
    };
    const onEnd = (): void => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve(Buffer.concat(chunks, total));
    };
    const onError = (e: NodeJS.ErrnoException): void => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(fileError(name, e));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function fileError(name: string, e: NodeJS.ErrnoException): CopytraceError {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CopytraceError('input.missing', `${name}: no such file`, { cause: e });
    case 'EISDIR':
      return new CopytraceError('input.invalid', `${name}: is a directory, not a file`, { cause: e });
    case 'EACCES':
    case 'EPERM':
      return new CopytraceError('input.unreadable', `${name}: permission denied`, { cause: e });
    default:
      return new CopytraceError('input.unreadable', `${name}: cannot read (${e.code ?? e.message})`, { cause: e });
  }
}

/**
 * Reads a regular file with blocking calls (open, fstat, read, close on one descriptor), or returns
 * undefined when `path` is not a regular file (a FIFO or device: read as a stream instead). Blocking
 * is the fast path on purpose: a batch reads thousands of small files, and each asynchronous call
 * is a round trip through the thread pool, about 20 times the cost of the read itself.
 */
function readRegularFile(path: string, maxBytes: number): Buffer | undefined {
  let info;
  try {
    info = statSync(path); // before opening: opening a FIFO would block until a writer comes
  } catch (e) {
    throw fileError(path, e as NodeJS.ErrnoException);
  }
  if (info.isDirectory()) throw new CopytraceError('input.invalid', `${path}: is a directory, not a file`);
  if (!info.isFile()) return undefined;
  const tooLarge = (size?: number) => new CopytraceError('input.too-large', size === undefined
    ? `${path}: input is larger than the ${sizeText(maxBytes)} limit`
    : `${path}: file is ${sizeText(size)}, over the ${sizeText(maxBytes)} limit`);
  if (info.size > maxBytes) throw tooLarge(info.size);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fileError(path, e as NodeJS.ErrnoException);
  }
  try {
    // The file may grow while it is read: read until the end, but never past the limit.
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, info.size + 1));
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        if (total > maxBytes) throw tooLarge();
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const n = readSync(fd, buf, total, buf.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > maxBytes) throw tooLarge();
    return buf.subarray(0, total);
  } catch (e) {
    throw isCopytraceError(e) ? e : fileError(path, e as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}

async function readFileLimited(path: string, maxBytes: number, signal?: AbortSignal): Promise<Buffer> {
  if (signal?.aborted) throw new CopytraceError('input.unreadable', `${path}: reading cancelled`);
  // A FIFO or device has no size to check first: read it as a stream, under the limit.
  return readRegularFile(path, maxBytes) ?? readLimited(createReadStream(path), maxBytes, path, signal);
}

async function readStdin(stdin: StdinLike, maxBytes: number, signal?: AbortSignal): Promise<Buffer> {
  if (stdin.isTTY) {
    throw new CopytraceError('usage', '-: standard input is a terminal; pipe a document in or give a file path');
  }
  return readLimited(stdin, maxBytes, '-', signal);
}

/** True when the name, content type or first bytes say HTML. */
function isHtml(name: string, contentType: string | undefined, text: string): boolean {
  if (/\.(x?html?|xht)$/i.test(name.replace(/[?#].*$/, ''))) return true;
  if (contentType && /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) return true;
  if (contentType && /^\s*text\/plain/i.test(contentType)) return false;
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') && /<!doctype\s+html|<html[\s>]/i.test(head);
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
function metaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 2048).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * Reads one document.
 * @param spec a file path, `-` for stdin, or an http(s) URL
 * @throws CopytraceError `input.missing`, `input.invalid` (directory), `input.too-large`, `input.binary`,
 *   `input.empty`, `input.unreadable`, `usage` (stdin is a terminal), and the `fetch.*` codes for URLs
 */
export async function readDocument(spec: string, options: ReadDocumentOptions = {}): Promise<ReadDocumentResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  let contentType: string | undefined;
  let fetchedUrl: string | undefined;
  if (spec === '-') {
    bytes = await readStdin(options.stdin ?? process.stdin, maxBytes, options.signal);
  } else if (isUrlSpec(spec)) {
    const res = await guardedFetch(spec, {
      maxBytes,
      allowPrivate: options.allowPrivate ?? false,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    bytes = res.body;
    contentType = res.contentType;
    fetchedUrl = res.url;
  } else {
    if (spec.trim() === '') throw new CopytraceError('input.missing', 'empty file name');
    bytes = await readFileLimited(spec, maxBytes, options.signal);
  }
  const charset = charsetOf(contentType);
  const first = decode(bytes, spec, charset ? { charset } : {});
  if (!isHtml(fetchedUrl ?? spec, contentType, first.text)) {
    return { name: spec, text: first.text, warnings: first.warnings, html: false, ...(fetchedUrl ? { url: fetchedUrl } : {}) };
  }
  let decoded = first;
  const declared = charset ?? metaCharset(bytes);
  if (first.encoding === 'windows-1252' && declared) decoded = decode(bytes, spec, { charset: declared });
  // loaded on first use: the HTML parser is a large module graph that plain-text inputs never need
  const { extractArticle } = await import('./extract-html.js');
  const article = extractArticle(decoded.text, fetchedUrl);
  if (article.text.trim() === '') {
    throw new CopytraceError('input.empty', `${spec}: no article text found in the HTML page`);
  }
  const out: ReadDocumentResult = { name: spec, text: article.text, warnings: decoded.warnings, html: true };
  if (article.title) out.title = article.title;
  if (article.published) out.published = article.published;
  if (article.url) out.url = article.url;
  if (article.outlet) out.outlet = article.outlet;
  return out;
}
