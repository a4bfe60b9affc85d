/**
 * @module
 * The one error type of copytrace. Every failure a user can cause or meet carries a
 * namespaced `code`, so the CLI can pick an exit code and the server an HTTP status
 * without parsing messages.
 */

/** Codes and what they mean to the CLI (exit code) and the server (HTTP status). */
export const ERROR_CODES = {
  'input.missing': { exit: 2, status: 404 },
  'input.empty': { exit: 2, status: 400 },
  'input.binary': { exit: 2, status: 415 },
  'input.too-large': { exit: 2, status: 413 },
  'input.invalid': { exit: 2, status: 400 },
  'input.unreadable': { exit: 2, status: 400 },
  'usage': { exit: 2, status: 400 },
  'fetch.bad-url': { exit: 2, status: 400 },
  'fetch.forbidden': { exit: 2, status: 403 },
  'fetch.failed': { exit: 1, status: 502 },
  'fetch.timeout': { exit: 1, status: 504 },
  'fetch.too-large': { exit: 2, status: 413 },
  'store.unavailable': { exit: 1, status: 503 },
  'store.read-only': { exit: 2, status: 403 },
  'store.not-found': { exit: 2, status: 404 },
  'internal': { exit: 1, status: 500 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * A failure with a code and a one-line message that names the input and what is wrong.
 * @example
 *   throw new CopytraceError('input.binary', `${path}: binary file, not text`);
 */
export class CopytraceError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CopytraceError';
    this.code = code;
  }

  /** The process exit code for this error (2 bad input or usage, 1 run-time failure). */
  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  /** The HTTP status for this error. */
  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** True when `e` is a CopytraceError (also across module copies). */
export function isCopytraceError(e: unknown): e is CopytraceError {
  return e instanceof CopytraceError || (e instanceof Error && e.name === 'CopytraceError' && 'code' in e);
}
