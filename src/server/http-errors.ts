/**
 * @module
 * One shape for every API failure: `{"error": {"code", "message"}}` with a 4xx/5xx status.
 * CopytraceError codes map to statuses through src/errors.ts; the few HTTP-only failures (unknown
 * route, wrong method, wrong content type, cross-origin write) have codes of their own here.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isCopytraceError } from '../errors.js';

/** An HTTP-level failure that is not a CopytraceError (routing, content negotiation, origin checks). */
export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The JSON error body with `Cache-Control: no-store`. */
export function errorJson(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: { code, message } }, status);
}

/**
 * Maps any thrown value to the JSON error response. Unknown errors become a 500 with a generic
 * message (their detail goes to the log, never to the client).
 */
export function toErrorResponse(err: unknown, c: Context, log: (msg: string) => void = (m) => console.error(m)): Response {
  if (isCopytraceError(err)) {
    return errorJson(c, err.status as ContentfulStatusCode, err.code, err.message);
  }
  if (err instanceof HttpError) return errorJson(c, err.status, err.code, err.message);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    if (status === 413) return errorJson(c, 413, 'input.too-large', 'request body is larger than the limit');
    return errorJson(c, status, `http.${status}`, err.message || `HTTP ${status}`);
  }
  log(`copytrace serve: ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? String(err)}`);
  return errorJson(c, 500, 'internal', 'internal server error');
}
