/**
 * @module
 * The SQL of the SQLite store, prepared once per connection.
 */
import type BetterSqlite3 from 'better-sqlite3';

/** Columns of a full document row. */
export const DOC_COLUMNS = `n, id, hash, title, url, source, published, lang, origin, text, added, linked`;

/**
 * SQL for the document frequency of key `k` of kind `:kind`: the df row of a capped kind, else
 * the postings counted up to `limit` (uncapped kinds hold mostly unique keys, so this is cheap).
 */
function DF(k: string, limit: string): string {
  return `coalesce((SELECT n FROM df WHERE kind = :kind AND key = ${k}), (SELECT count(*) FROM (SELECT 1 FROM postings WHERE kind = :kind AND key = ${k} LIMIT ${limit})))`;
}

/**
 * SQL ranking the documents that hold the query keys (`:q`, a JSON array of [key, weight]).
 * MATERIALIZED and CROSS JOIN pin the plan: walk the few query keys, then seek each in the postings
 * index. Left to itself the planner scans every posting of the kind (json_each has no statistics).
 */
function matchSql(keyFilter: string): string {
  return `WITH f(k, w) AS MATERIALIZED (SELECT json_extract(q.value, '$[0]'), json_extract(q.value, '$[1]') FROM json_each(:q) q ${keyFilter}),
    m(doc, weight, hits) AS (SELECT p.doc, sum(f.w), count(*) FROM f CROSS JOIN postings p ON p.kind = :kind AND p.key = f.k
      WHERE p.doc < :below AND p.doc <> :exclude GROUP BY p.doc ORDER BY 2 DESC, 1 LIMIT :limit)
    SELECT m.doc AS key, m.weight AS weight, m.hits AS hits, json_extract(d.fp, :kindKey) AS size
    FROM m JOIN documents d ON d.n = m.doc ORDER BY m.weight DESC, m.doc`;
}

/** A prepared statement (any parameters, any rows). */
export type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** Prepares every statement of the store once per connection. */
export function prepareStatements(db: BetterSqlite3.Database): Record<StatementName, Statement> {
  const p = (sql: string): Statement => db.prepare(sql);
  const edgeCols = `e.relation, e.score, e.cov_src, e.cov_dst, e.directed, e.basis, e.style, a.id AS src_id, b.id AS dst_id`;
  const statements = {
    byId: p(`SELECT n FROM documents WHERE id = ?`),
    dupById: p(`SELECT of_n AS n FROM duplicates WHERE id = ?`),
    byHash: p(`SELECT n, id FROM documents WHERE hash = ?`),
    byIdFull: p(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ?`),
    byHashFull: p(`SELECT ${DOC_COLUMNS} FROM documents WHERE hash = ?`),
    byKeys: p(`SELECT ${DOC_COLUMNS} FROM documents WHERE n IN (SELECT value FROM json_each(?))`),
    dupFull: p(`SELECT d.n, d.hash, d.text, d.linked, d.id AS of_id, u.title AS d_title, u.url AS d_url, u.source AS d_source,
      u.published AS d_published, u.lang AS d_lang, u.origin AS d_origin, u.added AS d_added
      FROM duplicates u JOIN documents d ON d.n = u.of_n WHERE u.id = ?`),
    dupsOf: p(`SELECT u.id FROM duplicates u JOIN documents d ON d.n = u.of_n WHERE d.id = ? ORDER BY u.id`),
    dupPage: p(`SELECT u.id, d.id AS of_id, u.published FROM duplicates u JOIN documents d ON d.n = u.of_n WHERE u.id > ? ORDER BY u.id LIMIT ?`),
    pending: p(`SELECT ${DOC_COLUMNS} FROM documents WHERE linked = 0 ORDER BY n LIMIT ?`),
    insertDoc: p(`INSERT INTO documents (id, hash, title, url, source, published, lang, origin, text, fp, added) VALUES (?,?,?,?,?,?,?,?,?,?,?)`),
    insertFts: p(`INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`),
    insertDup: p(`INSERT INTO duplicates (id, of_n, title, url, source, published, lang, origin, added) VALUES (?,?,?,?,?,?,?,?,?)`),
    dfMany: p(`SELECT q.value AS k, ${DF('q.value', ':cap')} AS n FROM json_each(:q) q`),
    // [[kind, key, count], ...]: adds the counts and returns the new totals.
    bumpDfRows: p(`INSERT INTO df (kind, key, n) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
      ON CONFLICT (kind, key) DO UPDATE SET n = n + excluded.n RETURNING kind, key, n`),
    // [[kind, key, doc], ...]
    insertPostingRows: p(`INSERT OR IGNORE INTO postings (kind, key, doc) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`),
    matchCounted: p(matchSql(`WHERE coalesce((SELECT n FROM df WHERE kind = :kind AND key = json_extract(q.value, '$[0]')), 0) <= :maxDf`)),
    matchUncounted: p(matchSql(`WHERE (SELECT count(*) FROM (SELECT 1 FROM postings WHERE kind = :kind AND key = json_extract(q.value, '$[0]') LIMIT :maxDf + 1)) <= :maxDf`)),
    hasDf: p(`SELECT 1 FROM df WHERE kind = ? LIMIT 1`),
    matchVetted: p(matchSql('')),
    deleteOlderEdges: p(`DELETE FROM edges WHERE (src = ? AND dst < src) OR (dst = ? AND src < dst)`),
    insertEdge: p(`INSERT OR REPLACE INTO edges (src, dst, relation, score, cov_src, cov_dst, directed, basis, style) VALUES (?,?,?,?,?,?,?,?,?)`),
    markLinked: p(`UPDATE documents SET linked = 1 WHERE n = ?`),
    edgesOf: p(`SELECT ${edgeCols} FROM edges e JOIN documents a ON a.n = e.src JOIN documents b ON b.n = e.dst
      WHERE e.src = (SELECT n FROM documents WHERE id = ?) OR e.dst = (SELECT n FROM documents WHERE id = ?) ORDER BY e.score DESC`),
    edgePage: p(`SELECT ${edgeCols}, e.src AS s, e.dst AS d FROM edges e JOIN documents a ON a.n = e.src JOIN documents b ON b.n = e.dst
      WHERE e.src > ? OR (e.src = ? AND e.dst > ?) ORDER BY e.src, e.dst LIMIT ?`),
    search: p(`SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet
      FROM documents_fts JOIN documents d ON d.n = documents_fts.rowid WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`),
    getMeta: p(`SELECT value FROM meta WHERE key = ?`),
    putMeta: p(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
    counts: p(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM duplicates) AS duplicates,
      (SELECT count(*) FROM edges) AS edges, (SELECT count(*) FROM documents WHERE linked = 0) AS pending`),
  };
  return statements;
}

/** Names of the prepared statements. */
export type StatementName =
  | 'byId' | 'dupById' | 'byHash' | 'byIdFull' | 'byHashFull' | 'byKeys' | 'dupFull' | 'dupsOf' | 'dupPage' | 'pending'
  | 'insertDoc' | 'insertFts' | 'insertDup' | 'dfMany' | 'bumpDfRows' | 'insertPostingRows' | 'matchCounted'
  | 'matchUncounted' | 'hasDf' | 'matchVetted' | 'deleteOlderEdges' | 'insertEdge' | 'markLinked' | 'edgesOf' | 'edgePage'
  | 'search' | 'counts' | 'getMeta' | 'putMeta';
