/**
 * Crash safety: a child process adding many documents is killed with SIGKILL mid-way; the database
 * must open, pass SQLite's and FTS5's integrity checks, hold no half-written document, and a re-run
 * of the same add must finish the job without duplicates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';

const TOTAL = 4000;
const KILL_AFTER = 200;

/** The child: adds TOTAL synthetic documents, printing the count added as it goes. */
function childCode(file: string): string {
  const mod = (p: string) => JSON.stringify(new URL(p, import.meta.url).href);
  return `
    import { openSqliteStore } from ${mod('../store/sqlite/sqlite-store.ts')};
    import { addDocuments } from ${mod('./add.ts')};
    const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'da', 'pe', 'gor', 'lin', 'mar', 'tes', 'bu', 'fe', 'hal', 'jo', 'ost', 'wen', 'zi', 'ul'];
    let seed = 7;
    const rand = (n) => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t ^= t + Math.imul(t ^ (t >>> 7), 61 | t); return ((t ^ (t >>> 14)) >>> 0) % n; };
    const word = () => Array.from({ length: 2 + rand(2) }, () => syllables[rand(syllables.length)]).join('');
    const text = () => Array.from({ length: 12 }, () => { const w = Array.from({ length: 9 + rand(8) }, word); w[0] = w[0][0].toUpperCase() + w[0].slice(1); return w.join(' ') + '.'; }).join(' ');
    async function* items() { for (let i = 0; i < ${TOTAL}; i++) yield { type: 'document', doc: { id: 'doc-' + i, text: text(), origin: 'synthetic:' + i } }; }
    const store = openSqliteStore({ file: ${JSON.stringify(file)} });
    let last = -1;
    const s = await addDocuments(store, items(), { config: { workers: 0 }, onProgress: (p) => { if (p.added !== last) { last = p.added; process.stdout.write(p.added + '\\n'); } } });
    await store.close();
    process.stdout.write('done ' + JSON.stringify({ added: s.added, existing: s.existing, duplicates: s.duplicates, relinked: s.relinked, edges: s.edges, seconds: s.seconds }) + '\\n');
  `;
}

/** Reads the corpus every few milliseconds while the child writes: WAL lets readers run beside `add`. */
function readWhileWriting(file: string): { stop(): Promise<{ reads: number; counts: number[] }> } {
  let reads = 0;
  const counts: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, 20));
      try {
        const store = openSqliteStore({ file, readonly: true });
        try {
          counts.push((await store.counts()).documents);
          await store.search('ka lo', 3);
          reads++;
        } finally { await store.close(); }
      } catch (e) {
        if (!/no such file|empty database|needs migrating|unable to open/i.test((e as Error).message)) throw e;
      }
    }
  })();
  return { stop: async () => { running = false; await loop; return { reads, counts }; } };
}

function runChild(file: string, killAfter?: number): Promise<{ signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childCode(file)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const last = out.trim().split('\n').pop() ?? '';
      if (killAfter !== undefined && Number(last) >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal || code === 0 ? resolve({ signal, out }) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

function inspect(file: string) {
  const db = new Database(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    db.prepare(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`).run();
    const docs = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const indexed = (db.prepare('SELECT count(*) AS n FROM documents_fts_docsize').get() as { n: number }).n;
    const withoutPostings = (db.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM postings p WHERE p.doc = d.n)').get() as { n: number }).n;
    const pending = (db.prepare('SELECT count(*) AS n FROM documents WHERE linked = 0').get() as { n: number }).n;
    const ids = (db.prepare(`SELECT count(DISTINCT id) AS n FROM documents WHERE id LIKE 'doc-%'`).get() as { n: number }).n;
    return { integrity, docs, indexed, withoutPostings, pending, ids };
  } finally { db.close(); }
}

test('a kill -9 during add leaves a consistent database and a re-run completes without duplicates', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-crash-'));
  try {
    const file = join(dir, 'crash.db');
    const reader = readWhileWriting(file);
    const killed = await runChild(file, KILL_AFTER);
    const read = await reader.stop();
    assert.equal(killed.signal, 'SIGKILL');
    assert.ok(read.reads > 0, 'a reader ran while add was writing');
    assert.deepEqual(read.counts, [...read.counts].sort((a, b) => a - b), 'readers see the corpus grow, never shrink');
    const after = inspect(file);
    assert.equal(after.integrity, 'ok');
    assert.ok(after.docs >= KILL_AFTER && after.docs < TOTAL, `killed mid-way (${after.docs} documents)`);
    assert.equal(after.indexed, after.docs, 'every document has its full-text entry');
    assert.equal(after.withoutPostings, 0, 'every document has its fingerprints');
    const rerun = await runChild(file);
    assert.match(rerun.out, /done /);
    const summary = JSON.parse(rerun.out.slice(rerun.out.indexOf('done ') + 5)) as { added: number; existing: number; relinked: number };
    assert.equal(summary.added + summary.existing, TOTAL);
    assert.equal(summary.existing, after.docs);
    assert.equal(summary.relinked, after.pending);
    const final = inspect(file);
    assert.deepEqual([final.integrity, final.docs, final.ids, final.indexed, final.pending], ['ok', TOTAL, TOTAL, TOTAL, 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
