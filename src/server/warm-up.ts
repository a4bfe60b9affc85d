/**
 * @module
 * Warming a compare worker up: the first few hundred comparisons in a fresh thread pay for loading
 * the lexicon, looking up everyday words and compiling the engine (two to three times the steady
 * cost), which would otherwise land on the first users' requests. A short invented story and a
 * reworded copy of it go through every stage (alignment, each change detector, the verdict).
 */
import { compare } from '../core/compare.js';

/** An invented story (the team's own text). */
const STORY = `Harbour town council approves flood wall after stormy debate

The council of Eastmere voted 7 to 4 on Tuesday to build a 2.3 kilometre flood wall along the harbour, ending two years of argument over how to protect the old town.

The wall will cost about 14 million pounds, most of it paid by a national grant, and work is due to start in March 2027.

"We cannot keep filling sandbags every winter," said Mayor Ruth Okafor, who proposed the plan. "This wall will protect 900 homes and the market square."

Opponents argued that the wall would block the view of the bay and hurt tourism. Councillor Peter Vance said the town had not considered cheaper options such as restoring the salt marsh.

The Environment Agency said last month that the harbour had flooded 11 times since 2015. Residents of Quay Street were evacuated twice in January.

Shop owners were divided. Some welcomed the decision, while others feared months of building work would keep visitors away during the summer.

The council will hold a public meeting on the design next week.`;

/** A reworded copy with changed figures, a dropped quote, a hedge and an added sentence. */
const COPY = `Eastmere council backs harbour flood wall

Eastmere's council voted 7-4 on Tuesday in favour of a 2.3 km flood barrier along the harbour, after two years of dispute over how to shield the historic town centre.

The barrier is expected to cost roughly 16 million pounds, largely funded by a government grant, and construction could begin in March 2027.

"We cannot keep filling sandbags every winter," Mayor Ruth Okafor said.

Critics claimed the wall would spoil the view of the bay and damage tourism. Councillor Peter Vance said the town had never looked at cheaper options like restoring the salt marsh.

According to the Environment Agency, the harbour has flooded 11 times since 2015, and Quay Street residents were evacuated twice in January.

Local businesses were split on the decision.

A public meeting on the design will be held next week, the council said. Tickets are free.`;

/** The two texts joined in opposite orders: ~400-word documents with reordered halves, so the loops
 * over sentences and tokens run long enough to be optimised too. */
const LONG_A = `${STORY}\n\n${COPY}`;
const LONG_B = `${COPY}\n\n${STORY}`;

/** Time a thread spends warming up (ms of comparing, not counting the jobs served in between):
 * V8 needs a few hundred comparisons before the engine's hot functions are all optimised. */
const WARM_BUDGET_MS = 2500;
/** ... and at most this many comparisons. */
const WARM_MAX_RUNS = 400;

/** One warm-up comparison: the pairs in turn, both directions. */
function warmOnce(i: number): void {
  switch (i % 4) {
    case 0: compare(STORY, COPY); break;
    case 1: compare(COPY, STORY); break;
    case 2: compare(LONG_A, LONG_B); break;
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
