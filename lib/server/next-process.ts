// The Next.js server process, started the same way by `npm run dev`/`npm start`, `npm run bench`
// and the browser tests.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

type TNextServer = { mode: "dev" | "start"; port: number; heapMb: number; env: NodeJS.ProcessEnv; stdio: StdioOptions };

/** `next dev` or `next start` on `port`; the production server's heap is capped at `heapMb`. */
export function spawnNextServer({ mode, port, heapMb, env, stdio }: TNextServer): ChildProcess {
  const heap = mode === "start" ? [`--max-old-space-size=${heapMb}`] : [];
  return spawn(process.execPath, [...heap, nextBin, mode, "--port", String(port)], { env, stdio });
}

/** `next build` with `env`. */
export function spawnNextBuild(env: NodeJS.ProcessEnv, stdio: StdioOptions = "inherit"): ChildProcess {
  return spawn(process.execPath, [nextBin, "build"], { env, stdio });
}
