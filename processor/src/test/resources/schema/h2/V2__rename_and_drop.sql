ALTER TABLE book ALTER COLUMN published_on RENAME TO released_on;
ALTER TABLE book DROP COLUMN meta;
ALTER TABLE book ADD COLUMN IF NOT EXISTS subtitle VARCHAR(200);
CREATE TABLE book_note (
    id INT AUTO_INCREMENT PRIMARY KEY,
    book_id BIGINT NOT NULL,
    body CLOB NOT NULL
);
CREATE ALIAS IF NOT EXISTS MY_UPPER FOR "java.lang.String.toUpperCase";
MERGE INTO author (id, name) KEY (id) VALUES (1, 'Anonymous');
