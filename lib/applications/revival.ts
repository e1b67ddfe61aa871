// 复活甲: when a company may get another application.
//
// The rule, checked in this order (roles compare trimmed, case- and space-insensitive; "" is a role too):
// 1. An ACTIVE application for the same role blocks (ACTIVE_SAME_ROLE).
// 2. An ACTIVE application for another role blocks unless the new one names a role of its own
//    (ROLE_REQUIRED): applying to two roles at once is fine when it is explicit.
// 3. An OFFER for the same role blocks (OFFER_SAME_ROLE).
// 4. Rejections count per company, whatever the role: without 复活甲 a company is out after one
//    rejection (REJECTED_NO_REVIVAL); with 复活甲 it has one extra life and is out after two
//    (REVIVAL_USED). When it is allowed after a rejection, usesRevival is true.
// Withdrawn applications never block: the user chose to stop, and may start again.

import { Outcome } from "@/lib/generated/prisma/enums";

type TRevivalCompany = { revival: boolean };
export type TExistingApplication = { role: string; outcome: Outcome };

type TNewApplicationErrorCode =
  | "ACTIVE_SAME_ROLE"
  | "ROLE_REQUIRED"
  | "OFFER_SAME_ROLE"
  | "REJECTED_NO_REVIVAL"
  | "REVIVAL_USED";

export type TNewApplicationCheck =
  | { ok: true; usesRevival: boolean }
  | { ok: false; code: TNewApplicationErrorCode };

/** Roles compare trimmed, lower-cased, with runs of spaces collapsed. */
export function normalizeRole(role: string): string {
  return role.trim().toLowerCase().replace(/\s+/g, " ");
}

/** How many rejections a company tolerates before no new application is allowed. */
export function livesOf(company: TRevivalCompany): number {
  return company.revival ? 2 : 1;
}

function refuse(code: TNewApplicationErrorCode): TNewApplicationCheck {
  return { ok: false, code };
}

/** Whether a new application (for `role`, default "") may be started at this company. */
export function canStartNewApplication(
  company: TRevivalCompany,
  applications: readonly TExistingApplication[],
  role = "",
): TNewApplicationCheck {
  const wanted = normalizeRole(role);
  const active = applications.filter((application) => application.outcome === Outcome.ACTIVE);
  if (active.some((application) => normalizeRole(application.role) === wanted)) return refuse("ACTIVE_SAME_ROLE");
  if (active.length > 0 && wanted === "") return refuse("ROLE_REQUIRED");
  const offers = applications.filter((application) => application.outcome === Outcome.OFFER);
  if (offers.some((application) => normalizeRole(application.role) === wanted)) return refuse("OFFER_SAME_ROLE");
  const rejections = applications.filter((application) => application.outcome === Outcome.REJECTED).length;
  if (rejections >= livesOf(company)) return refuse(company.revival ? "REVIVAL_USED" : "REJECTED_NO_REVIVAL");
  return { ok: true, usesRevival: rejections > 0 };
}
