import type { TRecordEncountersInput } from "@/lib/validation/encounters";
import { companyWithInterview as companyWithStep } from "@/tests/helpers/interviews";

// What the encounter tests share: the account's zone, and a company with one 二面 to log against.

export const TZ = "Asia/Shanghai";

/** A company with an application and one pending 二面 at `at`. */
export const companyWithInterview = (userId: string, name: string, at = new Date("2026-03-12T06:00:00Z")) => companyWithStep(userId, name, at, "二面");

/** What the logging form sends: a company, perhaps a step, and the questions asked. */
export function input(companyId: string, eventId: string | null, items: TRecordEncountersInput["items"], more: Partial<TRecordEncountersInput> = {}): TRecordEncountersInput {
  return { companyId, eventId, round: "", day: null, setId: null, items, ...more };
}
