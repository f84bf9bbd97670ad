ALTER TABLE book RENAME COLUMN published_on TO released_on;
ALTER TABLE book DROP COLUMN meta;
ALTER TABLE IF EXISTS book ADD COLUMN IF NOT EXISTS subtitle varchar(200);
ALTER TABLE book ALTER COLUMN pages TYPE bigint;
ALTER TABLE author ALTER COLUMN born SET NOT NULL;
ALTER TYPE book_status ADD VALUE 'banned';

CREATE TABLE book_note (
    id       serial PRIMARY KEY,
    book_id  bigint NOT NULL REFERENCES book,
    body     text   NOT NULL,
    UNIQUE (book_id, id)
);
INSERT INTO author (name, born) VALUES ('Anonymous', '1900-01-01');
