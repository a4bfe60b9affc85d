/**
 * @module
 * Reads an HTTP response body under a byte limit, decompressing gzip/deflate/br on the way.
 * The limit applies to the decompressed bytes, so a small compressed bomb is refused too.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { CopytraceError } from '../errors.js';

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${n} bytes`;
}

/** The `fetch.too-large` error for `name`. */
export function tooLargeFetch(name: string, maxBytes: number): CopytraceError {
  return new CopytraceError('fetch.too-large', `${name}: response is larger than the ${megabytes(maxBytes)} limit`);
}

/**
 * Collects `res` into a Buffer, refusing it as soon as it passes `maxBytes`.
 * @param name the URL as the user gave it, for messages
 * @throws CopytraceError `fetch.too-large`, `fetch.failed` (broken compression or connection)
 */
export function readResponse(res: IncomingMessage, maxBytes: number, name: string): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (Number.isFinite(declared) && declared > maxBytes && (encoding === '' || encoding === 'identity')) {
    res.destroy();
    return Promise.reject(tooLargeFetch(name, maxBytes));
  }
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(createInflate());
  else if (encoding === 'br') stream = res.pipe(createBrotliDecompress());
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const fail = (e: CopytraceError): void => {
      if (done) return;
      done = true;
      res.destroy();
      if (stream !== res) stream.destroy();
      reject(e);
    };
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) fail(tooLargeFetch(name, maxBytes));
      else chunks.push(chunk);
    });
    stream.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, total));
    });
    stream.on('error', (e: Error) => fail(new CopytraceError('fetch.failed', `${name}: could not read the response (${e.message})`)));
    res.on('aborted', () => fail(new CopytraceError('fetch.failed', `${name}: connection closed before the end of the response`)));
    if (stream !== res) res.on('error', (e: Error) => fail(new CopytraceError('fetch.failed', `${name}: ${e.message}`)));
  });
}
