import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { assertSameOrigin, bytesOf, readBody, readMultipart, type TBodyLimits } from "@/lib/http/request";

const URL_ = "http://localhost:3000/api/import";
const LIMITS: TBodyLimits = { bodyBytes: 1024 * 1024, fileBytes: 512 * 1024, files: 2, tooLarge: "import.errors.tooLarge" };
const BOUNDARY = "----offerboard";

function post(headers: Record<string, string>) {
  return new Request(URL_, { method: "POST", headers: { host: "localhost:3000", ...headers } });
}

/** A multipart body as a stream with no length, made chunk by chunk on demand; `pulled` counts bytes handed out. */
function streamingForm(parts: { head: string; size: number }[]) {
  const encoder = new TextEncoder();
  const state = { pulled: 0 };
  const pieces = function* () {
    for (const part of parts) {
      yield encoder.encode(`--${BOUNDARY}\r\n${part.head}\r\n\r\n`);
      for (let left = part.size; left > 0; left -= 64 * 1024) yield new Uint8Array(Math.min(left, 64 * 1024)).fill(0x61);
      yield encoder.encode("\r\n");
    }
    yield encoder.encode(`--${BOUNDARY}--\r\n`);
  };
  const source = pieces();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = source.next();
      if (next.done) return controller.close();
      state.pulled += next.value.byteLength;
      controller.enqueue(next.value);
    },
  });
  const request = new Request(URL_, {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, state };
}

const file = (name: string) => `Content-Disposition: form-data; name="file"; filename="${name}"`;
const field = (name: string) => `Content-Disposition: form-data; name="${name}"`;

describe("assertSameOrigin", () => {
  it("lets the app's own origin and requests without Origin through", () => {
    expect(() => assertSameOrigin(post({ origin: "http://localhost:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(post({}))).not.toThrow();
  });

  it("refuses another site, `null` and a malformed Origin with FORBIDDEN (403)", () => {
    for (const origin of ["https://evil.example", "null", "not a url", "http://", "::::"]) {
      expect(() => assertSameOrigin(post({ origin })), origin).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    }
  });
});

describe("readMultipart", () => {
  it("returns the fields and hands each file over as a stream", async () => {
    const { request } = streamingForm([{ head: field("year"), size: 4 }, { head: file("a.md"), size: 100_000 }]);
    const seen: { name: string; size: number }[] = [];
    const fields = await readMultipart(request, LIMITS, async ({ name, stream }) => {
      seen.push({ name, size: (await bytesOf(stream)).byteLength });
    });
    expect(fields.get("year")).toBe("aaaa");
    expect(seen).toEqual([{ name: "a.md", size: 100_000 }]);
  });

  it("stops reading a body sent without a length the moment it passes the limit (413)", async () => {
    const { request, state } = streamingForm([{ head: field("x"), size: 10 }, { head: file("a.md"), size: 400_000 }, { head: file("b.md"), size: 200 * 1024 * 1024 }]);
    const limits = { ...LIMITS, fileBytes: 300 * 1024 * 1024 };
    await expect(readMultipart(request, limits, async ({ stream }) => void (await bytesOf(stream)))).rejects.toMatchObject({
      code: "TOO_LARGE",
      messageKey: "import.errors.tooLarge",
    });
    expect(state.pulled).toBeLessThan(LIMITS.bodyBytes + 512 * 1024);
  });

  it("refuses a file over its own limit, too many files and a field over its limit", async () => {
    const big = streamingForm([{ head: file("a.md"), size: LIMITS.fileBytes + 1 }]);
    await expect(readMultipart(big.request, LIMITS, async ({ stream }) => void (await bytesOf(stream)))).rejects.toMatchObject({ code: "TOO_LARGE" });
    const many = streamingForm([1, 2, 3].map((n) => ({ head: file(`${n}.md`), size: 10 })));
    await expect(readMultipart(many.request, LIMITS, async ({ stream }) => void (await bytesOf(stream)))).rejects.toMatchObject({ code: "TOO_LARGE" });
    const longField = streamingForm([{ head: field("decisions"), size: 300 * 1024 }]);
    await expect(readMultipart(longField.request, LIMITS, async () => {})).rejects.toMatchObject({ code: "TOO_LARGE" });
  });

  it("stops reading when the file's reader fails, with the reader's error", async () => {
    const { request, state } = streamingForm([{ head: file("a.md"), size: 900 * 1024 }]);
    const failure = new AppError("VALIDATION", "import.errors.backupFormat");
    await expect(readMultipart(request, { ...LIMITS, fileBytes: LIMITS.bodyBytes }, async () => Promise.reject(failure))).rejects.toBe(failure);
    expect(state.pulled).toBeLessThan(900 * 1024);
  });

  it("refuses a body that is not multipart, or is cut short, as VALIDATION", async () => {
    await expect(readMultipart(new Request(URL_, { method: "POST", body: "{}" }), LIMITS, async () => {})).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "import.errors.noFile",
    });
    const cut = new Request(URL_, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      body: `--${BOUNDARY}\r\n${file("a.md")}\r\n\r\nabc`,
    });
    await expect(readMultipart(cut, LIMITS, async ({ stream }) => void (await bytesOf(stream)))).rejects.toMatchObject({
      code: "VALIDATION",
      messageKey: "errors.badBody",
    });
  });
});

describe("readBody", () => {
  it("reads a small body whole and stops a long one at its limit (413)", async () => {
    const small = new Request(URL_, { method: "POST", body: "email=a%40b.test&password=x" });
    expect(new TextDecoder().decode(await readBody(small, 1024, "errors.TOO_LARGE"))).toBe("email=a%40b.test&password=x");
    const { request, state } = streamingForm([{ head: field("password"), size: 50 * 1024 * 1024 }]);
    await expect(readBody(request, 64 * 1024, "errors.TOO_LARGE")).rejects.toMatchObject({ code: "TOO_LARGE", messageKey: "errors.TOO_LARGE" });
    expect(state.pulled).toBeLessThan(256 * 1024);
  });
});
