// The bench's mixed read/write scenario, as a signed-in session goes: each client navigates
// between the key pages (their captured RSC requests) and after every WRITE_EVERY - 1 views makes
// a write, a stage move of an application of its own (marked 挂, then reopened, and so on) posted
// as the board posts it. Each client keeps its application's version, as the page it shows does.
import pg from "pg";

import { request, type TSend } from "./load";
import type { TNavigation } from "./navigations";

const WRITE_EVERY = 5;

/** Active applications of the seed (a6, a12, …), one per client. */
const applicationOf = (client: number) => `a${6 * (client + 1)}`;

export async function mixedSession(options: {
  baseUrl: string;
  cookie: string;
  databaseUrl: string;
  moveActionId: string;
  navigations: TNavigation[];
  clients: number;
}): Promise<TSend> {
  const db = new pg.Client({ connectionString: options.databaseUrl });
  await db.connect();
  const ids = Array.from({ length: options.clients }, (_, client) => applicationOf(client));
  const { rows } = await db.query<{ id: string; version: number; outcome: string }>(
    `SELECT id, version, outcome FROM "Application" WHERE id = ANY($1)`,
    [ids],
  );
  await db.end();
  const state = new Map(rows.map((row) => [row.id, { version: row.version, rejected: row.outcome === "REJECTED" }]));
  const base = new URL(options.baseUrl);

  return async (agent, client, n) => {
    if (n % WRITE_EVERY !== WRITE_EVERY - 1) {
      const view = options.navigations[n % options.navigations.length]!;
      const reply = await request(agent, new URL(view.url, base), { headers: { ...view.headers, cookie: options.cookie } });
      return { ok: reply.status === 200 && reply.type.startsWith("text/x-component"), bytes: reply.bytes };
    }
    const applicationId = applicationOf(client);
    const current = state.get(applicationId)!;
    const input = { applicationId, version: current.version, command: { type: current.rejected ? "reopen" : "markRejected" } };
    const reply = await request(agent, new URL("/board", base), {
      method: "POST",
      headers: {
        cookie: options.cookie,
        origin: options.baseUrl,
        "next-action": options.moveActionId,
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
      },
      body: JSON.stringify([input]),
      keepBody: true,
    });
    const ok = reply.status === 200 && reply.body.includes('"ok":true');
    if (ok) state.set(applicationId, { version: current.version + 1, rejected: !current.rejected });
    return { ok, bytes: reply.bytes };
  };
}
