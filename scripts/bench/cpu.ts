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

/**
 * User + system CPU time of a PostgreSQL cluster: its postmaster (postmaster.pid), its live
 * children, and the children that have exited (a closed connection's backend), which the
 * postmaster's own counters keep.
 */
export async function clusterCpuMs(dataDir: string): Promise<number> {
  const postmaster = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  const own = await stat(postmaster);
  let total = own ? (Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])) * TICK_MS : 0;
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = await stat(entry);
    if (fields && Number(fields[1]) === postmaster) total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  }
  return total;
}
