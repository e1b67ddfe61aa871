import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Reads the development secret kept in the data dir, making one on first run. */
export async function loadOrCreateSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) {
    const saved = (await readFile(file, "utf8")).trim();
    if (saved.length >= 32) return saved;
  }
  const secret = randomBytes(32).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The app's secret (always set when the app runs: scripts/run-app). A process without one (a
 * script seeding data) signs and seals with a key of its own, which no other process accepts.
 * Each use keeps its own purpose label (an HMAC prefix, an HKDF info).
 */
const PROCESS_KEY = randomBytes(32).toString("base64url");
export const appSecret = () => process.env.NEXTAUTH_SECRET || PROCESS_KEY;
