// The Next.js server process, started the same way by `npm run dev`/`npm start`, `npm run bench`
// and the browser tests.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const serveScript = path.join(process.cwd(), "lib", "server", "serve.js");

type TNextServer = { mode: "dev" | "start"; port: number; heapMb: number; env: NodeJS.ProcessEnv; stdio: StdioOptions };

/**
 * The app's server (lib/server/serve.js: Next in development or production mode, with client
 * addresses from the socket) on `port`; the production server's heap is capped at `heapMb`.
 */
export function spawnNextServer({ mode, port, heapMb, env, stdio }: TNextServer): ChildProcess {
  const heap = mode === "start" ? [`--max-old-space-size=${heapMb}`] : [];
  const nodeEnv = mode === "start" ? "production" : "development";
  return spawn(process.execPath, [...heap, serveScript, mode, String(port)], { env: { ...env, NODE_ENV: nodeEnv }, stdio });
}

/** `next build` with `env`. */
export function spawnNextBuild(env: NodeJS.ProcessEnv, stdio: StdioOptions = "inherit"): ChildProcess {
  return spawn(process.execPath, [nextBin, "build"], { env, stdio });
}
