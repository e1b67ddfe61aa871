import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import { ZRegisterInput, ZSignInInput } from "@/lib/validation/auth";
import { parseOrThrow } from "@/lib/validation/issues";

/** The message keys per field that the boundary reports for this input. */
function fieldKeysOf(input: unknown): Record<string, string[]> {
  try {
    parseOrThrow(ZRegisterInput, input);
  } catch (error) {
    if (error instanceof AppError) return (error.details as { fields: Record<string, string[]> }).fields;
  }
  throw new Error("expected a validation error");
}

const valid = { email: "  Li.Ming@Example.COM ", password: "abc12345", name: " 李明 " };

describe("ZRegisterInput", () => {
  it("normalises email and name", () => {
    expect(ZRegisterInput.parse(valid)).toEqual({ email: "li.ming@example.com", password: "abc12345", name: "李明" });
  });

  it.each([
    [{ ...valid, email: "not-an-email" }, "email", "validation.emailInvalid"],
    [{ ...valid, password: "a1" }, "password", "validation.passwordTooShort"],
    [{ ...valid, password: "abcdefgh" }, "password", "validation.passwordWeak"],
    [{ ...valid, password: "12345678" }, "password", "validation.passwordWeak"],
    [{ ...valid, password: `a1${"x".repeat(127)}` }, "password", "validation.passwordTooLong"],
    [{ ...valid, name: "   " }, "name", "validation.nameRequired"],
    [{ ...valid, name: "名".repeat(51) }, "name", "validation.nameTooLong"],
  ])("rejects %j on %s", (input, field, message) => {
    expect(fieldKeysOf(input)[field]).toContain(message);
  });

  it("rejects missing fields with a message per field", () => {
    expect(Object.keys(fieldKeysOf({})).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("ZSignInInput", () => {
  it("needs a password but not a strong one", () => {
    expect(ZSignInInput.safeParse({ email: "a@b.cn", password: "x" }).success).toBe(true);
    expect(ZSignInInput.safeParse({ email: "a@b.cn", password: "" }).success).toBe(false);
  });
});
