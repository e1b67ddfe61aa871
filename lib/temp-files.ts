// Temporary files of backups on their way in or out (a restore's upload, a JSON export being
// sent): one directory of this system user's, files 0600 with random names, removed by whoever
// took them, and at most a few per account at once so the disk used stays bounded.
import { randomUUID } from "node:crypto";
import { lstat, mkdir, open, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { AppError } from "@/lib/errors";

/** Files one account may hold at once (each restore or JSON export takes one). */
const PER_USER = 2;
/** Left by a process that was killed: no restore or export runs this long. */
const STALE_MS = 60 * 60_000;
const CHUNK = 64 * 1024;

type TTempFile = { path: string; remove: () => Promise<void> };

const held = new Map<string, number>();
let directory: Promise<string> | null = null;

/** The directory, made on first use: 0700, refused unless it is this user's own. */
async function ensureDirectory(): Promise<string> {
  const dir = path.join(os.tmpdir(), `offerboard-${process.getuid?.() ?? "user"}`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const stat = await lstat(dir);
  if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid()) || (stat.mode & 0o077) !== 0) {
    throw new Error(`${dir} is not a private directory of this user`);
  }
  return dir;
}

/** Removes the files a killed process left (untouched for an hour). */
async function sweep(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const modified = await lstat(file).then((s) => s.mtimeMs, () => Date.now());
    if (Date.now() - modified > STALE_MS) await rm(file, { force: true });
  }
}

function release(userId: string) {
  const count = (held.get(userId) ?? 1) - 1;
  if (count > 0) held.set(userId, count);
  else held.delete(userId);
}

/**
 * A new empty temporary file for `userId`; `remove` deletes it and frees its place (once, however
 * often it is called). A third file while two are held is refused: CONFLICT.
 */
export async function takeTempFile(userId: string): Promise<TTempFile> {
  const count = held.get(userId) ?? 0;
  if (count >= PER_USER) throw new AppError("CONFLICT", "import.errors.busy");
  held.set(userId, count + 1);
  try {
    directory ??= ensureDirectory().catch((error: unknown) => {
      directory = null;
      throw error;
    });
    const dir = await directory;
    await sweep(dir);
    const file = path.join(dir, `${randomUUID()}.tmp`);
    await (await open(file, "wx", 0o600)).close();
    let removed: Promise<void> | null = null;
    const remove = () => (removed ??= rm(file, { force: true }).finally(() => release(userId)));
    return { path: file, remove };
  } catch (error) {
    release(userId);
    throw error;
  }
}

/**
 * The file's bytes as a stream read as the reader takes them; the file is removed from the
 * directory at once (its data stays readable until the stream ends) and its place is freed
 * when the stream ends, fails or is cancelled.
 */
export async function streamTempFile(file: TTempFile): Promise<ReadableStream<Uint8Array>> {
  const handle = await open(file.path, "r").catch(async (error: unknown) => {
    await file.remove();
    throw error;
  });
  await rm(file.path, { force: true });
  let finished: Promise<void> | null = null;
  const finish = () => (finished ??= handle.close().catch(() => {}).then(file.remove));
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const buffer = new Uint8Array(CHUNK);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead > 0) return controller.enqueue(buffer.subarray(0, bytesRead));
        await finish();
        controller.close();
      } catch (error) {
        await finish();
        controller.error(error);
      }
    },
    cancel: finish,
  });
}
