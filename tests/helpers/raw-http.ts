// Requests the way a hostile or plain script client sends them (node:http, no Content-Length:
// the body goes chunked, made as it is sent), and the server's memory watched while they run.
import { readFileSync } from "node:fs";
import http from "node:http";

export const BOUNDARY = "----offerboard-test";
const MB = 1024 * 1024;

/** A multipart body around one file whose bytes come from `content`, made as it is sent. */
export async function* multipartFile(field: string, fileName: string, content: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>) {
  yield `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  yield* content;
  yield `\r\n--${BOUNDARY}--\r\n`;
}

/** `size` bytes of `fill` (a character), a megabyte at a time. */
export function* filler(size: number, fill = "a") {
  const chunk = Buffer.alloc(MB, fill);
  for (let left = size; left > 0; left -= MB) yield left >= MB ? chunk : chunk.subarray(0, left);
}

/** Waits until the request can take more, or is closed. */
function drained(request: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      request.off("drain", done).off("close", done);
      resolve();
    };
    request.on("drain", done).on("close", done);
  });
}

type TRawResponse = { status: number; body: { ok: boolean; code?: string; message?: string; data?: unknown }; sent: number };

/**
 * POSTs `body` chunked (no Content-Length) with the given headers; stops sending when the server
 * answers early. Resolves with the status, the body (JSON, or its text as `message`) and how
 * many bytes were sent.
 */
export function postChunked(url: string, headers: Record<string, string>, body: AsyncIterable<Uint8Array | string>): Promise<TRawResponse> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    // A connection of its own: after an answer that came before the body ended, the server closes it.
    const request = http.request(url, { method: "POST", agent: false, headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers } }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        request.destroy();
        const text = Buffer.concat(chunks).toString("utf8");
        const isJson = (response.headers["content-type"] ?? "").startsWith("application/json");
        resolve({ status: response.statusCode ?? 0, body: isJson ? (JSON.parse(text) as TRawResponse["body"]) : { ok: false, message: text }, sent });
      });
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    void (async () => {
      for await (const chunk of body) {
        if (answered || request.destroyed) return;
        sent += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
        if (!request.write(chunk)) await drained(request);
      }
      if (!answered) request.end();
    })();
  });
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/u).filter(Boolean).map(Number);
    return kb * 1024 + children.reduce((sum, child) => sum + rssOf(child), 0);
  } catch {
    return 0;
  }
}

/** The resident memory of the process tree at `pid` (the server), sampled while `run` runs. */
export async function watchRss<T>(pid: number, run: () => Promise<T>): Promise<{ result: T; beforeMb: number; peakMb: number }> {
  const before = rssOf(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50);
  try {
    const result = await run();
    peak = Math.max(peak, rssOf(pid));
    return { result, beforeMb: Math.round(before / MB), peakMb: Math.round(peak / MB) };
  } finally {
    clearInterval(timer);
  }
}
