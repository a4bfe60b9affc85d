/**
 * @module
 * The embedded corpus store: one SQLite file through better-sqlite3, in WAL mode so that readers
 * (`find`, `clusters`, a running server) work while `add` writes. Each document goes in with its
 * fingerprints in one IMMEDIATE transaction, so a `kill -9` leaves either the whole document or
 * none of it; ids and content hashes are unique, so a re-run skips what is already there.
 */
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { CopytraceError } from '../../errors.js';
import type {
  DocKey, DocumentEdges, DocumentEntry, DuplicateLink, Edge, FingerprintSet, MatchOptions, NewDocument, NewEdge, PostingMatch, PutResult,
  SearchHit, Store, StoreCounts, StoreOptions, StoredDocument, WeightedKey,
} from '../store.js';
import { migrate } from './sqlite-schema.js';
import { decodeEdge, encodeEdge, type EdgeRow } from './sqlite-rows.js';
import { prepareStatements } from './sqlite-statements.js';

/** Milliseconds a connection waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;
/** Default posting cap: a key held by more documents than this is too common to find anything. */
const DEFAULT_POSTING_CAP = 500;
/** Page cache of a writing connection, in KiB: postings are random writes, and a warm cache keeps them cheap. */
const CACHE_KIB = 64 * 1024;
/** Page cache of a read-only connection (a worker, `find`, the server), in KiB. */
const READER_CACHE_KIB = 16 * 1024;
/** Rows per page when streaming edges (keyset pagination keeps the connection free between pages). */
const PAGE = 2000;

interface DocRow {
  n: number; id: string; hash: string; text: string; added: string; linked: number;
  title: string | null; url: string | null; source: string | null; published: string | null;
  lang: string | null; origin: string | null;
}

/** Options of the SQLite store. */
export interface SqliteStoreOptions extends StoreOptions {
  /** File path; `:memory:` for a throw-away store. */
  file: string;
}

/**
 * Opens (creating and migrating when needed) the SQLite store at `options.file`.
 * @throws CopytraceError `store.unavailable` when the file is not a copytrace database
 */
export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  return new SqliteStore(options);
}

/** The SQLite implementation of `Store`. */
export class SqliteStore implements Store {
  readonly backend = 'sqlite';
  readonly file: string;
  readonly #db: BetterSqlite3.Database;
  readonly #cap: number;
  readonly #stmt: ReturnType<typeof prepareStatements>;
  readonly #dfKinds = new Set<number>();

  constructor(options: SqliteStoreOptions) {
    this.file = options.file;
    this.#cap = options.postingCap ?? DEFAULT_POSTING_CAP;
    try {
      this.#db = new Database(options.file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, timeout: BUSY_TIMEOUT_MS });
      if (!options.readonly) this.#db.pragma('journal_mode = WAL');
      this.#db.pragma('synchronous = NORMAL');
      this.#db.pragma(`cache_size = -${options.readonly ? READER_CACHE_KIB : CACHE_KIB}`);
      this.#db.pragma('foreign_keys = ON');
      migrate(this.#db, options.file, options.readonly ?? false);
    } catch (e) {
      if (e instanceof CopytraceError) throw e;
      throw new CopytraceError('store.unavailable', `${options.file}: cannot open the corpus database (${(e as Error).message})`, { cause: e });
    }
    this.#stmt = prepareStatements(this.#db);
  }

  async putDocuments(entries: readonly DocumentEntry[]): Promise<PutResult[]> {
    if (entries.length === 0) return [];
    const s = this.#stmt;
    const added = new Date().toISOString();
    return this.#db.transaction((): PutResult[] => {
      const postings: number[][] = [];
      const capped: number[][] = [];
      const results = entries.map(({ doc, fingerprints }): PutResult => {
        const known = this.#probe(doc.id, doc.hash);
        if (known?.status === 'exists') return known;
        if (known?.status === 'duplicate') {
          s.insertDup.run(doc.id, known.key, doc.title ?? null, doc.url ?? null, doc.source ?? null, doc.published ?? null, doc.lang ?? null, doc.origin ?? null, added);
          return known;
        }
        const sizes: Record<number, number> = {};
        for (const f of fingerprints) sizes[f.kind] = f.keys.length;
        const key = Number(s.insertDoc.run(doc.id, doc.hash, doc.title ?? null, doc.url ?? null, doc.source ?? null, doc.published ?? null,
          doc.lang ?? null, doc.origin ?? null, doc.text, JSON.stringify(sizes), added).lastInsertRowid);
        s.insertFts.run(key, doc.title ?? '', doc.text);
        for (const f of fingerprints) for (let i = 0; i < f.keys.length; i++) (f.capped ? capped : postings).push([f.kind, f.keys[i]!, key]);
        return { status: 'added', key };
      });
      postings.push(...this.#admitCapped(capped));
      // Sorted by (kind, key): neighbouring inserts land on the same index pages.
      postings.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
      if (postings.length) s.insertPostingRows.run(JSON.stringify(postings));
      return results;
    }).immediate();
  }

