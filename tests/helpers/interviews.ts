import { db } from "@/lib/db";
import { Stage, Tier } from "@/lib/generated/prisma/enums";

/**
 * A company (tier A unless `options.tier`) with an application (at `options.stage` if given) and
 * one pending 面试 step (`label`, 一面 unless given) at `at`.
 */
export async function companyWithInterview(userId: string, name: string, at: Date, label = "一面", options: { tier?: Tier; stage?: Stage } = {}) {
  const { id } = await db.company.create({ data: { userId, name, normalizedName: name, tier: options.tier ?? Tier.A }, select: { id: true } });
  const application = await db.application.create({ data: { userId, companyId: id, stage: options.stage }, select: { id: true } });
  const event = await db.stageEvent.create({ data: { userId, applicationId: application.id, position: 0, stage: "INTERVIEW", label, scheduledAt: at }, select: { id: true } });
  return { companyId: id, eventId: event.id };
}
