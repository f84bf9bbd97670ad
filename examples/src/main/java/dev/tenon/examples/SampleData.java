package dev.tenon.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Creates the example schema and loads a small sample chosen to tell right answers from wrong ones:
 * books nobody wrote about, users who wrote nothing, a note whose text is an SQL injection, blogs
 * that separate "one entry that is both" from "an entry each", and a chain of holders of whom only
 * some are at home in a country.
 *
 * <p>Plain JDBC with bound parameters, so it runs unchanged on H2, PostgreSQL, MariaDB and SQLite.
 * The DDL uses portable types and quotes only {@code user}, with the quote the driver reports
 * (H2 and PostgreSQL reserve that word; quoting it is harmless on the others).
 */
public final class SampleData {

  /** Ada, O'Brien and Dana wrote notes; Chen and Eve wrote none. Dana has no profile. */
  static final List<List<Object>> USERS =
      List.of(
          List.of(1L, "Ada"),
          List.of(2L, "O'Brien"),
          List.of(3L, "Chen"),
          List.of(4L, "Dana"),
          List.of(5L, "Eve"));

  /** Walden and Gulliver's Travels have no notes at all. */
  static final List<List<Object>> BOOKS =
      List.of(
          List.of(1L, "Dune"),
          List.of(2L, "Emma"),
          List.of(3L, "Ulysses"),
          List.of(4L, "Walden"),
          List.of(5L, "Gulliver's Travels"));

  /** {@code id, text, book_id, user_id}; note 3 is an injection attempt stored as plain text. */
  static final List<List<Object>> BOOK_NOTES =
      List.of(
          List.of(1L, "Slow start, great ending", 1L, 1L),
          List.of(2L, "The spice must flow", 1L, 2L),
          List.of(3L, "O'Brien'; DROP TABLE book; --", 2L, 2L),
          List.of(4L, "Reread every winter", 3L, 1L),
          List.of(5L, "Too long", 3L, 4L),
          List.of(6L, "Lovely", 2L, 4L));

  /** {@code id, user_id, home_country}: Ada and Chen at home in Norway, Dana nowhere. */
  static final List<List<Object>> PROFILES =
      List.of(
          List.of(1L, 1L, "Norway"),
          List.of(2L, 2L, "Ireland"),
          List.of(3L, 3L, "Norway"),
          List.of(4L, 5L, "Côte d'Ivoire"));

  /** {@code id, book_id, user_id}: Dune is held by two Norwegians, Ulysses by Dana and O'Brien. */
  static final List<List<Object>> INVENTORIES =
      List.of(
          List.of(1L, 1L, 1L),
          List.of(2L, 1L, 3L),
          List.of(3L, 2L, 2L),
          List.of(4L, 3L, 4L),
          List.of(5L, 3L, 2L),
          List.of(6L, 4L, 3L),
          List.of(7L, 5L, 5L));

  static final List<List<Object>> BLOGS =
      List.of(
          List.of(1L, "Beatles Blog"),
          List.of(2L, "Pop Archive"),
          List.of(3L, "Jazz Notes"),
          List.of(4L, "Empty Blog"),
          List.of(5L, "Lennon Fans"));

  /**
   * {@code id, blog_id, headline, pub_year}. Beatles Blog has two entries about Lennon from 2008;
   * Pop Archive has one about Lennon (2005) and another from 2008; Lennon Fans never wrote in 2008.
   */
  static final List<List<Object>> ENTRIES =
      List.of(
          List.of(1L, 1L, "Lennon and McCartney", 2008),
          List.of(2L, 1L, "Lennon at Abbey Road", 2008),
          List.of(3L, 2L, "Lennon remembered", 2005),
          List.of(4L, 2L, "Oasis reunion rumours", 2008),
          List.of(5L, 3L, "Coltrane at Newport", 2008),
          List.of(6L, 5L, "Lennon in Hamburg", 1960),
          List.of(7L, 5L, "Lennon at the Dakota", 1980));

  private SampleData() {}

  /** Creates the tables in the data source's current schema and loads the sample. */
  public static void load(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      load(connection);
    }
  }

  /**
   * Creates the tables in the connection's current schema and loads the sample, in one transaction.
   */
  public static void load(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      createTables(connection);
      insert(connection, "INSERT INTO book (id, name) VALUES (?, ?)", BOOKS);
      insert(
          connection, "INSERT INTO " + userTable(connection) + " (id, name) VALUES (?, ?)", USERS);
      insert(
          connection,
          "INSERT INTO book_note (id, text, book_id, user_id) VALUES (?, ?, ?, ?)",
          BOOK_NOTES);
      insert(
          connection, "INSERT INTO profile (id, user_id, home_country) VALUES (?, ?, ?)", PROFILES);
      insert(
          connection, "INSERT INTO inventory (id, book_id, user_id) VALUES (?, ?, ?)", INVENTORIES);
      insert(connection, "INSERT INTO blog (id, name) VALUES (?, ?)", BLOGS);
      insert(
          connection,
          "INSERT INTO entry (id, blog_id, headline, pub_year) VALUES (?, ?, ?, ?)",
          ENTRIES);
      ShopSampleData.load(connection);
      EventSampleData.load(connection);
      JobSampleData.load(connection);
      SalesSampleData.load(connection);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void createTables(Connection connection) throws SQLException {
    String user = userTable(connection);
    List<String> statements =
        List.of(
            "CREATE TABLE book (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL)",
            "CREATE TABLE " + user + " (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL)",
            "CREATE TABLE book_note (id BIGINT PRIMARY KEY, text VARCHAR(500) NOT NULL,"
                + " book_id BIGINT NOT NULL, user_id BIGINT NOT NULL,"
                + " FOREIGN KEY (book_id) REFERENCES book (id),"
                + " FOREIGN KEY (user_id) REFERENCES "
                + user
                + " (id),"
                + " UNIQUE (book_id, user_id))",
            "CREATE TABLE profile (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL,"
                + " home_country VARCHAR(100) NOT NULL,"
                + " FOREIGN KEY (user_id) REFERENCES "
                + user
                + " (id))",
            "CREATE TABLE inventory (id BIGINT PRIMARY KEY,"
                + " book_id BIGINT NOT NULL, user_id BIGINT NOT NULL,"
                + " FOREIGN KEY (book_id) REFERENCES book (id),"
                + " FOREIGN KEY (user_id) REFERENCES "
                + user
                + " (id))",
            "CREATE TABLE blog (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL)",
            "CREATE TABLE entry (id BIGINT PRIMARY KEY, blog_id BIGINT NOT NULL,"
                + " headline VARCHAR(200) NOT NULL, pub_year INT NOT NULL,"
                + " FOREIGN KEY (blog_id) REFERENCES blog (id))");
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
    WriteSampleData.createTables(connection, user);
  }

  /** {@code "user"} on H2, PostgreSQL and SQLite, {@code `user`} on MariaDB. */
  private static String userTable(Connection connection) throws SQLException {
    String quote = connection.getMetaData().getIdentifierQuoteString().strip();
    return quote + "user" + quote;
  }

  private static void insert(Connection connection, String sql, List<List<Object>> rows)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          statement.setObject(i + 1, row.get(i));
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
