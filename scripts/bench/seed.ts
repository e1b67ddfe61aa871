import pg from "pg";

import { hashPassword } from "@/lib/auth/password";
import { hashFeedToken } from "@/lib/calendar/feed-token";
import { buildCompanySearchText } from "@/lib/search/company-text";

export const BENCH_EMAIL = "bench@offerboard.dev";
export const BENCH_PASSWORD = "bench-password-1";
/** The bench user's calendar feed token (43 URL-safe characters, as the app makes them). */
export const BENCH_FEED_TOKEN = "benchFeedToken".padEnd(43, "0");

/** Companies of the bench user: BENCH_COMPANIES, 1,000 unless set (applications and events scale with it). */
export const BENCH_COMPANIES = Number(process.env.BENCH_COMPANIES ?? 1000);

/**
 * One user with 1,000 companies, 3,000 applications, 10,000 stage events and 5,000 questions
 * (20 sets; the first holds 500; 4,000 with review cards), written with set-based SQL so seeding
 * takes seconds.
 */
export async function seedBenchData(databaseUrl: string): Promise<{ userId: string }> {
  const [companies, applications, events] = [BENCH_COMPANIES, 3 * BENCH_COMPANIES, 10 * BENCH_COMPANIES];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const userId = "bench-user";
  const hash = await hashPassword(BENCH_PASSWORD);
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Bench', $3, now())`, [userId, BENCH_EMAIL, hash]);
    await client.query(
      `INSERT INTO "Company" (id, "userId", name, "normalizedName", tier, "updatedAt", aliases)
       SELECT 'c' || g, $1, '公司' || lpad(g::text, 4, '0'), 'company' || g,
              (ARRAY['S','A','B','C','N',NULL])[1 + g % 6]::"Tier", now() - (g || ' minutes')::interval,
              ARRAY['alias' || g]
       FROM generate_series(1, $2::int) g`,
      [userId, companies],
    );
    // Company.searchText (name, aliases, pinyin and initials), as lib/services/companies writes it.
    const { rows: named } = await client.query<{ id: string; name: string; aliases: string[] }>(
      `SELECT id, name, aliases FROM "Company" WHERE "userId" = $1`,
      [userId],
    );
    await client.query(
      `UPDATE "Company" c SET "searchText" = s.text FROM unnest($1::text[], $2::text[]) AS s(id, text) WHERE c.id = s.id`,
      [named.map((row) => row.id), named.map((row) => buildCompanySearchText(row.name, row.aliases))],
    );
    await client.query(
      `INSERT INTO "Application" (id, "userId", "companyId", role, stage, outcome, "appliedAt", "updatedAt")
       SELECT 'a' || g, $1, 'c' || (1 + (g - 1) % $2::int), '岗位' || g,
              (ARRAY['APPLIED','ASSESSMENT','WRITTEN_TEST','INTERVIEW','OFFER'])[1 + g % 5]::"Stage",
              (ARRAY['ACTIVE','ACTIVE','ACTIVE','REJECTED','OFFER','WITHDRAWN'])[1 + g % 6]::"Outcome",
              now() - (g || ' hours')::interval, now()
       FROM generate_series(1, $3::int) g`,
      [userId, companies, applications],
    );
    await client.query(
      `INSERT INTO "StageEvent" (id, "userId", "applicationId", position, stage, label, "scheduledAt", result)
       SELECT 'e' || g, $1, 'a' || (1 + (g - 1) % $2::int), (g - 1) / $2::int,
              (ARRAY['APPLIED','ASSESSMENT','WRITTEN_TEST','INTERVIEW'])[1 + ((g - 1) / $2::int) % 4]::"Stage",
              CASE WHEN (g - 1) / $2::int = 3 THEN '二面' ELSE '' END,
              now() + ((g % 40) - 20 || ' days')::interval,
              (ARRAY['PASSED','PENDING'])[1 + g % 2]::"EventResult"
       FROM generate_series(1, $3::int) g`,
      [userId, applications, events],
    );
    await client.query(
      `INSERT INTO "QuestionSet" (id, "userId", title, slug, "sortOrder", "updatedAt")
       SELECT 's' || g, $1, '题集 ' || g, 'set-' || g, g, now() FROM generate_series(1, 20) g`,
      [userId],
    );
    await client.query(
      `INSERT INTO "Question" (id, "userId", "setId", position, number, title, "answerMd", stars, placeholder, "contentHash", "updatedAt")
       SELECT 'q' || g, $1, 's' || CASE WHEN g <= 500 THEN 1 ELSE 2 + (g - 501) % 19 END, g, g::text,
              '问题 ' || g || '：注意力机制与位置编码的关系', repeat('答案内容，包含 Transformer 与 RAG 的说明。', 8) || g,
              g % 4, g % 17 = 0, md5(g::text), now()
       FROM generate_series(1, 5000) g`,
      [userId],
    );
    // Review cards for 4,000 of the questions (placeholders aside): due from 10 days ago to 20
    // days ahead, so /review's queue holds several hundred; the rest are new.
    await client.query(
      `INSERT INTO "ReviewCard" ("userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", reps, lapses, state, "lastReview")
       SELECT $1, 'q' || g, now() + ((g % 30) - 10 || ' days')::interval, 1 + g % 40, 1 + g % 9, 3, 3 + g % 30, 1 + g % 6, g % 3, 'REVIEW', now() - interval '3 days'
       FROM generate_series(1, 4000) g WHERE g % 17 <> 0`,
      [userId],
    );
    await client.query(
      `INSERT INTO "CompanySet" ("userId", "companyId", "setId") SELECT $1, 'c' || g, 's' || (1 + g % 20) FROM generate_series(1, $2::int) g`,
      [userId, companies],
    );
    await client.query(`INSERT INTO "CalendarFeed" ("userId", "tokenHash") VALUES ($1, $2)`, [userId, hashFeedToken(BENCH_FEED_TOKEN)]);
    // The companies table's keys from the applications, as every write keeps them.
    await client.query(`SELECT "company_refresh_latest"($1, NULL)`, [userId]);
    await client.query("COMMIT");
    // As autovacuum leaves the tables a minute later: statistics, and the visibility map that lets
    // index-only scans skip the heap. Without it the first scenarios would read a table the later
    // ones find vacuumed.
    await client.query("VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  return { userId };
}
