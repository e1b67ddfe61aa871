import { deriveApplicationState } from "@/lib/applications/derive";
import { meaningOfLabel } from "@/lib/applications/stages";
import { normalizeCompanyName } from "@/lib/companies/normalize-name";
import { EventResult, Outcome, Stage } from "@/lib/generated/prisma/enums";

import { splitOutsideParens, type TDateContext } from "./parse-tier-list";
import { parseLocalDateTime } from "./time";
import type { TParsedApplication, TStageEvent } from "./types";

const STAGE_SEPARATORS = new Set(["—", "–", "－", "-", "→", "➡", "⟶", "⇒"]);

/** Index of the first `：`/`:` outside parentheses, or -1. */
function colonIndex(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "(" || ch === "（") depth += 1;
    else if (ch === ")" || ch === "）") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === "：" || ch === ":")) return i;
  }
  return -1;
}

/**
 * Sets each event's result, the one place the notes decide them: earlier steps PASSED; the last one
 * FAILED when the entry ends in 挂, PASSED when the entry holds an offer, else PENDING. Outcome and
 * stage then come from deriveApplicationState, as for any stored application; an entry that is
 * only `挂` (no step before it) has no event to carry the rejection, so it says REJECTED itself.
 */
export function settleEvents(
  events: TStageEvent[],
  rejected: boolean,
): Pick<TParsedApplication, "outcome" | "rejectedAtStage"> {
  const offer = events.some((event) => event.stage === Stage.OFFER);
  const last = rejected ? EventResult.FAILED : offer ? EventResult.PASSED : EventResult.PENDING;
  events.forEach((event, i) => {
    event.result = i === events.length - 1 ? last : EventResult.PASSED;
  });
  if (rejected && events.length === 0) return { outcome: Outcome.REJECTED, rejectedAtStage: null };
  const state = deriveApplicationState(events.map((event, position) => ({ ...event, position, happenedAt: null })));
  return { outcome: state.outcome, rejectedAtStage: state.outcome === Outcome.REJECTED ? state.stage : null };
}

const stripBold = (s: string) => s.replace(/\*\*/gu, "").trim();

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/u;

/**
 * `笔试(04-01 19:00)` → label `笔试` and paren `04-01 19:00`: the last parenthesised group, when it
 * ends the token, opened at the first `(`/`（` after any earlier `)`/`）`. Index scans, so the time
 * is linear in the token whatever its parentheses and whitespace.
 */
export function splitLabel(token: string): { label: string; paren: string } {
  let close = token.length;
  while (close > 0 && (token[close - 1] === " " || token[close - 1] === "\t")) close -= 1;
  close -= 1;
  const closer = token[close];
  const plain = { label: token, paren: "" };
  if (closer !== ")" && closer !== "）") return plain;
  const after = Math.max(token.lastIndexOf(")", close - 1), token.lastIndexOf("）", close - 1)) + 1;
  const opens = [token.indexOf("(", after), token.indexOf("（", after)].filter((i) => i !== -1 && i < close);
  if (opens.length === 0) return plain;
  const open = Math.min(opens[0] ?? close, opens[1] ?? close);
  const label = token.slice(0, open);
  if (LINE_TERMINATOR.test(label)) return plain;
  return { label: label.trim(), paren: token.slice(open + 1, close).trim() };
}

/**
 * `公司：投递—测评—笔试(04-01 19:00)—AI面试—挂】` → an application, or null when the line is not a
 * pipeline entry (no colon, or its first step is not a known stage). A final `挂` rejects at the
 * stage before it; `】` closes the entry; separators `—` `-` `－` `→` (`->`, `=>`).
 */
export function parsePipelineEntry(text: string, line: number, ctx: TDateContext): TParsedApplication | null {
  const colon = colonIndex(text);
  if (colon <= 0) return null;
  const companyName = stripBold(text.slice(0, colon)).replace(/^【/u, "").trim();
  let body = stripBold(text.slice(colon + 1));
  const bracket = body.indexOf("】");
  const closed = bracket !== -1;
  const notes: string[] = [];
  if (closed) {
    const tail = body.slice(bracket + 1).trim();
    if (tail !== "") notes.push(tail);
    body = body.slice(0, bracket);
  }
  const tokens = splitOutsideParens(body.replace(/->|=>/gu, "→"), STAGE_SEPARATORS)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  const first = tokens[0];
  if (companyName === "" || first === undefined || meaningOfLabel(splitLabel(first).label).kind === "UNKNOWN") {
    return null;
  }

  const events: TStageEvent[] = [];
  let rejected = false;
  for (const token of tokens) {
    const { label, paren } = splitLabel(token);
    if (rejected) {
      notes.push(token);
      continue;
    }
    const rejectSuffix = label.length > 1 && label.endsWith("挂") ? label.slice(0, -1) : null;
    const meaning = meaningOfLabel(rejectSuffix ?? label);
    if (meaning.kind === "REJECTED") {
      rejected = true;
      continue;
    }
    if (meaning.kind === "UNKNOWN") {
      notes.push(token);
      continue;
    }
    const scheduledAt = paren === "" ? null : parseLocalDateTime(paren, ctx.year, ctx.timeZone);
    const eventNotes = paren !== "" && scheduledAt === null ? paren : "";
    if (eventNotes !== "") ctx.warnings.push({ key: "warnings.notDateTime", params: { paren, label }, line });
    events.push({ stage: meaning.stage, label: rejectSuffix ?? label, scheduledAt, result: EventResult.PENDING, notes: eventNotes, line });
    if (rejectSuffix !== null) rejected = true;
  }
  for (const note of notes) ctx.warnings.push({ key: "warnings.entryNoteUnknown", params: { note, company: companyName }, line });
  if (rejected && events.length === 0) ctx.warnings.push({ key: "warnings.rejectedWithoutStage", params: { company: companyName }, line });
  const { outcome, rejectedAtStage } = settleEvents(events, rejected);
  if (closed && outcome === Outcome.ACTIVE) {
    ctx.warnings.push({ key: "warnings.closedWithoutOutcome", params: { company: companyName }, line });
  }
  return {
    companyName,
    normalizedName: normalizeCompanyName(companyName),
    events,
    outcome,
    rejectedAtStage,
    closed,
    notes,
    line,
  };
}

// Each whitespace run has one place in the pattern (`[ \t]*(?:\*\*[ \t]*)?`, not `[ \t]*(?:\*\*)?[ \t]*`),
// so a long run of spaces is not split every possible way: linear in the line.
const STAGE_REJECTED_LINE = /^[ \t]*(?:\*\*[ \t]*)?([^\s:：*]{1,8}?)挂[ \t]*(?:\*\*[ \t]*)?[:：][ \t]*(?:\*\*)?(.*)$/u;

/** `**面试挂：**A、B、` → the stage (label and enum) and the companies rejected there. */
export function parseStageRejectedLine(text: string): { label: string; stage: Stage; names: string[] } | null {
  const m = STAGE_REJECTED_LINE.exec(text);
  if (!m) return null;
  const label = m[1] ?? "";
  const meaning = meaningOfLabel(label);
  if (meaning.kind !== "STAGE") return null;
  const names = splitOutsideParens(m[2] ?? "", new Set(["、", "，", ",", "；", ";"]))
    .map(stripBold)
    .filter((n) => n !== "");
  return { label, stage: meaning.stage, names };
}
