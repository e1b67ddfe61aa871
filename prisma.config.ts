import { defineConfig } from "prisma/config";

// `prisma generate` needs no connection; commands that do read DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/offerboard" },
});
