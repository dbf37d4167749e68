// A sliding window of numbers kept sorted, with its median and median absolute deviation (MAD) on demand:
// adding or removing a value is one binary search and one typed-array shift, the median is read in place and
// the MAD is a merge walk from the median outwards, so a series of n days costs O(n x window), never O(n^2).

export interface RobustWindow {
  add(value: number): void;
  remove(value: number): void;
  readonly size: () => number;
  /** The median of the values in the window (NaN when empty). */
  median(): number;
  /** The median of |value - center| over the window (NaN when empty). */
  mad(center: number): number;
}

/** A window holding at most `capacity` values at once. */
export function createRobustWindow(capacity: number): RobustWindow {
  const sorted = new Float64Array(Math.max(1, capacity));
  let length = 0;
  const lowerBound = (value: number): number => {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The k-th smallest (0-based) of the deviations |x - center|: the two sides of `center` merged outwards. */
  const kthDeviation = (center: number, k: number): number => {
    let right = lowerBound(center);
    let left = right - 1;
    let found = 0;
    for (let taken = 0; taken <= k; taken++) {
      const dl = left >= 0 ? center - (sorted[left] ?? 0) : Infinity;
      const dr = right < length ? (sorted[right] ?? 0) - center : Infinity;
      if (dl <= dr) {
        found = dl;
        left -= 1;
      } else {
        found = dr;
        right += 1;
      }
    }
    return found;
  };
  return {
    add(value) {
      if (length === sorted.length) throw new RangeError('robust window over capacity');
      const at = lowerBound(value);
      sorted.copyWithin(at + 1, at, length);
      sorted[at] = value;
      length += 1;
    },
    remove(value) {
      const at = lowerBound(value);
      if (at >= length || sorted[at] !== value) return;
      sorted.copyWithin(at, at + 1, length);
      length -= 1;
    },
    size: () => length,
    median() {
      if (length === 0) return NaN;
      const mid = length >>> 1;
      return length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
    },
    mad(center) {
      if (length === 0) return NaN;
      const mid = length >>> 1;
      return length % 2 === 1 ? kthDeviation(center, mid) : (kthDeviation(center, mid - 1) + kthDeviation(center, mid)) / 2;
    },
  };
}

/** The median of a few numbers (the seasonal lags), NaN when there are none. */
export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >>> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
