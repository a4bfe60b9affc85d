/**
 * @module
 * Warming a compare worker up: the first few hundred comparisons in a fresh thread pay for loading
 * the lexicon, looking up everyday words and compiling the engine (two to three times the steady
 * cost), which would otherwise land on the first users' requests. Invented stories and reworded,
 * translated-and-back copies of them (warm-up-texts.ts) go through every stage (alignment, each
 * change detector, the verdict).
 */
import { compare } from '../core/compare.js';
import { COPY, STORY, WIRE, WIRE_BACK } from './warm-up-texts.js';

/** The two texts joined in opposite orders: ~400-word documents with reordered halves, so the loops
 * over sentences and tokens run long enough to be optimised too. */
const LONG_A = `${STORY}\n\n${COPY}`;
const LONG_B = `${COPY}\n\n${STORY}`;
/** A ~1,000-word source and its copy mixing all three kinds of change (edit, translation, verbatim). */
const MIXED_A = `${WIRE}\n\n${STORY}\n\n${COPY}`;
const MIXED_B = `${WIRE_BACK}\n\n${COPY}\n\n${COPY}`;

/** Time a thread spends warming up (ms of comparing, not counting the jobs served in between):
 * V8 needs a few hundred comparisons before the engine's hot functions are all optimised. */
const WARM_BUDGET_MS = 2500;
/** ... and at most this many comparisons. */
const WARM_MAX_RUNS = 400;

/** One warm-up comparison: the pairs in turn, both directions. */
function warmOnce(i: number): void {
  switch (i % 6) {
    case 0: compare(STORY, COPY); break;
    case 1: compare(WIRE, WIRE_BACK); break;
    case 2: compare(LONG_A, LONG_B); break;
    case 3: compare(WIRE_BACK, WIRE); break;
    case 4: compare(MIXED_A, MIXED_B); break;
    default: compare(LONG_B, STORY, { verdictOnly: true });
  }
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
