/**
 * @module
 * Warming a compare worker before its first request: the first comparisons in a fresh thread pay
 * for loading the lexicon, looking up everyday words and compiling the engine, which would
 * otherwise land on the first users' requests as a slow tail. A short invented story and a
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

/** Comparisons run to warm a thread: enough for most of the engine's hot functions to be optimised. */
const WARM_RUNS = 30;
/** ... but no longer than this (ms), so a slow or busy machine does not keep a worker from its jobs. */
const WARM_MAX_MS = 1000;

/**
 * Runs comparisons of a built-in story and its copy, in both directions.
 * @returns milliseconds spent
 */
export function warmUp(): number {
  const t0 = performance.now();
  for (let i = 0; i < WARM_RUNS && performance.now() - t0 < WARM_MAX_MS; i++) {
    if (i % 2 === 0) compare(STORY, COPY);
    else compare(COPY, STORY);
  }
  return performance.now() - t0;
}
