import { AsyncLocalStorage } from "node:async_hooks";
import v8 from "node:v8";
import vm from "node:vm";

import { describe, expect, it } from "vitest";

import { cachedFeedBody } from "@/lib/cache/feed-bodies";
import { cachedRead } from "@/lib/cache/user-reads";

// A cached entry must not keep alive the request that first loaded it. Next.js keeps each
// request's context in AsyncLocalStorage, and Node stores that context on every promise made
// inside it: a cache holding promises held whole finished requests.

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Stands for the framework's per-request context, with a request-sized payload. */
const requests = new AsyncLocalStorage<{ request: string; payload: string }>();

/** Whether the context `load` ran in is still reachable once its request is over and the heap collected. */
async function keepsItsRequest(load: () => Promise<unknown>): Promise<boolean> {
  let context!: WeakRef<object>;
  await requests.run({ request: "first", payload: "x".repeat(1_000_000) }, async () => {
    context = new WeakRef(requests.getStore()!);
    await load();
  });
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return context.deref() !== undefined;
}

describe("the process-wide caches keep values, not the requests that loaded them", () => {
  it("a page read", async () => {
    const reader = { id: `u-${Math.random()}`, dataVersion: "1" };
    expect(await keepsItsRequest(() => cachedRead(reader, "k", async () => ({ rows: [1] })))).toBe(false);
    // Still cached: a later request gets the first load's value.
    expect(await requests.run({ request: "second", payload: "" }, () => cachedRead(reader, "k", async () => ({ rows: [2] })))).toEqual({ rows: [1] });
  });

  it("a calendar feed", async () => {
    const etag = `"${Math.random()}"`;
    expect(await keepsItsRequest(() => cachedFeedBody(etag, async () => "BEGIN:VCALENDAR"))).toBe(false);
    const body = await requests.run({ request: "second", payload: "" }, () => cachedFeedBody(etag, async () => "rebuilt"));
    expect(new TextDecoder().decode(body)).toBe("BEGIN:VCALENDAR");
  });

  it("but a context kept on purpose is found: the check can see a leak", async () => {
    const kept: Promise<unknown>[] = [];
    expect(await keepsItsRequest(async () => kept.push(Promise.resolve(1)))).toBe(true);
    expect(kept).toHaveLength(1);
  });
});
