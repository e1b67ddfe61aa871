import { Readable } from "node:stream";

import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";

import { UploadedImages } from "@/lib/assets/uploaded-images";
import { MAX_ASSET_BYTES } from "@/lib/validation/import";
import { deflatedPng, zipOf } from "@/tests/helpers/zip-bomb";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
/** A zip's bytes as an upload streams them in: 64 KB at a time. */
const upload = (bytes: Uint8Array) => Readable.from((function* () {
  for (let at = 0; at < bytes.byteLength; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
})());
const MB = 1024 * 1024;

describe("images of a .zip upload", () => {
  it("stops a zip bomb (1 MB holding a 1 GiB PNG) at the image limit while inflating, memory bounded", { timeout: 60_000 }, async () => {
    const zip = zipOf([{ name: "assets/bomb.png", ...(await deflatedPng(1024 * MB)) }]);
    expect(zip.byteLength).toBeLessThan(1.1 * MB);
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const images = new UploadedImages();
    await expect(images.addZip(upload(zip))).rejects.toMatchObject({ code: "TOO_LARGE", messageKey: "import.errors.assetTooLarge" });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(images.images).toEqual([]);
    expect(peak - before).toBeLessThan(100 * MB);
  });

  it("stops at the total of one upload, summed over entries and zips", { timeout: 60_000 }, async () => {
    const entry = await deflatedPng(MAX_ASSET_BYTES - 1);
    const zip = zipOf(Array.from({ length: 6 }, (_, i) => ({ name: `assets/${i}.png`, ...entry })));
    const images = new UploadedImages();
    await images.addZip(upload(zip));
    expect(images.images).toHaveLength(6);
    await expect(images.addZip(upload(zip))).rejects.toMatchObject({ code: "TOO_LARGE", messageKey: "import.errors.assetsTooLarge" });
  });

  it("refuses more than 1,000 entries", async () => {
    const files = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`assets/${i}.txt`, new Uint8Array([1])]));
    await expect(new UploadedImages().addZip(upload(zipSync(files)))).rejects.toMatchObject({ code: "TOO_LARGE", messageKey: "import.errors.zipEntries" });
  });

  it("keeps images by base name, skips other files unread, and calls garbage a bad zip", async () => {
    const zip = zipSync({ "assets/1.png": PNG, "assets/sub/2.png": PNG, "assets/readme.txt": new Uint8Array([104, 105]), "__MACOSX/assets/._1.png": new Uint8Array([1]) });
    const images = new UploadedImages();
    await images.addZip(upload(zip));
    expect(images.images.map((i) => [i.name, i.bytes])).toEqual([["1.png", PNG], ["2.png", PNG]]);
    expect(images.skipped).toBe(2);
    await expect(new UploadedImages().addZip(upload(new Uint8Array([1, 2, 3])))).rejects.toMatchObject({ code: "VALIDATION", messageKey: "import.errors.zip" });
  });

  it("refuses a single image over 5 MB while reading it", async () => {
    const big = new Uint8Array(MAX_ASSET_BYTES + 1);
    await expect(new UploadedImages().addImage("big.png", upload(big))).rejects.toMatchObject({ code: "TOO_LARGE", messageKey: "import.errors.assetTooLarge" });
  });
});
