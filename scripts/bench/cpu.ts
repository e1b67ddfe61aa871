// CPU time from /proc, in milliseconds: the server's, and the whole PostgreSQL cluster's (its
// postmaster and every backend). Per request, it is steadier than throughput on a shared machine.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const TICK_MS = 10; // USER_HZ is 100 on Linux

async function stat(pid: number | string): Promise<string[] | null> {
  const text = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  // The command name is in parentheses and may hold spaces: fields are counted after it.
  return text === null ? null : text.slice(text.lastIndexOf(")") + 2).split(" ");
}

/** User + system CPU time of one process. */
export async function processCpuMs(pid: number): Promise<number> {
  const fields = await stat(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) * TICK_MS : 0;
}

/** User + system CPU time of a PostgreSQL cluster: its postmaster (postmaster.pid) and children. */
export async function clusterCpuMs(dataDir: string): Promise<number> {
  const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  let total = await processCpuMs(postmaster);
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = await stat(entry);
    if (fields && Number(fields[1]) === postmaster) total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }
  return total;
}
