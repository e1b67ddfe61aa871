import type { TestProject } from "vitest/node";

import { startTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One migrated PostgreSQL per test project; workers read its URL from DATABASE_URL. */
export default async function setup(project: TestProject) {
  const database = await startTestDatabase();
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return database.teardown;
}
