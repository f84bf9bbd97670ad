package dev.tenon.realworld;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.realworld.web.Passwords;
import org.junit.jupiter.api.Test;

/** The server's own hashing: the standard count, a salt per hash, and what does not match. */
class PasswordsTest {

  @Test
  void standardHashesCarryTheirCountAndSaltAndMatchOnlyTheirPassword() {
    Passwords passwords = Passwords.standard();
    String first = passwords.hash("correct horse");
    String second = passwords.hash("correct horse");
    assertTrue(first.startsWith("pbkdf2-sha256$210000$"), first);
    assertNotEquals(first, second, "each hash has its own salt");
    assertTrue(Passwords.matches("correct horse", first));
    assertFalse(Passwords.matches("correct horsE", first));
    assertFalse(Passwords.matches("correct horse", "plain"));
    assertFalse(Passwords.matches("correct horse", "pbkdf2-sha256$x$y$z"));
  }

  @Test
  void aHashIsCheckedWithTheCountItWasMadeWith() {
    String cheap = new Passwords(1_000).hash("pw");
    assertTrue(cheap.startsWith("pbkdf2-sha256$1000$"), cheap);
    assertTrue(Passwords.matches("pw", cheap));
  }
}
