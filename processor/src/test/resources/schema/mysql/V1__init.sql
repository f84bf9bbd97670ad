/*!40101 SET NAMES utf8mb4 */;
-- Dumped in the mysqldump style.
DROP TABLE IF EXISTS `author`;
CREATE TABLE `author` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'full name; as printed',
  `born` date DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_author_name` (`name`),
  KEY `idx_born` (`born`)
) ENGINE=InnoDB AUTO_INCREMENT=1000 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='authors';

CREATE TABLE book (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  author_id BIGINT UNSIGNED NOT NULL,
  title VARCHAR(200) NOT NULL,
  status ENUM('draft','published') NOT NULL DEFAULT 'draft',
  price DECIMAL(10,2) NULL,
  pages INT,
  title_upper VARCHAR(200) AS (UPPER(title)) VIRTUAL,
  published_on DATE,
  meta JSON,
  CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
