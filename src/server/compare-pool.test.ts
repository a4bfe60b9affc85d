import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../core/compare.js';
import { ComparePool } from './compare-pool.js';
import { HttpError } from './http-errors.js';

const A = 'The Harlow council approved a budget of 12 million pounds on Monday. The mayor said the vote was close.';
const B = 'The Harlow council approved a budget of 15 million pounds on Monday. The mayor said the vote was not close.';

test('worker threads give the same result as compare() in-process, in parallel', async () => {
  const pool = new ComparePool(2, 60_000);
  try {
    const want = compare(A, B, { withText: true });
    const got = await Promise.all([1, 2, 3, 4].map(() => pool.run({ text: A }, { text: B }, { withText: true })));
    for (const g of got) assert.deepEqual(g, want);
  } finally { await pool.close(); }
});

test('a comparison past the time limit is stopped with 503 and the pool recovers', async () => {
  const pool = new ComparePool(1, 60_000);
  try {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the council met on day ${i} to vote on the budget.`).join(' ');
    await assert.rejects(pool.run({ text: long }, { text: long }, {}, 1), (e: unknown) => e instanceof HttpError && e.status === 503 && e.code === 'compare.timeout');
    assert.equal((await pool.run({ text: A }, { text: B }, {})).schema, 'copytrace.compare/1');
  } finally { await pool.close(); }
});

test('size 0 runs in-process', async () => {
  const pool = new ComparePool(0, 1);
  assert.equal((await pool.run({ text: A }, { text: B }, {})).schema, 'copytrace.compare/1');
});

test('past the queue bound new comparisons get 503 server.busy', async () => {
  const pool = new ComparePool(1, 60_000, 1);
  try {
    const first = pool.run({ text: A }, { text: B }, {});
    const second = pool.run({ text: A }, { text: B }, {});
    await assert.rejects(pool.run({ text: A }, { text: B }, {}), (e: unknown) => e instanceof HttpError && e.code === 'server.busy');
    await Promise.all([first, second]);
  } finally { await pool.close(); }
});
