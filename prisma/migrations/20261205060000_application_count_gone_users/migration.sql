-- Deleting a user cascades to its companies, whose delete trigger takes their applications out of
-- "ApplicationCount", whose rows of that user the same cascade may already have removed: counts
-- are added only for users that still exist, so a deleted user's counts are not written back.
CREATE OR REPLACE FUNCTION "application_count_add"(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ApplicationCount" AS k ("userId", tier, stage, outcome, n)
  SELECT d."userId", d.tier, d.stage, d.outcome, sum(d.n)::int
  FROM jsonb_to_recordset(deltas) AS d("userId" text, tier text, stage "Stage", outcome "Outcome", n int)
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = d."userId")
  GROUP BY 1, 2, 3, 4 HAVING sum(d.n) <> 0
  ON CONFLICT ("userId", tier, stage, outcome) DO UPDATE SET n = k.n + EXCLUDED.n;
$$;
