import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env-schema.js";
import { normalizeAddress, resolveClientAddress } from "@/lib/server/client-address.js";

describe("resolveClientAddress", () => {
  it("takes the socket's address and ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.7", "1.2.3.4", [])).toBe("203.0.113.7");
    expect(resolveClientAddress("::ffff:203.0.113.7", ["1.2.3.4", "5.6.7.8"], [])).toBe("203.0.113.7");
    expect(resolveClientAddress(undefined, "1.2.3.4", [])).toBeNull();
  });

  it("believes a trusted proxy's header, hop by hop, up to the first address that is not a trusted proxy", () => {
    const trusted = ["127.0.0.1", "10.0.0.2"];
    expect(resolveClientAddress("127.0.0.1", "198.51.100.9", trusted)).toBe("198.51.100.9");
    // The client prepended a forged hop: the proxies' own entries are on the right.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.0.0.2", trusted)).toBe("198.51.100.9");
    // A header from a peer that is not a trusted proxy counts for nothing.
    expect(resolveClientAddress("192.0.2.1", "198.51.100.9", trusted)).toBe("192.0.2.1");
    // Garbage in the chain stops the walk at the last trusted hop.
    expect(resolveClientAddress("127.0.0.1", "not-an-ip", trusted)).toBe("127.0.0.1");
  });

  it("normalizes addresses", () => {
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(normalizeAddress("example.com")).toBeNull();
  });
});

describe("TRUSTED_PROXY", () => {
  it("is a list of IP addresses, empty by default", () => {
    expect(parseEnv({}).TRUSTED_PROXY).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXY: "127.0.0.1, ::1" }).TRUSTED_PROXY).toEqual(["127.0.0.1", "::1"]);
    expect(() => parseEnv({ TRUSTED_PROXY: "127.0.0.1,nginx" })).toThrowError(/TRUSTED_PROXY.*: must be IP addresses/);
  });
});
