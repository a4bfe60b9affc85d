/**
 * @module
 * `sts`: the STS benchmark. Pearson correlation between the engine's `sentenceSimilarity` and the
 * human 0-5 scores, on test (the target), dev, and the news genre of test.
 */
import { metric, type Task } from '../lib/harness.js';
import { loadSentenceSimilarity, type SentenceSimilarity } from '../lib/engine.js';
import { readTsv, sharedPath } from '../lib/paths.js';

/** Pearson's r of two equally long series (NaN when either is constant). */
export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx, dy = y[i]! - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function correlate(path: string, sim: SentenceSimilarity, genre?: string): number {
  // Columns: genre, filename, year, id, score, sentence1, sentence2 [, licence fields].
  const rows = readTsv(path, false).filter((f) => f.length >= 7 && (!genre || f[0] === genre));
  return pearson(rows.map((f) => sim(f[5]!, f[6]!)), rows.map((f) => Number(f[4])));
}

/** The sts task. */
export const task: Task = {
  name: 'sts',
  description: 'STS benchmark: Pearson of sentenceSimilarity vs gold (test, dev)',
  async run() {
    const test = sharedPath('corpora', 'stsbenchmark', 'sts-test.csv');
    const dev = sharedPath('corpora', 'stsbenchmark', 'sts-dev.csv');
    const sim = await loadSentenceSimilarity();
    return [
      metric('test pearson', correlate(test, sim), '>= 0.70'),
      metric('dev pearson', correlate(dev, sim)),
      metric('test pearson (main-news)', correlate(test, sim, 'main-news')),
    ];
  },
};
