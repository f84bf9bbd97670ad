-- Library schema, first cut.
CREATE EXTENSION IF NOT EXISTS "pgcrypto";

CREATE TYPE book_status AS ENUM ('draft', 'published', 'retired');
CREATE DOMAIN isbn13 AS varchar(13) CHECK (VALUE ~ '^[0-9]{13}$');
CREATE SEQUENCE author_seq START 1000 INCREMENT BY 1;

CREATE TABLE author (
    id          bigint PRIMARY KEY DEFAULT nextval('author_seq'),
    name        text        NOT NULL,
    born        date,
    nickname    varchar(80),
    created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE author IS 'People who write; ''quoted'' text';

CREATE TABLE public.book (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id     bigint       NOT NULL REFERENCES author (id) ON DELETE CASCADE,
    title         varchar(200) NOT NULL,
    isbn          isbn13       UNIQUE,
    status        book_status  NOT NULL DEFAULT 'draft',
    pages         integer      CHECK (pages > 0),
    price         numeric(10, 2),
    published_on  date,
    title_lower   text GENERATED ALWAYS AS (lower(title)) STORED,
    tags          text[]       NOT NULL DEFAULT '{}',
    meta          jsonb
);
CREATE INDEX book_author_idx ON book (author_id);
CREATE UNIQUE INDEX book_title_author_uq ON book (author_id, lower(title));

CREATE TABLE "AppUser" (
    id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    "Email" text NOT NULL,
    CONSTRAINT app_user_email_uq UNIQUE ("Email")
);
