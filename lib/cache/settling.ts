// The entries of the process-wide caches (page reads, calendar feeds). Callers at the same time
// share one load; once it has settled, an entry keeps the value alone, never the promise that
// loaded it. A promise keeps the async context it was made in (Node's AsyncLocalStorage stores it
// on the promise), and with it the whole request that first loaded the entry: its request and
// response, its render state and caches. Kept as promises, a full page-read cache held hundreds of
// finished requests, and the server ran out of heap under a long load with the cache on.

export type TSettling<T> = {
  /** The load while it runs, then a promise of its value made in the caller's own context. */
  read(): Promise<T>;
};

/** An entry for `loading`; `settled` is told how it ended (the value on success) once it has. */
export function settling<T>(loading: Promise<T>, settled: (outcome: { ok: true; value: T } | { ok: false }) => void): TSettling<T> {
  let running: Promise<T> | null = loading;
  let value: T;
  loading.then(
    (loaded) => {
      value = loaded;
      running = null;
      settled({ ok: true, value: loaded });
    },
    () => settled({ ok: false }),
  );
  return { read: () => running ?? Promise.resolve(value) };
}
