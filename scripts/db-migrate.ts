// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (or the embedded database).
import { fail, withDatabase } from "./cli";

withDatabase(async () => {}, (line) => console.log(`[offerboard] ${line}`))
  .then(() => console.log("[offerboard] database is up to date"))
  .catch(fail);
