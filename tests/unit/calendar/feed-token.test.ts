import { describe, expect, it } from "vitest";

import { FEED_TOKEN_PATTERN, hashFeedToken, newFeedToken, openFeedToken, sealFeedToken } from "@/lib/calendar/feed-token";

const SECRET = "unit-secret-unit-secret-unit-secret-unit";

describe("the sealed feed token", () => {
  const token = newFeedToken();
  const hash = hashFeedToken(token);
  const sealed = sealFeedToken(token, "user-a", SECRET);

  it("opens to the token for its user under the same secret", () => {
    expect(token).toMatch(FEED_TOKEN_PATTERN);
    expect(openFeedToken(sealed, "user-a", SECRET, hash)).toBe(token);
    // A fresh nonce each time: sealing twice never gives the same text.
    expect(sealFeedToken(token, "user-a", SECRET)).not.toBe(sealed);
  });

  it("opens to nothing for another user, another secret, another hash, or any edit", () => {
    expect(openFeedToken(sealed, "user-b", SECRET, hash)).toBeNull();
    expect(openFeedToken(sealed, "user-a", `${SECRET}!`, hash)).toBeNull();
    expect(openFeedToken(sealed, "user-a", SECRET, hashFeedToken(newFeedToken()))).toBeNull();
    const body = sealed.slice(3);
    for (let index = 0; index < body.length; index += 7) {
      const flipped = body.slice(0, index) + (body[index] === "A" ? "B" : "A") + body.slice(index + 1);
      expect(openFeedToken(`v1.${flipped}`, "user-a", SECRET, hash)).toBeNull();
    }
    for (const garbage of ["", "v1.", "v2." + body, `${sealed}.x`, "v1.AAAA", "v1.!!!!"]) expect(openFeedToken(garbage, "user-a", SECRET, hash)).toBeNull();
  });

  it("does not hold the token in the clear", () => {
    expect(sealed).not.toContain(token);
    expect(Buffer.from(sealed.slice(3), "base64url").toString("latin1")).not.toContain(token);
  });
});
