import { normalizeCompanyName } from "@/lib/companies/normalize-name";
import { EventResult, Outcome, type Stage, type Tier } from "@/lib/generated/prisma/enums";

import type { TSectionInput } from "./parse-questions";
import { parsePipelineEntry, parseStageRejectedLine, settleEvents } from "./parse-pipeline";
import { parseCompanyLine, parseTierLine, type TDateContext } from "./parse-tier-list";
import type { TConflict, TNotesMessage, TParsedApplication, TTierCompany } from "./types";

type TTrackerParse = {
  tierCompanies: TTierCompany[];
  applications: TParsedApplication[];
  conflicts: TConflict[];
};

const BOLD_ONLY = /^[ \t]*\*\*[^*]+\*\*[ \t]*$/u;

/**
 * Is this (numbered-item-free) section the tracker (`# N+1`): does it hold a tier line, a
 * pipeline entry or a `**面试挂：**` line?
 */
export function isTrackerSection(input: TSectionInput, ctx: TDateContext): boolean {
  const scratch: TDateContext = { ...ctx, warnings: [] };
  for (let i = input.start; i < input.end; i += 1) {
    if ((input.blockOf[i] ?? -1) !== -1) continue;
    const text = input.lines[i]?.text ?? "";
    if (parseTierLine(text) || parseStageRejectedLine(text) || parsePipelineEntry(text, 0, scratch)) return true;
  }
  return false;
}

type TStageRejection = { name: string; label: string; stage: Stage; line: number };

/** Applies `**面试挂：**A、B` to the entries of A and B, or creates entries for them. */
function applyStageRejections(
  applications: TParsedApplication[],
  rejections: readonly TStageRejection[],
  conflicts: TConflict[],
): void {
  const lastByName = new Map<string, TParsedApplication>();
  for (const a of applications) lastByName.set(a.normalizedName, a);
  for (const r of rejections) {
    const key = normalizeCompanyName(r.name);
    const existing = lastByName.get(key);
    const event = { stage: r.stage, label: r.label, scheduledAt: null, result: EventResult.FAILED, notes: "", line: r.line };
    if (!existing) {
      const created: TParsedApplication = {
        companyName: r.name,
        normalizedName: key,
        events: [event],
        outcome: Outcome.REJECTED,
        rejectedAtStage: r.stage,
        closed: true,
        notes: [],
        line: r.line,
      };
      applications.push(created);
      lastByName.set(key, created);
      continue;
    }
    if (existing.outcome !== Outcome.ACTIVE) {
      if (existing.outcome === Outcome.REJECTED && existing.rejectedAtStage === r.stage) continue;
      const listed = { label: r.label, rejectionLine: r.line };
      const reason: TNotesMessage = existing.outcome === Outcome.OFFER
        ? { key: "conflicts.listedRejectedButOffer", params: listed }
        : { key: "conflicts.listedRejectedButRejectedAt", params: { ...listed, step: existing.events.at(-1)?.label ?? "?" } };
      conflicts.push({ companyName: existing.companyName, reasons: [reason], line: existing.line });
      continue;
    }
    if (existing.events.at(-1)?.stage !== r.stage) existing.events.push(event);
    Object.assign(existing, settleEvents(existing.events, true), { closed: true });
  }
}

/** The tier list (companies per tier) and the pipeline block (applications) of a tracker section. */
export function parseTrackerSection(input: TSectionInput, ctx: TDateContext): TTrackerParse {
  const tierCompanies: TTierCompany[] = [];
  const applications: TParsedApplication[] = [];
  const rejections: TStageRejection[] = [];
  const conflicts: TConflict[] = [];
  let tier: Tier | null = null;
  for (let i = input.start; i < input.end; i += 1) {
    const line = input.lines[i];
    if (!line || line.text.trim() === "") continue;
    if ((input.blockOf[i] ?? -1) !== -1) {
      ctx.warnings.push({ key: "warnings.trackerCodeIgnored", params: {}, line: line.no });
      continue;
    }
    const tierLine = parseTierLine(line.text);
    if (tierLine) {
      tier = tierLine.tier;
      if (tierLine.rest !== "") for (const c of parseCompanyLine(tierLine.rest, tier, line.no, ctx)) tierCompanies.push(c);
      continue;
    }
    const stageRejected = parseStageRejectedLine(line.text);
    if (stageRejected) {
      tier = null;
      for (const name of stageRejected.names) rejections.push({ name, label: stageRejected.label, stage: stageRejected.stage, line: line.no });
      continue;
    }
    const entry = parsePipelineEntry(line.text, line.no, ctx);
    if (entry) {
      tier = null;
      applications.push(entry);
      continue;
    }
    if (BOLD_ONLY.test(line.text)) {
      tier = null; // a sub-heading such as **面试** ends the tier list
      continue;
    }
    if (tier !== null) {
      for (const c of parseCompanyLine(line.text, tier, line.no, ctx)) tierCompanies.push(c);
      continue;
    }
    ctx.warnings.push({ key: "warnings.trackerLineUnknown", params: { text: line.text.trim().slice(0, 60) }, line: line.no });
  }
  applyStageRejections(applications, rejections, conflicts);
  applications.sort((a, b) => a.line - b.line);
  return { tierCompanies, applications, conflicts };
}
