-- How many companies each set is linked to: the set list shows it on every row. Counting the
-- links on each read costs as much as there are links; "SetCount"."linked" keeps the number
-- current instead, written by the triggers below in the statement that links or unlinks, whoever
-- makes it (the app, a restore, the command line, a company or set deleted with its links).
-- No link may be written between the count below and the triggers (a second instance running):
-- the table is locked until this migration commits.
LOCK TABLE "CompanySet" IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE "SetCount" ADD COLUMN "linked" INTEGER NOT NULL DEFAULT 0;

UPDATE "SetCount" n SET "linked" = l.n
FROM (SELECT "setId", count(*)::int AS n FROM "CompanySet" GROUP BY "setId") l
WHERE l."setId" = n."setId";

-- Links added (+1 each) or removed (-1 each), by set. Nothing updates a link (its key is its
-- whole row); a transition table exists only for its operation, so each is read in its branch.
CREATE FUNCTION "set_count_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "SetCount" n SET "linked" = n."linked" + d.n
    FROM (SELECT "setId", count(*)::int AS n FROM new_rows GROUP BY "setId") d WHERE n."setId" = d."setId";
  ELSE
    UPDATE "SetCount" n SET "linked" = n."linked" - d.n
    FROM (SELECT "setId", count(*)::int AS n FROM old_rows GROUP BY "setId") d WHERE n."setId" = d."setId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CompanySet_count_insert" AFTER INSERT ON "CompanySet" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "set_count_links"();
CREATE TRIGGER "CompanySet_count_delete" AFTER DELETE ON "CompanySet" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "set_count_links"();
