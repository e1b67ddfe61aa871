// What a signed-in user of the bench data does in the mixed load run: page views, filtered
// views, stage moves and prep ticks (the app's own server actions, called as the browser calls
// them) and note imports. Each request says whether it did what it should.
import { readFile } from "node:fs/promises";
import path from "node:path";

import type pg from "pg";

type TOutcome = { ok: boolean; detail?: string };
export type TRequestKind = { route: string; weight: number; send: (client: TClient) => Promise<TOutcome> };
export type TClient = { index: number; baseUrl: string; cookie: string; db: pg.Pool; random: () => number; actions: TActionIds };
type TActionIds = Record<"moveApplicationAction" | "setMasteryAction", string>;

/** The build's ids of the server actions the run calls (from its server reference manifest). */
export async function readActionIds(distDir: string): Promise<TActionIds> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const idOf = (name: string) => {
    const found = Object.entries(manifest.node).find(([, action]) => action.exportedName === name);
    if (!found) throw new Error(`server action ${name} is not in the build`);
    return found[0];
  };
  return { moveApplicationAction: idOf("moveApplicationAction"), setMasteryAction: idOf("setMasteryAction") };
}

const pick = <T>(client: TClient, items: readonly T[]): T => items[Math.floor(client.random() * items.length)]!;

async function page(client: TClient, url: string): Promise<TOutcome> {
  const response = await fetch(`${client.baseUrl}${url}`, { headers: { cookie: client.cookie } });
  await response.arrayBuffer();
  return response.status === 200 ? { ok: true } : { ok: false, detail: `${url}: ${response.status}` };
}

/** A server action as the browser posts it: its id in `Next-Action`, the arguments as JSON. */
async function action(client: TClient, pagePath: string, id: string, input: unknown): Promise<TOutcome> {
  const response = await fetch(`${client.baseUrl}${pagePath}`, {
    method: "POST",
    headers: { cookie: client.cookie, origin: client.baseUrl, "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    body: JSON.stringify([input]),
  });
  const body = await response.text();
  if (response.status === 200 && body.includes('"ok":true')) return { ok: true };
  return { ok: false, detail: `${response.status} ${/"code":"[A-Z_]+"/.exec(body)?.[0] ?? body.slice(0, 120)}` };
}

function notes(client: TClient): string {
  return [`# 压测题集 ${client.index}`, "", "1. <u>缓存一致性怎么保证</u>⭐", "   先更新数据库，再删除缓存。", "2. <u>索引什么时候失效</u>", "   最左前缀不满足时。", ""].join("\n");
}

async function importNotes(client: TClient, mode: "preview" | "apply"): Promise<TOutcome> {
  const form = new FormData();
  form.set("mode", mode);
  form.set("year", "2026");
  form.set("file", new Blob([notes(client)]), `load-${client.index}.md`);
  const response = await fetch(`${client.baseUrl}/api/import`, { method: "POST", headers: { cookie: client.cookie, origin: client.baseUrl }, body: form });
  const body = await response.text();
  return response.status === 200 && body.includes('"ok":true') ? { ok: true } : { ok: false, detail: `${response.status} ${body.slice(0, 120)}` };
}

// Applications 1–3000 are ACTIVE when g % 6 is 0, 1 or 2; each client moves its own share, so
// two clients never race for one application's version.
const ACTIVE_OFFSETS = [0, 1, 2];

async function moveStage(client: TClient): Promise<TOutcome> {
  const n = 6 * (client.index + 50 * Math.floor(client.random() * 9)) + pick(client, ACTIVE_OFFSETS) + 6;
  const applicationId = `a${n}`;
  const { rows } = await client.db.query<{ version: number; outcome: string }>(`SELECT version, outcome FROM "Application" WHERE id = $1`, [applicationId]);
  const current = rows[0]!;
  const command = current.outcome === "REJECTED" ? { type: "reopen" } : { type: "markRejected" };
  return action(client, "/board", client.actions.moveApplicationAction, { applicationId, version: current.version, command });
}

export const REQUEST_KINDS: TRequestKind[] = [
  { route: "GET /dashboard", weight: 10, send: (c) => page(c, "/dashboard") },
  { route: "GET /companies", weight: 12, send: (c) => page(c, "/companies") },
  { route: "GET /companies (filtered, sorted)", weight: 12, send: (c) => page(c, pick(c, ["/companies?tier=S,A", "/companies?stage=INTERVIEW&sort=nextEvent", `/companies?q=gs0${Math.floor(c.random() * 100)}`, "/companies?tier=B&sort=prep"])) },
  { route: "GET /companies/[id]", weight: 8, send: (c) => page(c, `/companies/c${1 + Math.floor(c.random() * 1000)}`) },
  { route: "GET /board", weight: 8, send: (c) => page(c, "/board") },
  { route: "GET /questions, /questions/s1", weight: 8, send: (c) => page(c, pick(c, ["/questions", "/questions/s1"])) },
  { route: "GET /questions/search", weight: 6, send: (c) => page(c, `/questions/search?q=${encodeURIComponent(pick(c, ["位置编码", "问题 42", "RAG"]))}`) },
  { route: "action: stage move", weight: 8, send: moveStage },
  { route: "action: prep tick", weight: 8, send: (c) => action(c, "/companies/c1", c.actions.setMasteryAction, { questionId: `q${1 + Math.floor(c.random() * 5000)}`, status: pick(c, ["NEW", "LEARNING", "KNOWN"]) }) },
  { route: "POST /api/import (preview, apply)", weight: 3, send: (c) => importNotes(c, c.random() < 0.5 ? "preview" : "apply") },
];
