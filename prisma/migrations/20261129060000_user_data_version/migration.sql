-- User."dataVersion" changes in the same transaction as any write to the user's data, so a read
-- cached under (user, dataVersion) is never served after the data it came from has changed,
-- whoever wrote it: the app, the command line or another server.
ALTER TABLE "User" ADD COLUMN "dataVersion" BIGINT NOT NULL DEFAULT 0;

-- A write to the user's own row (preferences, locale, time zone, name) is a change too.
CREATE FUNCTION "user_touch_self"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."dataVersion" = OLD."dataVersion" THEN
    NEW."dataVersion" := OLD."dataVersion" + 1;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "User_touch_self" BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION "user_touch_self"();

-- Once per statement, not per row: an import of thousands of rows bumps each user once.
CREATE FUNCTION "user_touch_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "User" SET "dataVersion" = "dataVersion" + 1 WHERE id IN (SELECT DISTINCT "userId" FROM old_rows);
  ELSE
    UPDATE "User" SET "dataVersion" = "dataVersion" + 1 WHERE id IN (SELECT DISTINCT "userId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Company', 'Application', 'StageEvent', 'QuestionSet', 'Question', 'CompanySet', 'PrepTask', 'QuestionProgress', 'ImportRun', 'Asset'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"()', t || '_touch_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"()', t || '_touch_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "user_touch_rows"()', t || '_touch_delete', t);
  END LOOP;
END $$;
