// Generates the Prisma client without network access. `prisma generate` never uses the
// schema engine, but the CLI insists on finding one, so any existing file satisfies it.
import { execFileSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
