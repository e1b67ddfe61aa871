import { describe, expect, it, vi } from "vitest";

import { cachedFeedBody } from "@/lib/cache/feed-bodies";

const etag = () => `"${Math.random()}"`;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("cachedFeedBody", () => {
  it("builds once for concurrent and later polls of the same ETag, as UTF-8", async () => {
    const tag = etag();
    const build = vi.fn(async () => "BEGIN:VCALENDAR\r\nSUMMARY:字节跳动\r\nEND:VCALENDAR");
    const [a, b] = await Promise.all([cachedFeedBody(tag, build), cachedFeedBody(tag, build)]);
    expect(a).toBe(b);
    expect(await cachedFeedBody(tag, build)).toBe(a);
    expect(build).toHaveBeenCalledTimes(1);
    expect(text(a)).toContain("字节跳动");
    await cachedFeedBody(etag(), build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it("forgets a failed build", async () => {
    const tag = etag();
    await expect(cachedFeedBody(tag, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(text(await cachedFeedBody(tag, async () => "up"))).toBe("up");
  });

  it("keeps at most its byte bound: the oldest feeds go first, a recently read one stays", async () => {
    const big = "x".repeat(5 * 1024 * 1024);
    const tags = Array.from({ length: 6 }, etag);
    const build = vi.fn(async () => big);
    await cachedFeedBody(tags[0]!, build);
    for (const tag of tags.slice(1)) {
      await cachedFeedBody(tag, build);
      // The first is read between the others, so it stays the most recent.
      await cachedFeedBody(tags[0]!, build);
    }
    expect(build).toHaveBeenCalledTimes(6);
    // 24 MB hold four 5 MB feeds: the first and the last three; the second and third were dropped.
    for (const tag of [tags[0]!, ...tags.slice(3)]) await cachedFeedBody(tag, build);
    expect(build).toHaveBeenCalledTimes(6);
    await cachedFeedBody(tags[1]!, build);
    expect(build).toHaveBeenCalledTimes(7);
  });
});
