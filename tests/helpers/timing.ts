// Timing for tests that bound how time grows with input, without racing the wall clock.

/** Fastest of a few runs, in ms: noise on a shared machine only ever adds time. */
export function fastest(run: () => unknown, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How time grows per fourfold input: ~4 when linear, ~16 when quadratic. Measured on an input
 * eight times as long, the two taken in turns (so a busy spell of the machine slows both) and
 * brought back to a fourfold step (the 2/3 power), which also shrinks what noise is left.
 */
export function growthRatio(make: (n: number) => string, parse: (text: string) => unknown, n = 40_000): number {
  const small = make(n);
  const large = make(8 * n);
  parse(small); // warm up
  parse(large);
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < 7; i += 1) {
    smallMs = Math.min(smallMs, fastest(() => parse(small), 1));
    largeMs = Math.min(largeMs, fastest(() => parse(large), 1));
  }
  return (largeMs / Math.max(0.5, smallMs)) ** (2 / 3);
}
