// `npm run user:create -- --email E --password P [--name N]`: creates an account for self-hosters.
import { parseArgs } from "node:util";

import { translatorFor } from "@/lib/i18n/dictionaries";

import { fail, withDatabase } from "./cli";

const t = translatorFor("en");

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  });
  if (!values.email || !values.password) {
    throw new Error(t("cli.user.usage"));
  }
  const { createUserFromCli } = await import("./user-cli");
  const input = { email: values.email, password: values.password, name: values.name ?? values.email.split("@")[0] ?? "" };
  await withDatabase(async () => {
    const user = await createUserFromCli(input);
    console.log(`[offerboard] ${t("cli.user.created", { email: user.email, name: user.name })}`);
  });
}

main().catch(fail);
