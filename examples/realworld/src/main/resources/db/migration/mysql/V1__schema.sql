-- The Conduit schema for MySQL/MariaDB (InnoDB, utf8mb4). It differs from H2's and PostgreSQL's
-- only in AUTO_INCREMENT, TEXT and DATETIME(3).
CREATE TABLE users (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  username VARCHAR(255) NOT NULL UNIQUE,
  email VARCHAR(255) NOT NULL UNIQUE,
  password_hash VARCHAR(255) NOT NULL,
  bio TEXT,
  image VARCHAR(2048)
);

CREATE TABLE follows (
  follower_id BIGINT NOT NULL REFERENCES users (id),
  followed_id BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (follower_id, followed_id)
);
CREATE INDEX follows_followed ON follows (followed_id);

CREATE TABLE articles (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  slug VARCHAR(255) NOT NULL UNIQUE,
  title VARCHAR(255) NOT NULL,
  description VARCHAR(255) NOT NULL,
  body MEDIUMTEXT NOT NULL,
  author_id BIGINT NOT NULL REFERENCES users (id),
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL
);
CREATE INDEX articles_newest ON articles (created_at, id);
CREATE INDEX articles_author ON articles (author_id);

CREATE TABLE article_tags (
  article_id BIGINT NOT NULL REFERENCES articles (id),
  tag VARCHAR(255) NOT NULL,
  PRIMARY KEY (article_id, tag)
);
CREATE INDEX article_tags_tag ON article_tags (tag, article_id);

CREATE TABLE favorites (
  user_id BIGINT NOT NULL REFERENCES users (id),
  article_id BIGINT NOT NULL REFERENCES articles (id),
  PRIMARY KEY (user_id, article_id)
);
CREATE INDEX favorites_article ON favorites (article_id);

CREATE TABLE comments (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles (id),
  author_id BIGINT NOT NULL REFERENCES users (id),
  body MEDIUMTEXT NOT NULL,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL
);
CREATE INDEX comments_article ON comments (article_id);
