ALTER TABLE book RENAME COLUMN published_on TO released_on;
ALTER TABLE book DROP COLUMN meta;
ALTER TABLE book ADD COLUMN subtitle TEXT;
CREATE TABLE "book_note" (
    [id] INTEGER PRIMARY KEY,
    `book_id` INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS book_note_uq ON book_note (book_id, body);
INSERT INTO author (name) VALUES ('Anonymous');
