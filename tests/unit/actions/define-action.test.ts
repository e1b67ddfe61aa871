import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { AppError } from "@/lib/errors";

// The one action path, run as a server action runs it, with the request's pieces in place: the
// signed-in user (or none) and the language cookie. Nothing here reaches the database.
const session = vi.hoisted(() => ({ user: null as null | { id: string; timeZone: string }, locale: "zh" }));

vi.mock("@/lib/auth", () => ({
  requireApiUser: vi.fn(async () => {
    if (!session.user) throw new AppError("UNAUTHORIZED");
    return session.user;
  }),
  getCurrentUser: vi.fn(async () => session.user),
  endThisSession: vi.fn(async () => undefined),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "ob-locale" ? { value: session.locale } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { defineAction, definePublicAction } = await import("@/lib/actions/define-action");
const { requireApiUser } = await import("@/lib/auth");
const { revalidatePath } = await import("next/cache");
const { createCompanyAction, saveTablePreferencesAction } = await import("@/components/companies/actions");
const { setStarsAction } = await import("@/components/questions/actions");
const { setLocaleAction } = await import("@/components/shell/actions");

const USER = { id: "user-1", timeZone: "Asia/Shanghai" };

beforeEach(() => {
  session.user = USER;
  session.locale = "zh";
  vi.mocked(requireApiUser).mockClear();
  vi.mocked(revalidatePath).mockClear();
});

/** Every text a failed result shows a user: its message and each field's messages. */
function shownTexts(result: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }): string[] {
  return [result.message ?? "", ...Object.values(result.fieldErrors ?? {}).flat()];
}

describe("defineAction", () => {
  it("refreshes the given layout after a success only", async () => {
    const action = defineAction(z.object({ n: z.number() }), async () => 1, { revalidate: "/questions" });
    expect((await action({ n: "x" })).ok).toBe(false);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(await action({ n: 1 })).toEqual({ ok: true, data: 1 });
    expect(revalidatePath).toHaveBeenCalledWith("/questions", "layout");
  });

  it("asks for the user before reading the input: signed out, even bad input is UNAUTHORIZED and nothing runs", async () => {
    session.user = null;
    const run = vi.fn(async () => "ran");
    const action = defineAction(z.object({ title: z.string() }), run);
    expect(await action({ title: 42 })).toEqual({ ok: false, code: "UNAUTHORIZED", message: "请先登录。" });
    expect(run).not.toHaveBeenCalled();
  });

  it("parses the input once and hands the parsed value (defaults, trims) and the user to the call", async () => {
    const seen = vi.fn((title: string) => title.trim());
    const run = vi.fn(async (data: { title: string; stars: number }, user: { id: string }) => `${user.id}:${data.title}:${data.stars}`);
    const action = defineAction(z.object({ title: z.string().transform(seen), stars: z.number().default(0) }), run);
    expect(await action({ title: "  QKV " })).toEqual({ ok: true, data: "user-1:QKV:0" });
    expect(seen).toHaveBeenCalledTimes(1);
    expect(requireApiUser).toHaveBeenCalledTimes(1);
  });

  it("maps a service's AppError to its translated message, in the request's language", async () => {
    const action = defineAction(z.undefined(), async () => {
      throw new AppError("NOT_FOUND");
    });
    expect(await action()).toEqual({ ok: false, code: "NOT_FOUND", message: "找不到该内容，它可能已被删除。" });
    session.locale = "en";
    expect(await action()).toEqual({ ok: false, code: "NOT_FOUND", message: "Not found. It may have been deleted." });
  });

  it("puts a message about one field under that field, and fills the message's placeholders from the details", async () => {
    const wrong = defineAction(z.undefined(), async () => {
      throw new AppError("VALIDATION", "settings.currentPasswordWrong", { field: "currentPassword" });
    });
    expect(await wrong()).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "当前密码不正确",
      fieldErrors: { currentPassword: ["当前密码不正确"] },
    });
    const limited = defineAction(z.undefined(), async () => {
      throw new AppError("RATE_LIMITED", "auth.rateLimited", { retryAt: "2026-12-05T03:00:00.000Z", minutes: 7 });
    });
    const result = await limited();
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED", details: { retryAt: "2026-12-05T03:00:00.000Z", minutes: 7 } });
    expect(shownTexts(result)[0]).toContain("7");
    expect(shownTexts(result)[0]).not.toContain("{minutes}");
  });

  it("shows an unknown error as the generic message and logs it, never its text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = defineAction(z.undefined(), async () => {
      throw new Error('relation "Secret" does not exist');
    });
    expect(await action()).toEqual({ ok: false, code: "INTERNAL", message: "服务器出了点问题，请稍后再试。" });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});

describe("definePublicAction", () => {
  it("needs no user and parses and maps errors the same way", async () => {
    session.user = null;
    const action = definePublicAction(z.object({ title: z.string().min(1, "questions.validation.setTitleRequired") }), async (data) => data.title);
    expect(await action({ title: "RAG" })).toEqual({ ok: true, data: "RAG" });
    expect(await action({ title: "" })).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "请输入题集名称",
      fieldErrors: { title: ["请输入题集名称"] },
    });
    expect(requireApiUser).not.toHaveBeenCalled();
  });
});

describe("no raw zod text reaches a user", () => {
  it.each([
    ["a company with an unknown tier", () => createCompanyAction({ name: "腾讯", tier: "Z" })],
    ["a company whose name is not text", () => createCompanyAction({ name: 42, tier: null })],
    ["table preferences with an unknown density", () => saveTablePreferencesAction({ density: "tiny", hidden: [] })],
    ["stars out of range", () => setStarsAction({ questionId: "q1", stars: 9 })],
    ["an unknown language", () => setLocaleAction("fr")],
  ])("%s gets translated messages only", async (_case, act) => {
    for (const locale of ["zh", "en"]) {
      session.locale = locale;
      const result = await act();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe("VALIDATION");
      for (const text of shownTexts(result)) {
        expect(text).not.toMatch(/Invalid|expected|received|Too (small|big)/);
        expect(text).not.toMatch(/^[a-z]+\.[\w.]+$/);
      }
    }
  });

  it("an unknown tier shows the generic message under the tier field", async () => {
    const result = await createCompanyAction({ name: "腾讯", tier: "Z" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { tier: ["填写有误，请检查标出的内容。"] } });
  });
});
