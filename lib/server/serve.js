// The app's HTTP server (`npm run dev`/`npm start`, the bench, the browser tests): Next behind a
// plain Node server, so that each request's client address comes from its socket. Next's own
// server copies X-Forwarded-For from the client when present, so anyone could claim any address
// and slip past the per-address limits; here the header is replaced by the address resolved from
// the socket (and TRUSTED_PROXY), and that is all the app reads (lib/auth/rate-limit.ts).
// Usage: node lib/server/serve.js <dev|start> <port>
import http from "node:http";

import next from "next";

import { parseEnv } from "../env-schema.js";
import { resolveClientAddress } from "./client-address.js";

const [mode, portArg] = process.argv.slice(2);
const port = Number(portArg);
const { TRUSTED_PROXY } = parseEnv(process.env);

const server = http.createServer();
const app = next({ dev: mode === "dev", port, httpServer: server });
const handle = app.getRequestHandler();

/** @param {http.IncomingMessage} req */
function setClientAddress(req) {
  const client = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], TRUSTED_PROXY);
  if (client) req.headers["x-forwarded-for"] = client;
  else delete req.headers["x-forwarded-for"];
  delete req.headers["x-real-ip"];
}

server.on("request", (req, res) => {
  setClientAddress(req);
  void handle(req, res);
});

await app.prepare();
server.listen(port, () => console.log(`[offerboard] ready on port ${port}`));
