import { existsSync, statSync } from "node:fs";
import { utimes, writeFile } from "node:fs/promises";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { streamTempFile, takeTempFile } from "@/lib/temp-files";

describe("temporary files of backups", () => {
  it("are private, randomly named, in one private directory, and gone once removed", async () => {
    const [a, b] = [await takeTempFile("u-private"), await takeTempFile("u-other")];
    try {
      expect(path.dirname(a.path)).toBe(path.dirname(b.path));
      expect(a.path).not.toBe(b.path);
      expect(statSync(a.path).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(a.path)).mode & 0o777).toBe(0o700);
    } finally {
      await Promise.all([a.remove(), b.remove()]);
    }
    expect(existsSync(a.path) || existsSync(b.path)).toBe(false);
  });

  it("allows two per account at once: a third is refused until one is removed", async () => {
    const first = await takeTempFile("u-busy");
    const second = await takeTempFile("u-busy");
    await expect(takeTempFile("u-busy")).rejects.toMatchObject({ code: "CONFLICT", messageKey: "import.errors.busy" });
    const elsewhere = await takeTempFile("u-calm");
    await first.remove();
    await first.remove();
    const third = await takeTempFile("u-busy");
    await expect(takeTempFile("u-busy")).rejects.toMatchObject({ code: "CONFLICT" });
    await Promise.all([second.remove(), third.remove(), elsewhere.remove()]);
  });

  it("streams a file whole, deleted at once, its place freed when the stream ends or is cancelled", async () => {
    const text = "备份".repeat(100_000);
    const file = await takeTempFile("u-stream");
    await writeFile(file.path, text);
    const stream = await streamTempFile(file);
    expect(existsSync(file.path)).toBe(false);
    expect(await new Response(stream).text()).toBe(text);

    const [a, b] = [await takeTempFile("u-stream"), await takeTempFile("u-stream")];
    await writeFile(a.path, text);
    const reader = (await streamTempFile(a)).getReader();
    await reader.read();
    await reader.cancel();
    const c = await takeTempFile("u-stream");
    await Promise.all([b.remove(), c.remove()]);
  });

  it("sweeps the files a killed process left an hour ago, not newer ones", async () => {
    const [left, recent] = [await takeTempFile("u-killed"), await takeTempFile("u-killed")];
    const hours = (n: number) => new Date(Date.now() - n * 3_600_000);
    await utimes(left.path, hours(2), hours(2));
    const next = await takeTempFile("u-sweeper");
    expect([existsSync(left.path), existsSync(recent.path)]).toEqual([false, true]);
    await Promise.all([left.remove(), recent.remove(), next.remove()]);
  });
});
