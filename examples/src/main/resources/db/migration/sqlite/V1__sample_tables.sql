-- The example's tables, applied by Flyway (SampleSchema) in the app and the tests, and read by
-- the Tenon processor at compile time (-Atenon.schema in examples/pom.xml): one schema, checked.
CREATE TABLE book (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL);
CREATE TABLE "user" (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL);
CREATE TABLE book_note (id BIGINT PRIMARY KEY, text VARCHAR(500) NOT NULL, book_id BIGINT NOT NULL, user_id BIGINT NOT NULL,
  FOREIGN KEY (book_id) REFERENCES book (id), FOREIGN KEY (user_id) REFERENCES "user" (id), UNIQUE (book_id, user_id));
CREATE TABLE profile (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, home_country VARCHAR(100) NOT NULL, FOREIGN KEY (user_id) REFERENCES "user" (id));
CREATE TABLE inventory (id BIGINT PRIMARY KEY, book_id BIGINT NOT NULL, user_id BIGINT NOT NULL, FOREIGN KEY (book_id) REFERENCES book (id), FOREIGN KEY (user_id) REFERENCES "user" (id));
CREATE TABLE blog (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL);
CREATE TABLE entry (id BIGINT PRIMARY KEY, blog_id BIGINT NOT NULL, headline VARCHAR(200) NOT NULL, pub_year INT NOT NULL, FOREIGN KEY (blog_id) REFERENCES blog (id));
CREATE TABLE note (id INTEGER PRIMARY KEY AUTOINCREMENT, text VARCHAR(2000) NOT NULL, book_id BIGINT NOT NULL, user_id BIGINT NOT NULL, version INT NOT NULL,
  FOREIGN KEY (book_id) REFERENCES book (id), FOREIGN KEY (user_id) REFERENCES "user" (id), UNIQUE (book_id, user_id));
CREATE TABLE imported_note (id INTEGER PRIMARY KEY AUTOINCREMENT, text VARCHAR(2000) NOT NULL, book_id BIGINT NOT NULL, user_id BIGINT NOT NULL, source VARCHAR(200));
CREATE TABLE asset (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL);
CREATE TABLE device (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL);
CREATE TABLE coupon (id BIGINT PRIMARY KEY, code VARCHAR(40) NOT NULL, asset_id BIGINT NOT NULL, device_id BIGINT NOT NULL, FOREIGN KEY (asset_id) REFERENCES asset (id), FOREIGN KEY (device_id) REFERENCES device (id));
CREATE TABLE point_entry (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, amount INT NOT NULL, reason VARCHAR(100) NOT NULL, FOREIGN KEY (user_id) REFERENCES "user" (id));
CREATE TABLE purchase (id BIGINT PRIMARY KEY, customer VARCHAR(100) NOT NULL, total_cents BIGINT NOT NULL);
CREATE TABLE purchase_line (id BIGINT PRIMARY KEY, purchase_id BIGINT NOT NULL, sku VARCHAR(40) NOT NULL, quantity INT NOT NULL, FOREIGN KEY (purchase_id) REFERENCES purchase (id));
CREATE INDEX purchase_line_purchase ON purchase_line (purchase_id);
