package dev.tenon;

/**
 * An {@code @Update} or {@code @Delete} of an entity matched no row: its {@code @Version} is not
 * the stored one any more (someone else changed the row), or the row is gone. Thrown by methods
 * returning {@code void} or the entity; methods returning a count or {@code boolean} say 0/false.
 */
public class StaleRowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleRowException(String message) {
    super(message);
  }
}
