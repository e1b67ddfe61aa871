import { afterAll, inject } from "vitest";

// Before any test file imports lib/db, point it at the run's database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-integration-tests";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
