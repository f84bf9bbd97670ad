package dev.tenon.examples.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteDataSource;

/**
 * A fresh SQLite database in a temporary file, deleted at the end. A file rather than {@code
 * :memory:}, because each JDBI handle opens its own connection and must see the same data.
 */
final class SqliteFile implements Provisioner {

  @Override
  public Provisioned provision(String name) {
    Path file;
    try {
      file = Files.createTempFile(name, ".sqlite");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the SQLite test database file", e);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + file);
    dataSource.setEnforceForeignKeys(true);
    return new Provisioned(dataSource, dataSource.getUrl(), () -> delete(file));
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
