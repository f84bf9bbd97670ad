ALTER TABLE book RENAME COLUMN published_on TO released_on;
ALTER TABLE book DROP COLUMN meta;
ALTER TABLE `author` ADD COLUMN `bio` TEXT AFTER `name`, MODIFY COLUMN `born` DATE NOT NULL;
ALTER TABLE book CHANGE pages page_count INT UNSIGNED NULL;
CREATE TABLE book_note (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  book_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  INDEX idx_note_book (book_id)
) ENGINE=MyISAM;
INSERT INTO `author` (`name`, `born`) VALUES ('Anonymous', '1900-01-01');
