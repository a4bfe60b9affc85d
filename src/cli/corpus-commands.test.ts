/**
 * The corpus commands (`add`, `find`, `clusters`, `demo`) through main(), in-process, on the team's
 * example corpus and files written here; and `add` once through the built binary, whose worker
 * threads run from dist/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from './main.js';
import { MemoryStream } from './test-helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLES = join(ROOT, 'examples/corpus/articles.jsonl');
/** Documents in the example corpus (one a line). */
const COUNT = readFileSync(ARTICLES, 'utf8').split('\n').filter((l) => l.trim()).length;

/** Reuse clusters the labels imply: groups of documents joined by labelled duplicate or derived pairs. */
function labelledClusters(): number {
  const labels = JSON.parse(readFileSync(join(ROOT, 'examples/corpus/labels.json'), 'utf8')) as Array<{ a: string; b: string; relation: string }>;
  const parent = new Map<string, string>();
  const root = (x: string): string => { while (parent.has(x)) x = parent.get(x)!; return x; };
  const members = new Set<string>();
  for (const l of labels) {
    if (!['duplicate', 'derived', 'partially-derived'].includes(l.relation)) continue;
    members.add(l.a); members.add(l.b);
    const [ra, rb] = [root(l.a), root(l.b)];
    if (ra !== rb) parent.set(ra, rb);
  }
  return new Set([...members].map(root)).size;
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new MemoryStream();
  const stderr = new MemoryStream();
  const code = await main(argv, { stdout, stderr }, { ...process.env, NO_COLOR: '1' });
  return { code, out: stdout.text, err: stderr.text };
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return path.endsWith('.ts') && !path.endsWith('.test.ts') ? st.mtimeMs : 0;
  return Math.max(0, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

test('corpus commands', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-cli-corpus-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'corpus.db');
  const bad = join(dir, 'extra.jsonl');
  writeFileSync(bad, `{"id": "note-1", "text": "A short note about the harbour market, written for this test."}\n{"id": broken\n`);

  await t.test('add: ingests, prints a summary with the skipped line, exit 0', async () => {
    const r = await run('add', '--db', db, '--workers', '0', ARTICLES, bad);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`^added ${COUNT + 1} documents, 0 exact duplicates linked, 0 already in the corpus, 1 skipped`));
    assert.match(r.out, /extra\.jsonl:2: not valid JSON/);
    assert.match(r.out, /relations found: .*derived/);
    const again = await run('add', '--db', db, '--workers', '0', ARTICLES);
    assert.match(again.out, new RegExp(`^added 0 documents, 0 exact duplicates linked, ${COUNT} already in the corpus`));
  });

  await t.test('add: draws a progress bar (docs/s, ETA) only when stderr is a terminal', async () => {
    const stdout = new MemoryStream();
    const stderr = new MemoryStream(true);
    const code = await main(['add', '--db', join(dir, 'tty.db'), '--workers', '0', ARTICLES], { stdout, stderr }, { ...process.env, NO_COLOR: '1' });
    assert.equal(code, 0);
    assert.match(stderr.text, new RegExp(`adding \\[.*\\] 100% \\| ${COUNT}/${COUNT} \\| ${COUNT} added, 0 duplicates, 0 skipped \\| \\d+ docs/s \\| ETA`));
    assert.match(stdout.text, new RegExp(`^added ${COUNT} documents`));
  });

  await t.test('add: nothing readable is bad input, exit 2', async () => {
    const r = await run('add', '--db', join(dir, 'other.db'), join(dir, 'missing.txt'));
    assert.equal(r.code, 2);
    assert.match(r.out, /missing\.txt: no such file or folder/);
  });

  await t.test('find: a stored id as copytrace.find/1 and as text', async () => {
    const r = await run('find', '--db', db, 'transfer-original', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { schema: string; query: string; matches: { id: string; direction: string; coverage: { query: number; match: number } }[] };
    assert.equal(json.schema, 'copytrace.find/1');
    assert.deepEqual(json.matches.map((m) => m.id).sort(), ['transfer-summary', 'transfer-translated']);
    assert.ok(json.matches.every((m) => m.direction === 'query->match' && typeof m.coverage.query === 'number'));
    const limited = JSON.parse((await run('find', '--db', db, 'transfer-original', '--json', '--limit', '1')).out) as { matches: unknown[] };
    assert.equal(limited.matches.length, 1);
    const text = await run('find', '--db', db, 'rates-paraphrase');
    assert.match(text.out, /rates-original\s+derived\s+score \d\.\d\d\s+source of the query/);
  });

  await t.test('find: a file not in the corpus is looked up without being added', async () => {
    const articles = readFileSync(ARTICLES, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, `Filed by our correspondent.\n\n${articles.find((a) => a.id === 'fire-original')!.text}`);
    const r = await run('find', '--db', db, copy, '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { query: string; matches: { id: string; relation: string }[] };
    assert.equal(json.query, copy);
    assert.ok(json.matches.some((m) => m.id === 'fire-original' && m.relation !== 'related'));
    const counts = JSON.parse((await run('find', '--db', db, 'fire-original', '--json')).out) as { matches: { id: string }[] };
    assert.ok(!counts.matches.some((m) => m.id === copy), 'the query was not stored');
  });

  await t.test('find: an unknown id is bad input (exit 2); no corpus is a run-time failure (exit 1)', async () => {
    const r = await run('find', '--db', db, 'no-such-story');
    assert.equal(r.code, 2);
    assert.match(r.err, /^copytrace: no-such-story: no document with this id in the corpus, and no such file\n$/);
    const none = await run('find', '--db', join(dir, 'nothing.db'), 'x');
    assert.equal(none.code, 1);
    assert.match(none.err, /no corpus here/);
  });

  await t.test('clusters: copytrace.clusters/1 with every member reachable, and a text form', async () => {
    const r = await run('clusters', '--db', db, '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { schema: string; clusters: { id: string; origin: string | null; members: string[]; edges: { from: string; to: string; relation: string; score: number }[] }[] };
    assert.equal(json.schema, 'copytrace.clusters/1');
    const budget = json.clusters.find((c) => c.origin === 'budget-original');
    assert.deepEqual(budget?.members, ['budget-altered', 'budget-original', 'budget-verbatim']);
    for (const c of json.clusters) for (const m of c.members) assert.ok(c.edges.some((e) => e.from === m || e.to === m), `${m} is on an edge of ${c.id}`);
    const text = await run('clusters', '--db', db);
    assert.match(text.out, /reuse clusters, \d+ documents/);
    assert.match(text.out, /origin budget-original {2}2025-03-12 "Halverton council passes/);
    assert.match(text.out, /budget-original -> budget-verbatim {2}duplicate/);
  });

  await t.test('demo: adds the examples to a temporary corpus and shows clusters and a comparison', async () => {
    const r = await run('demo');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`added ${COUNT} documents`));
    assert.match(r.out, /origin transfer-original/);
    assert.match(r.out, /\ncompare \S+ \S+:\n {2}\S+ is (derived from|a duplicate of|partly drawn from) /);
  });

  await t.test('add through the built binary runs its worker threads from dist/', async () => {
    const mainJs = join(ROOT, 'dist/cli/main.js');
    if (!existsSync(mainJs) || newestMtime(join(ROOT, 'src')) > statSync(mainJs).mtimeMs) {
      spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
    }
    if (!existsSync(join(ROOT, 'lexicon'))) { t.skip('lexicon/ not built (run npm run build)'); return; }
    const binDb = join(dir, 'bin.db');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/copytrace.js'), 'add', '--db', binDb, '--workers', '2', ARTICLES], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^added ${COUNT} documents`));
    assert.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
    const c = spawnSync(process.execPath, [join(ROOT, 'bin/copytrace.js'), 'clusters', '--db', binDb, '--json'], { encoding: 'utf8' });
    assert.equal((JSON.parse(c.stdout) as { clusters: unknown[] }).clusters.length, labelledClusters());
  });
});
