package dev.tenon.realworld.model;

import dev.tenon.Id;
import dev.tenon.Nullable;
import dev.tenon.Table;

/**
 * A registered user. The password is kept only as a PBKDF2 hash with its salt and iteration count
 * (see {@code web.Passwords}); {@code username} and {@code email} are unique in the schema.
 */
@Table("users")
public record User(
    @Id(generated = true) long id,
    String username,
    String email,
    String passwordHash,
    @Nullable String bio,
    @Nullable String image) {

  /** A user not stored yet: the database assigns the id. */
  public static User draft(String username, String email, String passwordHash) {
    return new User(0, username, email, passwordHash, null, null);
  }
}
