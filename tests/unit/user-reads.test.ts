import { describe, expect, it, vi } from "vitest";

import { cachedRead, minuteNow } from "@/lib/cache/user-reads";

const user = (dataVersion: string) => ({ id: `u-${Math.random()}`, dataVersion });

describe("cachedRead", () => {
  it("loads once for concurrent callers with the same user, version and key", async () => {
    const reader = user("1");
    const load = vi.fn(async () => ({ rows: [1, 2] }));
    const [a, b] = await Promise.all([cachedRead(reader, "k", load), cachedRead(reader, "k", load)]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("loads again for another version or key", async () => {
    const reader = user("1");
    const load = vi.fn(async () => Math.random());
    const first = await cachedRead(reader, "k", load);
    expect(await cachedRead({ ...reader, dataVersion: "2" }, "k", load)).not.toBe(first);
    await cachedRead(reader, "other", load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("forgets a failed load", async () => {
    const reader = user("1");
    await expect(cachedRead(reader, "k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cachedRead(reader, "k", async () => "up")).toBe("up");
  });

  it("keeps a bounded number of reads, dropping the least recently used", async () => {
    const fill = async (count: number) => {
      for (let i = 0; i < count; i++) await cachedRead(user("1"), "k", async () => i);
    };
    const used = user("1");
    await cachedRead(used, "k", async () => "first load");
    await fill(300);
    expect(await cachedRead(used, "k", async () => "reloaded")).toBe("first load");
    await fill(300);
    expect(await cachedRead(used, "k", async () => "reloaded")).toBe("first load");
    await fill(1000);
    expect(await cachedRead(used, "k", async () => "reloaded")).toBe("reloaded");
  });
});

describe("minuteNow", () => {
  it("rounds the clock down to the minute", () => {
    vi.useFakeTimers({ now: new Date("2026-09-01T10:15:42.123Z") });
    expect(minuteNow().toISOString()).toBe("2026-09-01T10:15:00.000Z");
    vi.useRealTimers();
  });
});
