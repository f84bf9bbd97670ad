-- Tables of the reports and list-page examples (Events, Jobs, SalesReport): portable DDL.
CREATE TABLE event (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL, note VARCHAR(200),
  on_day DATE NOT NULL, starts_at TIMESTAMP NOT NULL, seats INT NOT NULL);

CREATE TABLE job (id BIGINT PRIMARY KEY, state VARCHAR(20) NOT NULL, payload VARCHAR(200) NOT NULL);

CREATE TABLE title (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL);

CREATE TABLE sale (id BIGINT PRIMARY KEY, title_id BIGINT NOT NULL, currency CHAR(3) NOT NULL,
  amount_cents BIGINT NOT NULL, FOREIGN KEY (title_id) REFERENCES title (id));
