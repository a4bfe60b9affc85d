import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../core/compare.js';
import { ComparePool } from './compare-pool.js';
import { HttpError } from './http-errors.js';
import type { CompareOptions, CompareResult, DocumentInput } from '../core/types.js';

/** A comparison through the pool, parsed. */
const run = async (pool: ComparePool, a: DocumentInput, b: DocumentInput, options: CompareOptions, timeoutMs?: number): Promise<CompareResult> =>
  JSON.parse(await pool.json(a, b, options, timeoutMs)) as CompareResult;

const A = 'The Harlow council approved a budget of 12 million pounds on Monday. The mayor said the vote was close.';
const B = 'The Harlow council approved a budget of 15 million pounds on Monday. The mayor said the vote was not close.';

test('worker threads give the same result as compare() in-process, in parallel', async () => {
  const pool = new ComparePool(2, 60_000);
  try {
    const want = compare(A, B, { withText: true });
    const got = await Promise.all([1, 2, 3, 4].map(() => run(pool, { text: A }, { text: B }, { withText: true })));
    for (const g of got) assert.deepEqual(g, JSON.parse(JSON.stringify(want)));
  } finally { await pool.close(); }
});

test('a comparison past the time limit is stopped with 503 and the pool recovers', async () => {
  const pool = new ComparePool(1, 60_000);
  try {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the council met on day ${i} to vote on the budget.`).join(' ');
    await assert.rejects(run(pool, { text: long }, { text: long }, {}, 1), (e: unknown) => e instanceof HttpError && e.status === 503 && e.code === 'compare.timeout');
    assert.equal((await run(pool, { text: A }, { text: B }, {})).schema, 'copytrace.compare/1');
  } finally { await pool.close(); }
});

test('size 0 runs in-process', async () => {
  const pool = new ComparePool(0, 1);
  assert.equal((await run(pool, { text: A }, { text: B }, {})).schema, 'copytrace.compare/1');
});

test('past the queue bound new comparisons get 503 server.busy', async () => {
  const pool = new ComparePool(1, 60_000, 1);
  try {
    // two in the worker (one running, one waiting in its port), one in the queue
    const accepted = [1, 2, 3].map(() => run(pool, { text: A }, { text: B }, {}));
    await assert.rejects(run(pool, { text: A }, { text: B }, {}), (e: unknown) => e instanceof HttpError && e.code === 'server.busy');
    await Promise.all(accepted);
  } finally { await pool.close(); }
});

test('jobs waiting behind one that times out are run again on the new worker, not lost', async () => {
  const pool = new ComparePool(1, 60_000);
  try {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the council met on day ${i} to vote on the budget.`).join(' ');
    const slow = run(pool, { text: long }, { text: long }, {}, 1);
    const behind = [run(pool, { text: A }, { text: B }, {}), run(pool, { text: B }, { text: A }, {})];
    await assert.rejects(slow, (e: unknown) => e instanceof HttpError && e.code === 'compare.timeout');
    const [ab, ba] = await Promise.all(behind);
    assert.deepEqual(ab, JSON.parse(JSON.stringify(compare(A, B))));
    assert.deepEqual(ba, JSON.parse(JSON.stringify(compare(B, A))));
  } finally { await pool.close(); }
});

test('json() gives compare()\'s contract JSON text', async () => {
  const pool = new ComparePool(1, 60_000);
  try {
    const text = await pool.json({ text: A }, { text: B }, {});
    assert.equal(text, JSON.stringify(compare(A, B)));
  } finally { await pool.close(); }
});
