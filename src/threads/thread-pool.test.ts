import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CopytraceError } from '../errors.js';
import { ThreadPool, startWorker } from './thread-pool.js';

const FIXTURE = new URL('../../test/fixtures/pool-worker.ts', import.meta.url).href;
const pool = (size: number, depth: number) => new ThreadPool({ size, depth, name: 'test worker', start: () => startWorker(FIXTURE, 'pool-worker') });

test('answers come back to their own tasks, from every worker', async () => {
  const p = pool(2, 3);
  try {
    const got = await Promise.all(Array.from({ length: 20 }, (_, i) => p.run<string>({ echo: `t${i}` })));
    assert.deepEqual(got, Array.from({ length: 20 }, (_, i) => `t${i}`));
  } finally { await p.close(); }
});

test('a CopytraceError thrown in a worker is rejected with its code', async () => {
  const p = pool(1, 1);
  try {
    await assert.rejects(p.run({ fail: 'bad input' }), (e: unknown) => e instanceof CopytraceError && e.code === 'input.invalid' && e.message === 'bad input');
    assert.equal(await p.run({ echo: 'still serving' }), 'still serving');
  } finally { await p.close(); }
});

test('a worker that dies fails only the tasks it held and is replaced', async () => {
  const p = pool(1, 1);
  try {
    const dead = p.run({ die: true });
    const after = p.run<string>({ echo: 'next' });
    await assert.rejects(dead, (e: unknown) => e instanceof CopytraceError && e.code === 'internal' && /test worker exited with code 3/.test(e.message));
    assert.equal(await after, 'next');
  } finally { await p.close(); }
});

test('past its time limit a task fails, and the tasks queued behind it in that worker run on a new one', async () => {
  const p = pool(1, 3);
  try {
    const slow = p.run({ spinMs: 5_000, echo: 'slow' }, { timeoutMs: 200, onTimeout: () => new Error('too slow') });
    const behind = [p.run<string>({ echo: 'a' }, { timeoutMs: 10_000 }), p.run<string>({ echo: 'b' })];
    await assert.rejects(slow, /too slow/);
    assert.deepEqual(await Promise.all(behind), ['a', 'b']);
  } finally { await p.close(); }
});

test('the time limit counts from when the worker starts the task, not from when it was queued', async () => {
  const p = pool(1, 2);
  try {
    // the second task waits ~300 ms behind the first in the worker's port, then runs in a moment
    const first = p.run<string>({ spinMs: 300, echo: 'first' });
    const second = p.run<string>({ echo: 'second' }, { timeoutMs: 250 });
    assert.deepEqual(await Promise.all([first, second]), ['first', 'second']);
  } finally { await p.close(); }
});

test('hasRoom tells whether a task would be sent at once; a closed pool refuses tasks', async () => {
  const p = pool(1, 2);
  assert.equal(p.hasRoom(), true);
  const a = p.run({ spinMs: 100, echo: 'a' });
  const b = p.run({ echo: 'b' });
  assert.equal(p.hasRoom(), false);
  const c = p.run({ echo: 'c' });
  assert.equal(p.queued, 1);
  assert.deepEqual(await Promise.all([a, b, c]), ['a', 'b', 'c']);
  await p.close();
  await assert.rejects(p.run({ echo: 'late' }), /test worker pool is closed/);
});
