import { localDayOf, utcToZonedInput } from "@/lib/dates/zone";
import type { TMoveCommandInput } from "@/lib/validation/applications";
import type { TCreateCompany } from "@/lib/validation/companies";

// Companies and applications the tests make through the services, in Asia/Shanghai (the test users'
// zone). The services are imported when called: by then a browser test file has pointed DATABASE_URL
// at its database.

const SHANGHAI = { timeZone: "Asia/Shanghai" };

/** `YYYY-MM-DD` in Asia/Shanghai, `days` from now. */
export function shanghaiDay(days: number): string {
  return localDayOf(new Date(Date.now() + days * 86_400_000), SHANGHAI.timeZone);
}

/** `YYYY-MM-DDTHH:mm` in Asia/Shanghai, `ms` from now. */
export function shanghaiFromNow(ms: number): string {
  return utcToZonedInput(new Date(Date.now() + ms), SHANGHAI.timeZone);
}

/** `YYYY-MM-DDTHH:mm` in Asia/Shanghai, `days` from now at `hour`:00. */
export function shanghaiLocal(days: number, hour: number): string {
  return `${shanghaiDay(days)}T${String(hour).padStart(2, "0")}:00`;
}

/** An `advance` move to `stage`, at `scheduledAt` (local time) and with `label` when given. */
export const advance = (stage: "APPLIED" | "ASSESSMENT" | "WRITTEN_TEST" | "INTERVIEW", scheduledAt?: string, label?: string): TMoveCommandInput => ({
  type: "advance",
  stage,
  ...(scheduledAt ? { scheduledAt } : {}),
  ...(label ? { label } : {}),
});

/** A company of `userId` and one application for `role` (none unless given), opened by `start` in the same write if given. */
export async function startedCompany(userId: string, company: TCreateCompany, start?: TMoveCommandInput, role = "") {
  const { createCompany } = await import("@/lib/services/companies");
  const { startApplication } = await import("@/lib/services/applications");
  const { id: companyId } = await createCompany(userId, company);
  const application = await startApplication(userId, { companyId, role, command: start }, SHANGHAI);
  return { companyId, application };
}

/**
 * A company of `userId` and one application for `role`, started with no step and taken through
 * `commands` one move at a time; with no commands, the company alone (applicationId "").
 */
export async function trackCompany(userId: string, company: TCreateCompany, commands: readonly TMoveCommandInput[], role = "算法") {
  if (commands.length === 0) {
    const { createCompany } = await import("@/lib/services/companies");
    return { companyId: (await createCompany(userId, company)).id, applicationId: "" };
  }
  const { moveApplication } = await import("@/lib/services/applications");
  const started = await startedCompany(userId, company, undefined, role);
  let app = started.application;
  for (const command of commands) app = await moveApplication(userId, { applicationId: app.id, version: app.version, command }, SHANGHAI);
  return { companyId: started.companyId, applicationId: app.id };
}
