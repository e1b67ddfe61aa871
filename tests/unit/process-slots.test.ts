import { describe, expect, it } from "vitest";

import { processSlots } from "@/lib/process-slots";

/** A task that runs until released, recording how many run at once. */
function gate(active: { now: number; peak: number }) {
  let release = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  const task = async () => {
    active.now += 1;
    active.peak = Math.max(active.peak, active.now);
    await done;
    active.now -= 1;
  };
  return { task, release };
}

describe("process slots", () => {
  it("runs at most `size` tasks at once, the rest in order as slots free, and refuses past the queue", async () => {
    const run = processSlots(2, 2);
    const active = { now: 0, peak: 0 };
    const gates = Array.from({ length: 4 }, () => gate(active));
    const order: number[] = [];
    const runs = gates.map((g, i) => run(async () => { order.push(i); await g.task(); }));
    await expect(run(async () => "fifth")).rejects.toMatchObject({ code: "CONFLICT", messageKey: "import.errors.serverBusy" });
    await Promise.resolve();
    expect(order).toEqual([0, 1]);
    gates[1]!.release();
    await runs[1];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual([0, 1, 2]);
    for (const g of gates) g.release();
    await Promise.all(runs);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(active.peak).toBe(2);
    expect(await run(async () => "free again")).toBe("free again");
  });

  it("frees the slot when a task fails", async () => {
    const run = processSlots(1, 0);
    await expect(run(async () => { throw new Error("boom"); })).rejects.toThrow("boom");
    expect(await run(async () => 1)).toBe(1);
  });
});
