// `npm run db:seed`: creates the demo account and its data if it does not exist yet.
import { fail, withDatabase } from "./cli";

withDatabase(async () => {
  const { ensureDemoAccount, DEMO_CREDENTIALS } = await import("@/lib/services/demo-seed");
  const { created } = await ensureDemoAccount();
  console.log(
    created
      ? `[offerboard] demo account created: ${DEMO_CREDENTIALS.email} / ${DEMO_CREDENTIALS.password}`
      : `[offerboard] demo account already exists: ${DEMO_CREDENTIALS.email}`,
  );
}).catch(fail);
