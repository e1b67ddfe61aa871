import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

// A real HTTP server on a free local port standing in for a webhook service: it counts every
// request per path, keeps the JSON bodies it accepted, and answers as the test sets `answer`.

type TReceived = { path: string; body: Record<string, unknown> };
type TAnswer = { status: number; delayMs: number; body: string };

const ACCEPT: TAnswer = { status: 200, delayMs: 0, body: '{"errcode":0}' };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startWebhookReceiver() {
  const received: TReceived[] = [];
  const requests = new Map<string, number>();
  const answer: TAnswer = { ...ACCEPT };
  const server = createServer((request, response) => {
    const path = request.url ?? "";
    requests.set(path, (requests.get(path) ?? 0) + 1);
    void readBody(request).then(async (text) => {
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (answer.status === 200) received.push({ path, body: JSON.parse(text) as Record<string, unknown> });
      response.writeHead(answer.status).end(answer.status === 200 ? answer.body : "down");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer,
    /** Bodies accepted at `path`. */
    at: (path: string) => received.filter((message) => message.path === path),
    /** Requests made to `path`, accepted or not. */
    attempts: (path: string) => requests.get(path) ?? 0,
    /** Back to accepting at once, with nothing received and no request counted. */
    reset: () => {
      received.length = 0;
      requests.clear();
      Object.assign(answer, ACCEPT);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
