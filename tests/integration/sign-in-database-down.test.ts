import { afterAll, describe, expect, it, vi } from "vitest";

import { findFreePort } from "@/lib/server/port";

const liveUrl = process.env.DATABASE_URL;
afterAll(() => {
  process.env.DATABASE_URL = liveUrl;
});

describe("sign-in while the database is unreachable", () => {
  it("reports UNAVAILABLE (a translated message on the page), never the driver's text, and logs the cause", async () => {
    // A fresh lib/db whose server is not there.
    process.env.DATABASE_URL = `postgresql://offerboard:x@127.0.0.1:${await findFreePort()}/offerboard`;
    delete (globalThis as { db?: unknown }).db;
    vi.resetModules();
    const { authOptions } = await import("@/lib/auth/options");
    type TAuthorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
    const provider = authOptions.providers[0] as unknown as { options: { authorize: TAuthorize } };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});

    const attempt = provider.options.authorize({ email: "someone@example.test", password: "whatever-1" }, { headers: { "x-forwarded-for": "10.30.0.1" } });
    const error = await attempt.then(() => null, (thrown: Error) => thrown);
    expect(error?.message).toBe("UNAVAILABLE");
    expect(logged).toHaveBeenCalledWith("[offerboard] sign-in failed", expect.anything());
    logged.mockRestore();
  });
});
