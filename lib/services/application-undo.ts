// Undo for application changes (a move, deleting a step, deleting or starting an application).
// A change returns a token: the application exactly as it was before (row and every step, ids
// kept, or "did not exist"), the version the change produced, the user and the time it was
// issued, signed with the app's secret so it cannot be forged or edited. Undo restores that state
// only while the application is still at that version (or still absent); anything changed in
// between is VERSION_CONFLICT ("changed since", companies.undoChange.conflict) and nothing is
// written. A token is accepted for 10 minutes (its toast lasts 8 s), then refused as invalid.
import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

import { transaction, type TTx } from "@/lib/db";
import { AppError, assertUserId } from "@/lib/errors";
import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";
import { appSecret } from "@/lib/server/secret";
import { refreshCompanyKeys } from "@/lib/services/company-keys";
import { APPLICATION_SELECT, type TApplicationDetail } from "@/lib/services/companies";

/**
 * Everything of an application row and its steps that undo writes back: what the page shows
 * (APPLICATION_SELECT) plus the application's notes and each step's creation time. A change
 * loads the application with it once, checks its version, and keeps that row as its `before`.
 */
export const SNAPSHOT_SELECT = {
  ...APPLICATION_SELECT,
  notes: true,
  events: { ...APPLICATION_SELECT.events, select: { ...APPLICATION_SELECT.events.select, createdAt: true, sequence: true } },
} as const;

const ZDate = z.coerce.date();
const ZSnapshot = z.object({
  id: z.string(),
  companyId: z.string(),
  role: z.string(),
  stage: z.enum(Stage),
  outcome: z.enum(Outcome),
  appliedAt: ZDate.nullable(),
  closedAt: ZDate.nullable(),
  notes: z.string(),
  version: z.number().int(),
  createdAt: ZDate,
  events: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      stage: z.enum(Stage),
      label: z.string(),
      scheduledAt: ZDate.nullable(),
      happenedAt: ZDate.nullable(),
      result: z.enum(EventResult),
      notes: z.string(),
      link: z.string().nullable(),
      linkExpiresAt: ZDate.nullable(),
      createdAt: ZDate,
      sequence: z.number().int(),
    }),
  ),
});
export type TSnapshot = z.infer<typeof ZSnapshot>;

const ZPayload = z.object({
  /** The user the change was made by. */
  u: z.string(),
  /** The application changed, and its company. */
  a: z.string(),
  c: z.string(),
  /** The version the change left (null: the change deleted the application). */
  v: z.number().int().nullable(),
  /** The application before the change (null: the change created it). */
  before: ZSnapshot.nullable(),
  /** When the token was issued (ms since the epoch): it is refused TOKEN_LIFETIME_MS later. */
  t: z.number().int(),
});
type TPayload = z.infer<typeof ZPayload>;

/** What a change returns: the application as saved, and the token that takes the change back. */
export type TApplicationChange = TApplicationDetail & { undo: string | null };

function sign(body: string): string {
  return createHmac("sha256", appSecret()).update(`offerboard.undo.${body}`).digest("base64url");
}

function encode(payload: TPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body)}`;
}

/**
 * How long a token is accepted. Its toast lasts 8 s; the bound keeps an old token from being
 * replayed much later (a deleted application is "still absent" again after undo → edit → delete).
 */
const TOKEN_LIFETIME_MS = 10 * 60 * 1000;

/**
 * The token's payload; VALIDATION for one this server did not make (or that was edited) or one
 * issued more than TOKEN_LIFETIME_MS before `now`, NOT_FOUND for another user's.
 */
function decode(userId: string, token: string, now: Date): TPayload {
  const [body, mac, extra] = token.split(".");
  const expected = body ? Buffer.from(sign(body)) : null;
  const given = Buffer.from(mac ?? "");
  if (!body || extra !== undefined || !expected || expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new AppError("VALIDATION", "companies.undoChange.invalid");
  }
  const parsed = ZPayload.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
  if (!parsed.success) throw new AppError("VALIDATION", "companies.undoChange.invalid");
  if (parsed.data.u !== userId) throw new AppError("NOT_FOUND");
  if (now.getTime() - parsed.data.t > TOKEN_LIFETIME_MS) throw new AppError("VALIDATION", "companies.undoChange.invalid");
  return parsed.data;
}

/**
 * The token for a change from `before` (null: created; a row loaded with SNAPSHOT_SELECT) that
 * left `after` (null: deleted), issued at `now`.
 */
export function undoToken(
  userId: string,
  before: TSnapshot | null,
  after: { id: string; companyId: string; version: number } | null,
  now: Date,
): string {
  const ref = after ?? before;
  if (!ref) throw new AppError("INTERNAL");
  return encode({ u: userId, a: ref.id, c: ref.companyId, v: after?.version ?? null, before, t: now.getTime() });
}

function conflict(): never {
  throw new AppError("VERSION_CONFLICT", "companies.undoChange.conflict");
}

async function writeBack(tx: TTx, userId: string, before: TSnapshot, existing: { version: number } | null) {
  const { events, ...row } = before;
  if (existing) {
    await tx.stageEvent.deleteMany({ where: { userId, applicationId: row.id } });
    const { role, stage, outcome, appliedAt, closedAt, notes } = row;
    const saved = await tx.application.updateMany({
      where: { id: row.id, userId, version: existing.version },
      data: { role, stage, outcome, appliedAt, closedAt, notes, version: existing.version + 1 },
    });
    if (saved.count === 0) conflict();
  } else {
    const company = await tx.company.findFirst({ where: { id: row.companyId, userId }, select: { id: true } });
    if (!company) throw new AppError("NOT_FOUND");
    await tx.application.create({ data: { ...row, userId, version: row.version + 1 } });
  }
  if (events.length > 0) {
    await tx.stageEvent.createMany({ data: events.map((event) => ({ ...event, userId, applicationId: row.id })) });
  }
}

/**
 * Takes a change back: the application returns exactly to its state before (its row, its steps
 * with their ids), or is deleted again when the change created it. Refused with VERSION_CONFLICT
 * when the application changed since (another version, deleted, or recreated), so a used token is
 * refused while the application stays as its undo left it. A delete's token only checks that the
 * application is absent: after undo → another change → delete again it would apply once more, so
 * tokens are refused (VALIDATION) TOKEN_LIFETIME_MS after they were issued.
 * Returns the restored application (null when undo deleted it) and its company.
 */
export async function undoApplicationChange(userId: string, token: string, context: { now?: Date } = {}) {
  assertUserId(userId);
  const payload = decode(userId, token, context.now ?? new Date());
  return transaction(userId, async (tx) => {
    const current = await tx.application.findFirst({ where: { id: payload.a, userId }, select: { version: true } });
    if (payload.v === null ? current !== null : current?.version !== payload.v) conflict();
    if (payload.before) await writeBack(tx, userId, payload.before, current);
    else await tx.application.deleteMany({ where: { id: payload.a, userId } });
    await refreshCompanyKeys(tx, userId, [payload.c]);
    const application = payload.before
      ? await tx.application.findFirstOrThrow({ where: { id: payload.a, userId }, select: APPLICATION_SELECT })
      : null;
    return { companyId: payload.c, application };
  });
}
