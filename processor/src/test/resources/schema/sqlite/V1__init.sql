PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS author (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    born TEXT,
    rating,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE book (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES author(id) ON DELETE CASCADE,
    title TEXT NOT NULL COLLATE NOCASE,
    pages INT,
    price REAL,
    title_lower TEXT GENERATED ALWAYS AS (lower(title)) VIRTUAL,
    published_on TEXT,
    meta BLOB
) STRICT;
CREATE TABLE tag (name TEXT PRIMARY KEY, uses INTEGER) WITHOUT ROWID;
CREATE TRIGGER author_touch AFTER UPDATE ON author
BEGIN
    UPDATE author SET created_at = datetime('now') WHERE id = NEW.id;
END;
