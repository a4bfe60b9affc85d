/**
 * @module
 * Banding parameters for MinHash LSH. A document pair with Jaccard similarity `s` shares at least
 * one band of `r` rows out of `b` with probability `1 - (1 - s^r)^b`, an S-curve around the
 * threshold (Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3.4). As in
 * datasketch's `MinHashLSH`, `(b, r)` is chosen to minimise the weighted area of false positives
 * (pairs below the threshold that collide) plus false negatives (pairs above it that do not).
 */

/** Chosen banding: `bands` bands of `rows` minhash values each (`bands * rows <= numPerm`). */
export interface LshParams {
  bands: number;
  rows: number;
}

/** Simpson's rule intervals for the probability integrals (even). */
const STEPS = 200;

function integrate(f: (x: number) => number, a: number, b: number): number {
  if (b <= a) return 0;
  const h = (b - a) / STEPS;
  let sum = f(a) + f(b);
  for (let i = 1; i < STEPS; i++) sum += f(a + i * h) * (i % 2 === 1 ? 4 : 2);
  return (sum * h) / 3;
}

/** Probability that a pair of Jaccard similarity `s` shares a band. */
export function collisionProbability(s: number, bands: number, rows: number): number {
  return 1 - (1 - s ** rows) ** bands;
}

/** Area of collisions below the threshold: the expected false-positive mass. */
export function falsePositiveArea(threshold: number, bands: number, rows: number): number {
  return integrate((s) => collisionProbability(s, bands, rows), 0, threshold);
}

/** Area of misses above the threshold: the expected false-negative mass. */
export function falseNegativeArea(threshold: number, bands: number, rows: number): number {
  return integrate((s) => 1 - collisionProbability(s, bands, rows), threshold, 1);
}

/**
 * The banding that minimises `fpWeight * falsePositives + fnWeight * falseNegatives`.
 * @param threshold the Jaccard similarity that should collide, in (0, 1)
 * @param numPerm number of minhash values per document
 * @param fpWeight weight of false positives (extra candidates to verify)
 * @param fnWeight weight of false negatives (missed copies); weights need not sum to 1
 * @returns bands and rows
 */
export function optimalLshParams(threshold: number, numPerm: number, fpWeight = 0.5, fnWeight = 0.5): LshParams {
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`Expected a threshold in (0, 1), not ${threshold}`);
  if (!Number.isInteger(numPerm) || numPerm < 2) throw new RangeError(`Expected an integer numPerm >= 2, not ${numPerm}`);
  let best: LshParams = { bands: 1, rows: 1 };
  let bestError = Infinity;
  for (let bands = 1; bands <= numPerm; bands++) {
    for (let rows = 1; rows * bands <= numPerm; rows++) {
      const error = fpWeight * falsePositiveArea(threshold, bands, rows) + fnWeight * falseNegativeArea(threshold, bands, rows);
      if (error < bestError) { bestError = error; best = { bands, rows }; }
    }
  }
  return best;
}
