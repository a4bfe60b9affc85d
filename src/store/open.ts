/**
 * @module
 * Opens the store a `--db` value names. Today every value is a SQLite file path; a PostgreSQL
 * store would claim `postgres://` URLs here, and nothing else would change.
 */
import { CopytraceError } from '../errors.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store, StoreOptions } from './store.js';

/** Where the CLI keeps the corpus when `--db` is not given. */
export const DEFAULT_DB = './copytrace.db';

/**
 * Opens a store.
 * @param spec a file path (SQLite); `:memory:` for a throw-away store
 * @param options read-only mode, posting cap
 * @throws CopytraceError `store.unavailable` for a URL scheme no store handles, or a file that is not a corpus
 */
export function openStore(spec: string = DEFAULT_DB, options: StoreOptions = {}): Store {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new CopytraceError('store.unavailable', `${spec}: no store for this URL scheme (only SQLite files are supported)`);
  }
  return openSqliteStore({ file: spec, ...options });
}

/** True when workers can open the same store themselves (a file, not an in-memory database). */
export function isShareable(spec: string): boolean {
  return spec !== ':memory:' && spec !== '';
}
