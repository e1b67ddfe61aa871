import http from "node:http";

export type TLoadResult = { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number; kb: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function get(agent: http.Agent, url: URL, cookie: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { cookie } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
    });
    request.on("error", reject);
  });
}

/** `concurrency` keep-alive clients request `url` back to back for `durationMs`. */
export async function runLoad(options: {
  url: string;
  cookie: string;
  concurrency: number;
  durationMs: number;
  expectStatus?: number;
}): Promise<TLoadResult> {
  const url = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      const response = await get(agent, url, options.cookie).catch(() => ({ status: 0, bytes: 0 }));
      latencies.push(performance.now() - begin);
      bytes += response.bytes;
      if (response.status !== (options.expectStatus ?? 200)) errors++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
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
