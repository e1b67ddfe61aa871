import { describe, expect, it } from "vitest";
import { Outcome } from "@/lib/generated/prisma/enums";
import {
  canStartNewApplication,
  livesOf,
  normalizeRole,
  type TExistingApplication,
  type TNewApplicationCheck,
} from "@/lib/applications/stage-machine";

const app = (outcome: Outcome, role = ""): TExistingApplication => ({ role, outcome });
const plain = { revival: false };
const revival = { revival: true };

function codeOf(check: TNewApplicationCheck): string {
  if (check.ok) throw new Error("expected a refusal");
  return check.code;
}

describe("canStartNewApplication", () => {
  it("allows the first application", () => {
    expect(canStartNewApplication(plain, [])).toEqual({ ok: true, usesRevival: false });
  });

  it("refuses a second active application for the same role (roles compared loosely)", () => {
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.ACTIVE)]))).toBe("ACTIVE_SAME_ROLE");
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.ACTIVE, "算法工程师")], " 算法工程师 "))).toBe("ACTIVE_SAME_ROLE");
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.ACTIVE, "LLM  Engineer")], "llm engineer"))).toBe("ACTIVE_SAME_ROLE");
  });

  it("allows another role beside an active one only when the role is named", () => {
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.ACTIVE, "算法工程师")]))).toBe("ROLE_REQUIRED");
    expect(canStartNewApplication(plain, [app(Outcome.ACTIVE, "算法工程师")], "后端开发")).toEqual({ ok: true, usesRevival: false });
    expect(canStartNewApplication(plain, [app(Outcome.ACTIVE)], "后端开发")).toEqual({ ok: true, usesRevival: false });
  });

  it("refuses a new application for a role that already has an offer, allows another role", () => {
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.OFFER, "算法")], "算法"))).toBe("OFFER_SAME_ROLE");
    expect(canStartNewApplication(plain, [app(Outcome.OFFER, "算法")], "后端")).toEqual({ ok: true, usesRevival: false });
  });

  it("withdrawn applications never block", () => {
    expect(canStartNewApplication(plain, [app(Outcome.WITHDRAWN), app(Outcome.WITHDRAWN)])).toEqual({ ok: true, usesRevival: false });
  });

  it("after a rejection, a company without 复活甲 is closed, whatever the role", () => {
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.REJECTED)]))).toBe("REJECTED_NO_REVIVAL");
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.REJECTED, "算法")], "后端"))).toBe("REJECTED_NO_REVIVAL");
  });

  it("复活甲 allows re-applying once after a rejection (腾讯(复活甲))", () => {
    expect(canStartNewApplication(revival, [app(Outcome.REJECTED)])).toEqual({ ok: true, usesRevival: true });
    expect(canStartNewApplication(revival, [app(Outcome.REJECTED), app(Outcome.WITHDRAWN)])).toEqual({ ok: true, usesRevival: true });
  });

  it("复活甲 is used up after a second rejection", () => {
    expect(codeOf(canStartNewApplication(revival, [app(Outcome.REJECTED), app(Outcome.REJECTED)]))).toBe("REVIVAL_USED");
  });

  it("the revived application, while active, still blocks a duplicate", () => {
    const history = [app(Outcome.REJECTED), app(Outcome.ACTIVE)];
    expect(codeOf(canStartNewApplication(revival, history))).toBe("ACTIVE_SAME_ROLE");
    expect(canStartNewApplication(revival, history, "后端")).toEqual({ ok: true, usesRevival: true });
  });

  it("a rejection still blocks even when an active application exists for another role, without 复活甲", () => {
    expect(codeOf(canStartNewApplication(plain, [app(Outcome.REJECTED, "a"), app(Outcome.ACTIVE, "b")], "c"))).toBe("REJECTED_NO_REVIVAL");
  });
});

describe("normalizeRole / livesOf", () => {
  it("trims, lower-cases and collapses spaces", () => {
    expect(normalizeRole("  Data   Scientist ")).toBe("data scientist");
    expect(normalizeRole("")).toBe("");
  });

  it("a company tolerates one rejection more with 复活甲", () => {
    expect(livesOf(plain)).toBe(1);
    expect(livesOf(revival)).toBe(2);
  });
});
