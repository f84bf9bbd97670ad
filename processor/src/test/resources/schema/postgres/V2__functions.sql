/* Keep updated_at current; a block comment
   spanning lines; with a ; inside */
ALTER TABLE author ADD COLUMN updated_at timestamp without time zone;

CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER author_touch BEFORE UPDATE ON author
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

DO $body$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reader') THEN
        CREATE ROLE reader;
    END IF;
END
$body$;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader;
