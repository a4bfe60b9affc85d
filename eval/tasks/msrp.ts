/**
 * @module
 * `msrp`: the MSR paraphrase corpus, scored with the engine's `sentenceSimilarity`. The paraphrase
 * threshold is chosen on the train set (best accuracy) and applied unchanged to the test set.
 */
import { metric, type Task } from '../lib/harness.js';
import { loadSentenceSimilarity, type SentenceSimilarity } from '../lib/engine.js';
import { readTsv, sharedPath } from '../lib/paths.js';

interface Scored { gold: boolean; sim: number }

function score(path: string, sim: SentenceSimilarity): Scored[] {
  // Columns: Quality, #1 ID, #2 ID, #1 String, #2 String.
  return readTsv(path, true).map((f) => ({ gold: f[0] === '1', sim: sim(f[3] ?? '', f[4] ?? '') }));
}

/**
 * The threshold (predict paraphrase when sim >= t) that maximises accuracy on `rows`.
 * Sweeps every distinct score in one pass over the sorted list.
 */
export function bestThreshold(rows: Scored[]): { threshold: number; accuracy: number } {
  const sorted = [...rows].sort((x, y) => x.sim - y.sim);
  let correct = sorted.filter((r) => r.gold).length; // t below every score: all predicted positive
  let best = { threshold: sorted[0]?.sim ?? 0, accuracy: correct / Math.max(1, rows.length) };
  for (let i = 0; i < sorted.length; i++) {
    correct += sorted[i]!.gold ? -1 : 1; // row i now predicted negative
    const next = sorted[i + 1];
    if (next && next.sim === sorted[i]!.sim) continue;
    const threshold = next ? (sorted[i]!.sim + next.sim) / 2 : sorted[i]!.sim + 1e-9;
    if (correct / rows.length > best.accuracy) best = { threshold, accuracy: correct / rows.length };
  }
  return best;
}

/** Accuracy and F1 (paraphrase as the positive class) of `sim >= threshold`. */
export function accuracyAt(rows: Scored[], threshold: number): { accuracy: number; f1: number } {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    const p = r.sim >= threshold;
    if (p && r.gold) tp++; else if (p) fp++; else if (r.gold) fn++; else tn++;
  }
  return { accuracy: (tp + tn) / Math.max(1, rows.length), f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn) };
}

/** The msrp task. */
export const task: Task = {
  name: 'msrp',
  description: 'MSR paraphrase: sentenceSimilarity threshold from train, accuracy on test',
  async run() {
    const train = sharedPath('corpora', 'msrp', 'msr_paraphrase_train.txt');
    const test = sharedPath('corpora', 'msrp', 'msr_paraphrase_test.txt');
    const sim = await loadSentenceSimilarity();
    const fit = bestThreshold(score(train, sim));
    const onTest = accuracyAt(score(test, sim), fit.threshold);
    return [
      metric('threshold (from train)', fit.threshold),
      metric('train accuracy', fit.accuracy),
      metric('test accuracy', onTest.accuracy, '>= 0.73'),
      metric('test F1', onTest.f1),
    ];
  },
};
