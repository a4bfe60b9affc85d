/**
 * @module
 * Array helpers that keep the engine's arrays in one V8 elements kind. `xs.map(f)` returns a
 * PACKED array while the calling function runs in the interpreter, and a HOLEY one once TurboFan
 * has optimised the caller (the inlined map allocates the result at full length, then fills it).
 * Code optimised for one kind deoptimises when it meets the other: a function that maps and then
 * reads the result, or any function that reads a mapped array made elsewhere, deoptimises,
 * returns to the interpreter (where map makes PACKED arrays again) and is compiled again, over and
 * over. Each worker thread paid that in compile time for its first thousand or so comparisons.
 * The rule is in docs/ARCHITECTURE.md.
 */

/**
 * `xs.map(f)`, always as a PACKED array (built by push), whether or not the caller is optimised.
 * @param xs the array to map
 * @param f the mapping, called with each element and its index
 * @returns a new array of the results
 */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
