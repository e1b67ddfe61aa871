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
 * Time for an input four times as long over time for the input: ~4 when linear, ~16 when
 * quadratic, far enough apart that noise on a shared machine cannot decide it.
 */
export function growthRatio(make: (n: number) => string, parse: (text: string) => unknown, n = 40_000): number {
  const small = make(n);
  const large = make(4 * n);
  parse(small); // warm up
  parse(large);
  return fastest(() => parse(large)) / Math.max(0.5, fastest(() => parse(small)));
}
