import { describe, expect, it } from "vitest";

import { fieldErrorsOf, ZRegisterInput, ZSignInInput } from "@/lib/validation/auth";

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
    const result = ZRegisterInput.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]).toContain(message);
  });

  it("rejects missing fields with a message per field", () => {
    const result = ZRegisterInput.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("ZSignInInput", () => {
  it("needs a password but not a strong one", () => {
    expect(ZSignInInput.safeParse({ email: "a@b.cn", password: "x" }).success).toBe(true);
    expect(ZSignInInput.safeParse({ email: "a@b.cn", password: "" }).success).toBe(false);
  });
});
