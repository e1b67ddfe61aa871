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

-- Links added (+1 each) or removed (-1 each), by set; a transition table exists only for its
-- operation, so each is read in its own branch.
CREATE FUNCTION "set_count_link_deltas"(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  UPDATE "SetCount" n SET "linked" = n."linked" + d.n
  FROM (SELECT "setId", sum(n)::int AS n FROM jsonb_to_recordset(deltas) AS x("setId" text, n int) GROUP BY "setId") d
  WHERE n."setId" = d."setId" AND d.n <> 0;
$$;

CREATE FUNCTION "set_count_links"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb := '[]';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    deltas := deltas || coalesce((SELECT jsonb_agg(jsonb_build_object('setId', "setId", 'n', 1)) FROM new_rows), '[]');
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    deltas := deltas || coalesce((SELECT jsonb_agg(jsonb_build_object('setId', "setId", 'n', -1)) FROM old_rows), '[]');
  END IF;
  PERFORM "set_count_link_deltas"(deltas);
  RETURN NULL;
END $$;

CREATE TRIGGER "CompanySet_count_insert" AFTER INSERT ON "CompanySet" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "set_count_links"();
CREATE TRIGGER "CompanySet_count_update" AFTER UPDATE ON "CompanySet" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "set_count_links"();
CREATE TRIGGER "CompanySet_count_delete" AFTER DELETE ON "CompanySet" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "set_count_links"();
