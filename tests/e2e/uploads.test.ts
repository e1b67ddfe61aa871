import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { baseUrl, signedInUser, type TSignedInUser } from "@/tests/helpers/browser";
import { largeBackup } from "@/tests/helpers/large-backup";
import { filler, multipartFile, postChunked, watchRss } from "@/tests/helpers/raw-http";
import { deflatedPng, zipOf } from "@/tests/helpers/zip-bomb";

// Bodies sent the hostile way against the production server (its default heap limit): chunked
// with no Content-Length, past every limit, a zip bomb, a null Origin, and a large restore.

const MB = 1024 * 1024;

/** `name=` and then its value's bytes, as a form post sends them. */
async function* formField(name: string, value: Iterable<Uint8Array>) {
  yield `${name}=`;
  yield* value;
}

describe("request bodies on the production server", () => {
  let user: TSignedInUser;
  const pid = () => inject("serverPid");
  const url = (path: string) => `${baseUrl()}${path}`;

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    user = await signedInUser("上传者");
  });

  afterAll(async () => {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  });

  it("answers a null or malformed Origin with 403 and a translated message", async () => {
    for (const origin of ["null", "http://", "evil"]) {
      for (const path of ["/api/import", "/api/import/restore", "/api/assets"]) {
        const response = await fetch(url(path), { method: "POST", headers: { origin, cookie: user.cookie }, body: "x" });
        expect(response.status, `${path} ${origin}`).toBe(403);
        expect(await response.json()).toMatchObject({ ok: false, code: "FORBIDDEN", message: "请求来源无效：请在 Offerboard 页面内操作。" });
      }
    }
  });

  it("refuses a chunked body the moment it passes each route's limit, without buffering it", async () => {
    const cases = [
      { path: "/api/import", size: 60 * MB, message: "文件超过 5 MB。" },
      { path: "/api/assets", size: 200 * MB, message: "压缩包超过 50 MB。" },
      { path: "/api/import/restore", size: 300 * MB, message: "备份文件超过 100 MB。" },
    ];
    for (const { path, size, message } of cases) {
      const field = path === "/api/assets" ? "files" : "file";
      // The backup is valid JSON as far as it goes: a header, then whitespace without end.
      const content = path === "/api/import/restore" ? [`{"format":"offerboard-backup","version":1`, ...filler(size, " ")] : filler(size);
      const { result, beforeMb, peakMb } = await watchRss(pid(), () =>
        postChunked(url(path), { cookie: user.cookie }, multipartFile(field, path === "/api/assets" ? "a.zip" : "a.json", content)),
      );
      console.log(`${path}: ${size / MB} MB chunked → ${result.status} after ${Math.round(result.sent / MB)} MB sent; server RSS ${beforeMb} → peak ${peakMb} MB`);
      expect(result.status).toBe(413);
      expect(result.body).toMatchObject({ ok: false, code: "TOO_LARGE", message });
      expect(result.sent).toBeLessThan(size);
      expect(peakMb - beforeMb).toBeLessThan(60);
    }
  });

  it("bounds a server action's body sent chunked: memory does not grow with it", async () => {
    const headers = { cookie: user.cookie, "next-action": `7f${"0".repeat(40)}`, accept: "text/x-component" };
    const { result, beforeMb, peakMb } = await watchRss(pid(), () => postChunked(url("/companies"), headers, multipartFile("1_file", "x.bin", filler(200 * MB))));
    console.log(`server action body of 200 MB chunked → ${result.status}; server RSS ${beforeMb} → peak ${peakMb} MB`);
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(peakMb - beforeMb).toBeLessThan(100);
    expect((await fetch(url("/api/health"))).status).toBe(200);
  });

  it("refuses a sign-in body past 64 KB sent chunked, without buffering it", async () => {
    const headers = { "content-type": "application/x-www-form-urlencoded" };
    const { result, beforeMb, peakMb } = await watchRss(pid(), () => postChunked(url("/api/auth/callback/credentials"), headers, formField("email", filler(150 * MB))));
    console.log(`sign-in body of 150 MB chunked → ${result.status} after ${Math.round(result.sent / MB)} MB sent; server RSS ${beforeMb} → peak ${peakMb} MB`);
    expect(result.status).toBe(413);
    expect(result.body).toMatchObject({ ok: false, code: "TOO_LARGE", message: "上传的内容过大。" });
    expect(result.sent).toBeLessThan(150 * MB);
    expect(peakMb - beforeMb).toBeLessThan(60);
  });

  it("names the row and field of a backup value the app would not write", async () => {
    const owner = await signedInUser("时区");
    const text = [...largeBackup(owner, { questions: 3 })].join("").replace('"timeZone":"Asia/Shanghai"', '"timeZone":"Mars/Olympus"');
    const result = await postChunked(url("/api/import/restore"), { cookie: owner.cookie }, multipartFile("file", "backup.json", [text]));
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: "VALIDATION", message: "备份中 user 的第 1 行有应用不会写入的值（timeZone），没有恢复任何内容。" });
  });

  it("stops a zip bomb (1 MB → 1 GiB PNG) at the image limit; the server's memory stays put", async () => {
    const zip = zipOf([{ name: "assets/bomb.png", ...(await deflatedPng(1024 * MB)) }]);
    const { result, beforeMb, peakMb } = await watchRss(pid(), () => postChunked(url("/api/assets"), { cookie: user.cookie }, multipartFile("files", "assets.zip", [zip])));
    console.log(`zip bomb of ${(zip.byteLength / MB).toFixed(2)} MB → ${result.status}; server RSS ${beforeMb} → peak ${peakMb} MB`);
    expect(result.status).toBe(413);
    expect(result.body).toMatchObject({ code: "TOO_LARGE", message: "图片超过 5 MB。" });
    expect(peakMb - beforeMb).toBeLessThan(100);
    expect((await fetch(url("/api/health"))).status).toBe(200);
  });

  it("restores 100,000 questions sent chunked through the route, within the server's heap limit", { timeout: 180_000 }, async () => {
    const owner = await signedInUser("大备份");
    const count = 100_000;
    let bytes = 0;
    const body = (function* () {
      for (const piece of largeBackup(owner, { questions: count })) {
        bytes += Buffer.byteLength(piece);
        yield piece;
      }
    })();
    const started = Date.now();
    const { result, beforeMb, peakMb } = await watchRss(pid(), () => postChunked(url("/api/import/restore"), { cookie: owner.cookie }, multipartFile("file", "backup.json", body)));
    console.log(`restore of ${count} rows (${(bytes / MB).toFixed(1)} MB) → ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s; server RSS ${beforeMb} → peak ${peakMb} MB`);
    expect(result.body).toMatchObject({ ok: true, data: { restored: count + 1 } });
    const { db } = await import("@/lib/db");
    expect(await db.question.count({ where: { userId: owner.id } })).toBe(count);
    expect(peakMb - beforeMb).toBeLessThan(256);
    expect((await fetch(url("/api/health"))).status).toBe(200);

    // The same account exports again, streamed: the server never holds the whole backup.
    const exportStarted = Date.now();
    const exported = await watchRss(pid(), async () => {
      const response = await fetch(url("/api/export?format=json"), { headers: { cookie: owner.cookie } });
      return response.text();
    });
    console.log(`export of ${(exported.result.length / MB).toFixed(1)} M characters in ${((Date.now() - exportStarted) / 1000).toFixed(1)} s; server RSS ${exported.beforeMb} → peak ${exported.peakMb} MB`);
    const backup = JSON.parse(exported.result) as { data: { questions: unknown[]; questionSets: unknown[] } };
    expect([backup.data.questionSets.length, backup.data.questions.length]).toEqual([1, count]);
    expect(exported.peakMb - exported.beforeMb).toBeLessThan(150);
  });
});
