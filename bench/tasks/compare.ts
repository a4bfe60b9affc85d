/**
 * @module
 * `compare`: in-process compare() time on ~1,000-word article pairs after warm-up.
 */
import { compare } from '../../eval/lib/engine.js';
import { metric, type Task } from '../../eval/lib/harness.js';
import { longPairs, quantile, words } from '../lib/docs.js';

/** Untimed runs first, so JIT and lazy lexicon loading do not count. */
const WARMUP = 20;
/** Timed runs (cycling through the pairs). */
const RUNS = 60;

/** The compare bench. */
export const task: Task = {
  name: 'compare',
  description: 'compare() median and p95 ms on ~1,000-word pairs after warm-up',
  async run() {
    const pairs = longPairs();
    for (let i = 0; i < WARMUP; i++) { const p = pairs[i % pairs.length]!; compare(p.a, p.b); }
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const p = pairs[i % pairs.length]!;
      const t0 = performance.now();
      compare(p.a, p.b);
      times.push(performance.now() - t0);
    }
    const mean = (side: 'a' | 'b') => Math.round(pairs.reduce((s, p) => s + words(p[side]), 0) / pairs.length);
    return [
      metric('words in a / b (mean)', `${mean('a')} / ${mean('b')}`),
      metric('compare median', quantile(times, 0.5), '<= 10', 'ms'),
      metric('compare p95', quantile(times, 0.95), '< 100', 'ms'),
    ];
  },
};
