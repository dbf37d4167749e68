// Scratch typed arrays that one computeSchedule call can reuse from the last: at 100k tasks a schedule needs
// some 25 MB of typed arrays that live only for the call, and fresh memory is paid for page by page on first
// touch (the dominant cost at that size, and why it grew faster than linearly). Outside `withScratch` every
// array is freshly allocated, so what the lower-level entry points return is never shared.

let pool: ArrayBuffer[] | undefined;
let next = 0;
const kept: ArrayBuffer[] = [];

/** Runs `work` with array reuse on; nothing it returns may hold a scratch array. Not re-entrant (nested calls allocate). */
export function withScratch<T>(work: () => T): T {
  if (pool !== undefined) return work();
  pool = kept;
  next = 0;
  try {
    return work();
  } finally {
    pool = undefined;
  }
}

function take(bytes: number): ArrayBuffer | undefined {
  if (pool === undefined) return undefined;
  const slot = next++;
  const buffer = pool[slot];
  if (buffer !== undefined && buffer.byteLength >= bytes) return buffer;
  const fresh = new ArrayBuffer(Math.max(bytes, 8));
  pool[slot] = fresh;
  return fresh;
}

/** A zeroed Int32Array of `length`. */
export function int32Array(length: number): Int32Array {
  const buffer = take(length * 4);
  return buffer === undefined ? new Int32Array(length) : new Int32Array(buffer, 0, length).fill(0);
}

/** A zeroed Float64Array of `length`. */
export function float64Array(length: number): Float64Array {
  const buffer = take(length * 8);
  return buffer === undefined ? new Float64Array(length) : new Float64Array(buffer, 0, length).fill(0);
}

/** A zeroed Uint8Array of `length`. */
export function uint8Array(length: number): Uint8Array {
  const buffer = take(length);
  return buffer === undefined ? new Uint8Array(length) : new Uint8Array(buffer, 0, length).fill(0);
}
