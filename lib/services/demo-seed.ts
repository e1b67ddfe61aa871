import "server-only";

import { deriveApplicationState } from "@/lib/applications/stage-machine";
import { hashPassword } from "@/lib/auth/password";
import { normalizeCompanyName } from "@/lib/companies/normalize-name";
import { db } from "@/lib/db";
import { questionContentHash } from "@/lib/notes";
import { buildCompanySearchText } from "@/lib/search/company-text";
import { refreshCompanyKeys } from "@/lib/services/company-keys";

import { DEMO_COMPANIES, DEMO_EMAIL, DEMO_NAME, DEMO_PASSWORD, DEMO_SETS, type TDemoCompany } from "./demo-data";

const DAY = 24 * 60 * 60 * 1000;

function dayAt(now: Date, inDays: number, hour = 9): Date {
  const date = new Date(now.getTime() + inDays * DAY);
  // Hours are Beijing time (UTC+8), the default time zone.
  date.setUTCHours(hour - 8, 0, 0, 0);
  return date;
}

function applicationOf(company: TDemoCompany, now: Date) {
  const events = company.events.map((event, position) => ({
    position,
    stage: event.stage,
    label: event.label ?? "",
    scheduledAt: dayAt(now, event.inDays, event.hour),
    happenedAt: event.result === "PENDING" ? null : dayAt(now, event.inDays, event.hour),
    result: event.result,
  }));
  // Stage and outcome come from the events, as for every application; only a withdrawal is stated.
  const withdrawnAt = company.withdrawn ? (events.at(-1)?.scheduledAt ?? now) : null;
  return {
    role: company.role ?? "",
    ...deriveApplicationState(events, { withdrawnAt }),
    events,
  };
}

/** Creates the demo account with its data once; later runs leave it as the person left it. */
export async function ensureDemoAccount(now = new Date()): Promise<{ created: boolean }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (existing) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The account is created in this transaction, unseen by any other until it commits: no write
  // of it can run meanwhile, so there is no user's row to lock first (transaction()).
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: DEMO_EMAIL, name: DEMO_NAME, passwordHash },
      select: { id: true },
    });
    const userId = user.id;
    for (const company of DEMO_COMPANIES) {
      const { events, ...application } = applicationOf(company, now);
      await tx.company.create({
        data: {
          userId,
          name: company.name,
          normalizedName: normalizeCompanyName(company.name),
          aliases: company.aliases ?? [],
          searchText: buildCompanySearchText(company.name, company.aliases ?? []),
          tier: company.tier,
          revival: company.revival ?? false,
          // A company with nothing recorded yet is 待投递: it has no application.
          applications: events.length
            ? { create: { ...application, userId, events: { create: events.map((event) => ({ ...event, userId })) } } }
            : undefined,
        },
      });
    }
    for (const [sortOrder, set] of DEMO_SETS.entries()) {
      await tx.questionSet.create({
        data: {
          userId,
          title: set.title,
          slug: set.slug,
          kind: set.kind,
          sortOrder,
          questions: {
            create: set.questions.map((question, position) => ({
              userId,
              position,
              number: String(position + 1),
              title: question.title,
              answerMd: question.answerMd,
              stars: question.stars,
              placeholder: question.placeholder ?? false,
              contentHash: questionContentHash({
                title: question.title,
                answerMd: question.answerMd,
                stars: question.stars,
                placeholder: question.placeholder ?? false,
              }),
            })),
          },
        },
      });
    }
    await refreshCompanyKeys(tx, userId, "all");
  });
  return { created: true };
}

export const DEMO_CREDENTIALS = { email: DEMO_EMAIL, password: DEMO_PASSWORD };
