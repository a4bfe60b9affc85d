/**
 * @module
 * Small typed arrays for one comparison, cut from shared chunks. `new Int32Array(30)` asks the
 * embedder for a fresh backing store (V8 keeps only arrays of up to 64 bytes on its own heap), which
 * measured ~330 ns against ~40 ns for a view into an existing buffer; a ~1,000-word paraphrase pair
 * made ~640 such arrays per compare (per-sentence features and term vectors, per-link diffs), and each
 * one also has to be swept and freed later, by the garbage collector, on another thread.
 *
 * Chunks are never reused: a view keeps its chunk alive, and a chunk is freed once no view into it is
 * left, so there is no aliasing to get wrong. The cost is that one long-lived view keeps its whole
 * chunk: use these for data that dies with the comparison, not for what a DocumentCache keeps.
 * Every view is zero-filled, like a new typed array.
 *
 * {@link Scratch} is the other kind: one buffer reused by every call of a synchronous function, for
 * a table that is filled and read before the function returns (the token diff's score and flag tables).
 */

/** Bytes per chunk: ~16 small arrays of a sentence or link each, a few chunks per comparison. */
const CHUNK_BYTES = 16 * 1024;
/** Larger requests get an array of their own (they are few, and would waste chunk space). */
const MAX_SLAB_BYTES = CHUNK_BYTES / 8;

let chunk = new ArrayBuffer(CHUNK_BYTES);
let used = 0;

/** Byte offset of a fresh, 8-byte aligned region of `bytes` in the current chunk (a new chunk when full). */
function take(bytes: number): number {
  if (used + bytes > CHUNK_BYTES) {
    chunk = new ArrayBuffer(CHUNK_BYTES);
    used = 0;
  }
  const at = used;
  used += (bytes + 7) & ~7;
  return at;
}

/** A zeroed Int32Array of length n, for data that dies with the comparison. */
export function int32s(n: number): Int32Array {
  if (n * 4 > MAX_SLAB_BYTES) return new Int32Array(n);
  const at = take(n * 4);
  return new Int32Array(chunk, at, n);
}

/** A zeroed Float64Array of length n, for data that dies with the comparison. */
export function float64s(n: number): Float64Array {
  if (n * 8 > MAX_SLAB_BYTES) return new Float64Array(n);
  const at = take(n * 8);
  return new Float64Array(chunk, at, n);
}

/** A zeroed Uint8Array of length n, for data that dies with the comparison. */
export function uint8s(n: number): Uint8Array {
  if (n > MAX_SLAB_BYTES) return new Uint8Array(n);
  const at = take(n);
  return new Uint8Array(chunk, at, n);
}

/** A zeroed Uint32Array of length n, for data that dies with the comparison. */
export function uint32s(n: number): Uint32Array {
  if (n * 4 > MAX_SLAB_BYTES) return new Uint32Array(n);
  const at = take(n * 4);
  return new Uint32Array(chunk, at, n);
}

/**
 * A typed array reused across calls, handed out zeroed: for a table a synchronous function fills and
 * reads before it returns (nothing can share it meanwhile). It grows, doubling, when a call needs more.
 */
export class Scratch<T extends Int32Array | Uint8Array> {
  #buffer: T;

  /** @param make allocates a buffer of the kind wanted (`(n) => new Int32Array(n)`) */
  constructor(private readonly make: (n: number) => T, initial = 4096) {
    this.#buffer = make(initial);
  }

  /** A zeroed view of `size` elements, valid until the next call. */
  zeroed(size: number): T {
    if (this.#buffer.length < size) this.#buffer = this.make(Math.max(size, this.#buffer.length * 2));
    const view = this.#buffer.subarray(0, size) as T;
    view.fill(0);
    return view;
  }
}
