/**
 * @module
 * The versioned schema of the SQLite store. Each migration runs once, in its own transaction,
 * and is recorded in `migrations`; a database written by a newer copytrace (a version this code
 * does not know) is refused rather than misread.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { CopytraceError } from '../../errors.js';

/** One schema step. Never edit a released step: add a new one. */
interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Relation, basis and style codes stored as small integers (a byte per edge instead of a word).
 * Append only: the position is what is stored.
 */
export const RELATION_CODES = ['duplicate', 'derived', 'partially-derived', 'related'] as const;

/** Edge direction bases by code. */
export const BASIS_CODES = ['none', 'published', 'compare'] as const;
/** Compare styles by code (0: none recorded). */
export const STYLE_CODES = ['none', 'verbatim', 'light-edit', 'paraphrase', 'translation-like', 'summary', 'mixed'] as const;

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      -- n: the store key (DocKey); postings and edges refer to it.
      -- fp: JSON object {kind: number of fingerprint keys}, for containment scores.
      -- linked: 0 until the document's candidates are verified and its edges written.
      CREATE TABLE documents (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        title TEXT, url TEXT, source TEXT, published TEXT, lang TEXT, origin TEXT,
        text TEXT NOT NULL,
        fp TEXT NOT NULL DEFAULT '{}',
        added TEXT NOT NULL,
        linked INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX documents_pending ON documents (n) WHERE linked = 0;
      CREATE TABLE duplicates (
        id TEXT PRIMARY KEY,
        of_n INTEGER NOT NULL REFERENCES documents (n),
        title TEXT, url TEXT, source TEXT, published TEXT, lang TEXT, origin TEXT,
        added TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX duplicates_of ON duplicates (of_n);
      -- Postings of a capped kind stop growing once the key's document frequency (df) passes
      -- the posting cap; uncapped kinds (mostly unique keys) have no df rows.
      CREATE TABLE df (
        kind INTEGER NOT NULL, key INTEGER NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (kind, key)
      ) WITHOUT ROWID;
      CREATE TABLE postings (
        kind INTEGER NOT NULL, key INTEGER NOT NULL, doc INTEGER NOT NULL,
        PRIMARY KEY (kind, key, doc)
      ) WITHOUT ROWID;
      CREATE TABLE edges (
        src INTEGER NOT NULL, dst INTEGER NOT NULL,
        relation INTEGER NOT NULL, score REAL NOT NULL,
        cov_src REAL NOT NULL, cov_dst REAL NOT NULL,
        directed INTEGER NOT NULL, basis INTEGER NOT NULL, style INTEGER NOT NULL,
        PRIMARY KEY (src, dst)
      ) WITHOUT ROWID;
      CREATE INDEX edges_dst ON edges (dst);
      CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content = 'documents', content_rowid = 'n',
        tokenize = 'porter unicode61', detail = column
      );
    `,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Brings the database up to `SCHEMA_VERSION`, or checks it is there when read-only. Writers run
 * the check and every step inside one IMMEDIATE transaction, so two processes opening a new file
 * at once cannot both migrate it.
 * @param db an open connection
 * @param file the database path, for messages
 * @param readonly true to check without writing
 */
export function migrate(db: BetterSqlite3.Database, file: string, readonly: boolean): void {
  if (readonly) {
    const current = currentVersion(db, file);
    if (current === 0) throw new CopytraceError('store.unavailable', `${file}: empty database, nothing to read (run \`copytrace add\` first)`);
    if (current < SCHEMA_VERSION) throw new CopytraceError('store.read-only', `${file}: schema version ${current} needs migrating; open it once for writing`);
    return;
  }
  db.transaction(() => {
    const current = currentVersion(db, file);
    if (current === SCHEMA_VERSION) return;
    db.exec(`CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`);
    const record = db.prepare(`INSERT INTO migrations (version, name, applied) VALUES (?, ?, ?)`);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}

/** The applied schema version (0 for a new file); refuses foreign and newer databases. */
function currentVersion(db: BetterSqlite3.Database, file: string): number {
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).get();
  if (!hasTable) {
    const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    if (tables.n > 0) throw new CopytraceError('store.unavailable', `${file}: not a copytrace database (it holds other tables)`);
    return 0;
  }
  const row = db.prepare(`SELECT max(version) AS v FROM migrations`).get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new CopytraceError('store.unavailable', `${file}: schema version ${current} is newer than this copytrace (${SCHEMA_VERSION}); upgrade copytrace`);
  }
  return current;
}
