import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env-schema.js";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, ALLOW_REGISTRATION: true, DATA_DIR: ".data", SERVER_HEAP_MB: 256 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres URLs and parses booleans and ports", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/x", PORT: "4000", ALLOW_REGISTRATION: "false" });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db:5432/x");
    expect(env.PORT).toBe(4000);
    expect(env.ALLOW_REGISTRATION).toBe(false);
  });

  it("names every bad variable in one message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/x", PORT: "eighty", NEXTAUTH_SECRET: "short" })).toThrowError(
      /DATABASE_URL: must be a postgres[\s\S]*NEXTAUTH_SECRET: must be at least 32[\s\S]*PORT/,
    );
  });

  it("rejects a DATABASE_URL that is not a URL at all", () => {
    expect(() => parseEnv({ DATABASE_URL: "localhost:5432" })).toThrowError(/DATABASE_URL/);
  });

  it("rejects a port out of range and a bad boolean", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrowError(/PORT/);
    expect(() => parseEnv({ ALLOW_REGISTRATION: "maybe" })).toThrowError(/ALLOW_REGISTRATION: must be true or false/);
  });

  it("takes a server heap limit in megabytes and refuses a tiny or non-numeric one", () => {
    expect(parseEnv({ SERVER_HEAP_MB: "512" }).SERVER_HEAP_MB).toBe(512);
    expect(() => parseEnv({ SERVER_HEAP_MB: "64" })).toThrowError(/SERVER_HEAP_MB/);
    expect(() => parseEnv({ SERVER_HEAP_MB: "lots" })).toThrowError(/SERVER_HEAP_MB: must be a number of megabytes/);
  });
});
