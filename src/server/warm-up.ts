/**
 * @module
 * Warming a compare worker up: the first few hundred comparisons in a fresh thread pay for loading
 * the lexicon, looking up everyday words and compiling the engine (two to three times the steady
 * cost), which would otherwise land on the first users' requests. Invented stories and reworded,
 * translated-and-back copies of them (warm-up-texts.ts) go through every stage (alignment, each
 * change detector, the verdict).
 */
import { compare } from '../core/compare.js';
import { COPY, COURT, COURT_BACK, STORY, TRIAL, TRIAL_COPY, WIRE, WIRE_BACK } from './warm-up-texts.js';

/** The two texts joined in opposite orders: ~400-word documents with reordered halves, so the loops
 * over sentences and tokens run long enough to be optimised too. */
const LONG_A = `${STORY}\n\n${COPY}`;
const LONG_B = `${COPY}\n\n${STORY}`;
/** ~1,000-word sources and copies mixing every kind of change (edit, translation, overstatement,
 * verbatim), their stories in another order on each side. */
const MIXED_A = `${WIRE}\n\n${STORY}\n\n${COPY}`;
const MIXED_B = `${WIRE_BACK}\n\n${COPY}\n\n${COPY}`;
const MIXED_C = `${COURT}\n\n${TRIAL}\n\n${WIRE}`;
const MIXED_D = `${TRIAL_COPY}\n\n${WIRE_BACK}\n\n${COURT_BACK}`;

/** Time a thread spends warming up (ms of comparing, not counting the jobs served in between):
 * V8 needs a few hundred comparisons before the engine's hot functions are all optimised. */
const WARM_BUDGET_MS = 2500;
/** ... and at most this many comparisons. */
const WARM_MAX_RUNS = 400;

/** The warm-up comparisons, taken in turn: every pair, both directions, one unrelated pair. Each kind
 * of text V8 has not seen yet (names garbled, hedges dropped, a quote moved) re-optimises functions
 * under a user's request instead (measured: a fresh server's first 200 requests under load ran at
 * ~1.5x the CPU of later ones with the first four texts alone). */
const WARM_PAIRS: readonly (() => unknown)[] = [
  () => compare(STORY, COPY),
  () => compare(WIRE, WIRE_BACK),
  () => compare(TRIAL, TRIAL_COPY),
  () => compare(LONG_A, LONG_B),
  () => compare(COURT, COURT_BACK),
  () => compare(MIXED_A, MIXED_B),
  () => compare(WIRE_BACK, WIRE),
  () => compare(MIXED_C, MIXED_D),
  () => compare(COURT_BACK, COURT),
  () => compare(TRIAL_COPY, TRIAL),
  () => compare(LONG_B, STORY, { verdictOnly: true }),
  () => compare(COURT, STORY),
];

/** One warm-up comparison: the pairs in turn. */
function warmOnce(i: number): void {
  WARM_PAIRS[i % WARM_PAIRS.length]!();
}

/**
 * Compares built-in documents until the budget is spent, one comparison per turn of the event loop,
 * so that jobs arriving meanwhile are served between them rather than after the whole warm-up.
 * @returns a promise settled when the warm-up is over
 */
export function warmUp(budgetMs = WARM_BUDGET_MS): Promise<void> {
  return new Promise((resolve) => {
    let spent = 0;
    let runs = 0;
    const step = (): void => {
      const t0 = performance.now();
      try {
        warmOnce(runs++);
      } catch {
        resolve(); // a failed warm-up only costs speed; the jobs report their own errors
        return;
      }
      spent += performance.now() - t0;
      if (spent >= budgetMs || runs >= WARM_MAX_RUNS) resolve();
      else setImmediate(step);
    };
    setImmediate(step);
  });
}
