/**
 * @module
 * Reading a request body with a size limit. Under @hono/node-server the body is read straight from
 * Node's IncomingMessage: asking Hono for it makes the adapter build a Web Request around a web
 * stream (undici Request, ReadableStream, abort signal), which cost ~0.25 ms per compare request,
 * about an eighth of what the event loop spends on one. Elsewhere (app.request() in tests, other
 * runtimes) the standard Request body is read.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { CopytraceError } from '../errors.js';

/** The refusal of a body past the limit (413). */
function tooLarge(maxBytes: number): CopytraceError {
  return new CopytraceError('input.too-large', `request body is larger than ${maxBytes} bytes`);
}

/**
 * The request body as UTF-8 text (a leading BOM dropped), refused with 413 `input.too-large` past
 * `maxBytes`: at once when Content-Length says so, otherwise as soon as the bytes read pass it.
 * @param c the request context
 * @param maxBytes the most bytes accepted
 */
export async function readBody(c: Context, maxBytes: number): Promise<string> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const bytes = incoming ? await readIncoming(incoming, maxBytes) : await readRequest(c.req.raw, maxBytes);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads Node's request stream. Past the limit it stops listening without destroying the stream,
 * so that the 413 still reaches the client (Node discards the rest once the response is sent). */
function readIncoming(incoming: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // the error listener stays: an error after the answer (a client hanging up) must not go unheard
    const stop = (): void => { incoming.off('data', onData).off('end', onEnd); };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) { stop(); reject(tooLarge(maxBytes)); return; }
      chunks.push(chunk);
    };
    const onEnd = (): void => { stop(); resolve(Buffer.concat(chunks, size)); };
    const onError = (e: Error): void => { stop(); reject(e); };
    // a client that hangs up mid-body: settle rather than wait for an end that will not come
    const onClose = (): void => { stop(); reject(new Error('the client closed the connection before the body ended')); };
    incoming.on('data', onData).on('end', onEnd).on('error', onError).once('close', onClose);
  });
}

/** Reads a standard Request body chunk by chunk, stopping past the limit. */
async function readRequest(req: Request, maxBytes: number): Promise<Buffer> {
  if (!req.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) { void reader.cancel(); throw tooLarge(maxBytes); }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
