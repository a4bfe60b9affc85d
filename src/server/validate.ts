/**
 * @module
 * Checks of request bodies, turning anything malformed into a one-line `input.invalid` message that
 * names the field.
 */
import type { Context } from 'hono';
import { CopytraceError } from '../errors.js';
import { readBody } from './body.js';

/** One side of `POST /api/compare`: pasted text, a URL to fetch, or a stored document's id. */
export type CompareSideInput =
  | { kind: 'text'; text: string; name?: string; published?: string }
  | { kind: 'url'; url: string }
  | { kind: 'id'; id: string };

/** Reads the request body as JSON (at most `maxBytes`, else 413); malformed JSON is a 400 `input.invalid`. */
export async function readJson(c: Context, maxBytes: number): Promise<unknown> {
  return parseJson(await readBody(c, maxBytes));
}

/** Parses a request body read as text; empty or malformed JSON is a 400 `input.invalid`. */
function parseJson(raw: string): unknown {
  if (raw.trim() === '') throw new CopytraceError('input.invalid', 'request body is empty; expected JSON');
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    throw new CopytraceError('input.invalid', `request body is not valid JSON (${(e as Error).message})`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optString(o: Record<string, unknown>, key: string, where: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new CopytraceError('input.invalid', `${where}.${key} must be a string`);
  return v;
}

/** Validates one side of a compare request. */
export function compareSide(v: unknown, where: 'a' | 'b'): CompareSideInput {
  if (!isObject(v)) throw new CopytraceError('input.invalid', `${where} must be an object with "text", "url" or "id"`);
  const given = ['text', 'url', 'id'].filter((k) => v[k] !== undefined && v[k] !== null);
  if (given.length !== 1) throw new CopytraceError('input.invalid', `${where} needs exactly one of "text", "url" or "id"`);
  const text = optString(v, 'text', where);
  if (text !== undefined) {
    if (text.trim() === '') throw new CopytraceError('input.empty', `${where}.text is empty`);
    const name = optString(v, 'name', where);
    const published = optString(v, 'published', where);
    return { kind: 'text', text: text.replace(/^\uFEFF/, ''), ...(name ? { name } : {}), ...(published ? { published } : {}) };
  }
  const url = optString(v, 'url', where);
  if (url !== undefined) return { kind: 'url', url: url.trim() };
  return { kind: 'id', id: optString(v, 'id', where)! };
}

/** Validates a compare request body. */
export function compareBody(body: unknown): { a: CompareSideInput; b: CompareSideInput; withText: boolean } {
  if (!isObject(body)) throw new CopytraceError('input.invalid', 'expected a JSON object {"a": {...}, "b": {...}}');
  return { a: compareSide(body.a, 'a'), b: compareSide(body.b, 'b'), withText: body.withText === true };
}