  /**
   * Counts the capped keys of a batch into `df` (one upsert per distinct key) and returns the
   * postings still under the cap, earlier documents first.
   */
  #admitCapped(rows: number[][]): number[][] {
    if (rows.length === 0) return [];
    const counts = new Map<string, { kind: number; key: number; n: number }>();
    for (const [kind, key] of rows) {
      const id = `${kind}:${key}`;
      const c = counts.get(id);
      if (c) c.n++; else counts.set(id, { kind: kind!, key: key!, n: 1 });
    }
    const totals = this.#stmt.bumpDfRows.all(JSON.stringify([...counts.values()].map((c) => [c.kind, c.key, c.n]))) as { kind: number; key: number; n: number }[];
    const room = new Map<string, number>();
    for (const t of totals) room.set(`${t.kind}:${t.key}`, this.#cap - (t.n - counts.get(`${t.kind}:${t.key}`)!.n));
    return rows.filter(([kind, key]) => {
      const id = `${kind}:${key}`;
      const left = room.get(id) ?? 0;
      room.set(id, left - 1);
      return left > 0;
    });
  }

  async putDocument(doc: NewDocument, fingerprints: readonly FingerprintSet[]): Promise<PutResult> {
    return (await this.putDocuments([{ doc, fingerprints }]))[0]!;
  }

  async probe(id: string, hash: string): Promise<PutResult | null> {
    return this.#probe(id, hash);
  }

