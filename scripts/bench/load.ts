import http from "node:http";

type TLoadResult = { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number; kb: number };
type TReply = { status: number; bytes: number; type: string; body: string };
/** One request of client number `client` (its `n`th): whether it got the answer it should. */
export type TSend = (agent: http.Agent, client: number, n: number) => Promise<{ ok: boolean; bytes: number }>;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One request; the body is kept only when `keepBody` (a page's bytes are just counted). */
export function request(
  agent: http.Agent,
  url: URL,
  options: { method?: string; headers?: Record<string, string>; body?: string; keepBody?: boolean } = {},
): Promise<TReply> {
  return new Promise((resolve, reject) => {
    const sent = http.request(url, { agent, method: options.method ?? "GET", headers: options.headers }, (response) => {
      let bytes = 0;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (options.keepBody) chunks.push(chunk);
      });
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, bytes, type: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    sent.on("error", reject);
    sent.end(options.body);
  });
}

/** What Chromium accepts: the server compresses for it, so every load asks as a browser does. */
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

/** GETs `url` as a browser would and checks the status and, if given, the start of the content type. */
export function getting(url: URL, cookie: string, expect: { status?: number; type?: string; headers?: Record<string, string> } = {}): TSend {
  return async (agent) => {
    const reply = await request(agent, url, { headers: { "accept-encoding": BROWSER_ACCEPT_ENCODING, ...expect.headers, cookie } });
    return { ok: reply.status === (expect.status ?? 200) && reply.type.startsWith(expect.type ?? ""), bytes: reply.bytes };
  };
}

/** `concurrency` keep-alive clients `send` requests back to back for `durationMs`. */
export async function runLoad(options: { concurrency: number; durationMs: number; send: TSend }): Promise<TLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async (index: number) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const begin = performance.now();
      const reply = await options.send(agent, index, n).catch(() => ({ ok: false, bytes: 0 }));
      latencies.push(performance.now() - begin);
      bytes += reply.bytes;
      if (!reply.ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, index) => client(index)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: Math.round(latencies.length / elapsed),
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    kb: Math.round(bytes / Math.max(1, latencies.length) / 1024),
  };
}