  #probe(id: string, hash: string): PutResult | null {
    const s = this.#stmt;
    const same = s.byId.get(id) as { n: number } | undefined ?? s.dupById.get(id) as { n: number } | undefined;
    if (same) return { status: 'exists', key: same.n };
    const twin = s.byHash.get(hash) as { n: number; id: string } | undefined;
    return twin ? { status: 'duplicate', key: twin.n, of: twin.id } : null;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.#stmt.byIdFull.get(id) as DocRow | undefined;
    if (row) return toDoc(row);
    const dup = this.#stmt.dupFull.get(id) as (DocRow & { of_id: string; d_title: string | null; d_url: string | null; d_source: string | null; d_published: string | null; d_lang: string | null; d_origin: string | null; d_added: string }) | undefined;
    if (!dup) return null;
    const doc = toDoc({ ...dup, id, title: dup.d_title, url: dup.d_url, source: dup.d_source, published: dup.d_published, lang: dup.d_lang, origin: dup.d_origin, added: dup.d_added });
    doc.duplicateOf = dup.of_id;
    return doc;
  }

  async getDocuments(keys: readonly DocKey[]): Promise<StoredDocument[]> {
    if (keys.length === 0) return [];
    const rows = this.#stmt.byKeys.all(JSON.stringify(keys)) as DocRow[];
    const byKey = new Map(rows.map((r) => [r.n, r]));
    return keys.flatMap((k) => { const r = byKey.get(k); return r ? [toDoc(r)] : []; });
  }

  async findByHash(hash: string): Promise<StoredDocument | null> {
    const row = this.#stmt.byHashFull.get(hash) as DocRow | undefined;
    return row ? toDoc(row) : null;
  }

  async duplicatesOf(id: string): Promise<string[]> {
    return this.#stmt.dupsOf.pluck().all(id) as string[];
  }

  async *duplicateLinks(): AsyncIterable<DuplicateLink> {
    let after = '';
    for (;;) {
      const rows = this.#stmt.dupPage.all(after, PAGE) as { id: string; of_id: string; published: string | null }[];
      for (const r of rows) yield r.published ? { id: r.id, of: r.of_id, published: r.published } : { id: r.id, of: r.of_id };
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  async pendingDocuments(limit: number): Promise<StoredDocument[]> {
    return (this.#stmt.pending.all(limit) as DocRow[]).map(toDoc);
  }

  async documentFrequencies(kind: number, keys: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    if (keys.length === 0) return out;
    const rows = this.#stmt.dfMany.all({ q: JSON.stringify(keys), kind, cap: this.#cap }) as { k: number; n: number }[];
    for (const r of rows) out.set(r.k, r.n);
    return out;
  }

  async matchPostings(kind: number, keys: readonly WeightedKey[], o: MatchOptions): Promise<PostingMatch[]> {
    if (keys.length === 0) return [];
    const json = JSON.stringify(keys.map((k) => [k.key, k.weight]));
    const params = { q: json, kind, below: o.below ?? Number.MAX_SAFE_INTEGER, exclude: o.exclude ?? -1, limit: o.limit, kindKey: `$."${kind}"` };
    const s = this.#stmt;
    const stmt = o.maxDf === undefined ? s.matchVetted : this.#counted(kind) ? s.matchCounted : s.matchUncounted;
    const rows = (o.maxDf === undefined ? stmt.all(params) : stmt.all({ ...params, maxDf: Math.min(o.maxDf, this.#cap) })) as PostingMatch[];
    return rows.map((r) => ({ key: r.key, weight: r.weight, hits: r.hits, size: r.size ?? 0 }));
  }

  /** True once a capped set of this kind was written (its keys have df rows); uncapped kinds count postings. */
  #counted(kind: number): boolean {
    if (this.#dfKinds.has(kind)) return true;
    if (this.#stmt.hasDf.get(kind)) { this.#dfKinds.add(kind); return true; }
    return false;
  }

  async putEdges(key: DocKey, edges: readonly NewEdge[]): Promise<void> {
    return this.putEdgeBatch([{ key, edges }]);
  }

  async putEdgeBatch(batch: readonly DocumentEdges[]): Promise<void> {
    if (batch.length === 0) return;
    const s = this.#stmt;
    this.#db.transaction(() => {
      for (const { key, edges } of batch) {
        s.deleteOlderEdges.run(key, key);
        for (const e of edges) {
          const r = encodeEdge(e);
          s.insertEdge.run(r.src, r.dst, r.relation, r.score, r.cov_src, r.cov_dst, r.directed, r.basis, r.style);
        }
        s.markLinked.run(key);
      }
    }).immediate();
  }

  async edgesOf(id: string): Promise<Edge[]> {
    return (this.#stmt.edgesOf.all(id, id) as EdgeRow[]).map(decodeEdge);
  }

  async *edges(relations: readonly Edge['relation'][]): AsyncIterable<Edge> {
    const wanted = new Set(relations);
    let src = -1;
    let dst = -1;
    for (;;) {
      const rows = this.#stmt.edgePage.all(src, src, dst, PAGE) as (EdgeRow & { s: number; d: number })[];
      for (const r of rows) {
        const e = decodeEdge(r);
        if (wanted.has(e.relation)) yield e;
      }
      if (rows.length < PAGE) return;
      src = rows[rows.length - 1]!.s;
      dst = rows[rows.length - 1]!.d;
    }
  }

  async getSetting(name: string): Promise<string | null> {
    return (this.#stmt.getMeta.pluck().get(name) as string | undefined) ?? null;
  }

  async putSetting(name: string, value: string): Promise<void> {
    this.#stmt.putMeta.run(name, value);
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const words = query.match(/[\p{L}\p{N}]+/gu);
    if (!words) return [];
    const match = words.slice(0, 32).map((w) => `"${w}"`).join(' ');
    const rows = this.#stmt.search.all(match, limit) as { id: string; title: string | null; snippet: string }[];
    return rows.map((r) => ({ id: r.id, title: r.title ?? r.id, snippet: r.snippet }));
  }

  async counts(): Promise<StoreCounts> {
    return this.#stmt.counts.get() as StoreCounts;
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

// --- internal ---

function toDoc(r: DocRow): StoredDocument {
  const d: StoredDocument = { key: r.n, id: r.id, hash: r.hash, text: r.text, added: r.added, linked: r.linked === 1 };
  if (r.title !== null) d.title = r.title;
  if (r.url !== null) d.url = r.url;
  if (r.source !== null) d.source = r.source;
  if (r.published !== null) d.published = r.published;
  if (r.lang !== null) d.lang = r.lang;
  if (r.origin !== null) d.origin = r.origin;
  return d;
}
