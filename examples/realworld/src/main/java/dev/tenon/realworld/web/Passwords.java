package dev.tenon.realworld.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with the JDK's PBKDF2-HMAC-SHA256: a random 16-byte salt per password and
 * {@link #STANDARD_ITERATIONS} iterations (OWASP's figure for this function), no extra dependency.
 * Stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, so a hash is checked with the count
 * it was made with and the count can rise without breaking old hashes.
 */
public final class Passwords {

  /** The count the server uses: 210,000, OWASP's recommendation for PBKDF2-HMAC-SHA256. */
  public static final int STANDARD_ITERATIONS = 210_000;
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  /**
   * Hashes new passwords with {@code iterations}; the server uses {@link #standard()}, tests a
   * smaller count so that registering a user does not cost them a second of CPU.
   */
  public Passwords(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be positive: " + iterations);
    }
    this.iterations = iterations;
  }

  /** Hashing with {@link #STANDARD_ITERATIONS}. */
  public static Passwords standard() {
    return new Passwords(STANDARD_ITERATIONS);
  }

  /** A new hash of {@code password} with a fresh salt. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
        + base64.encodeToString(hash);
  }

  /** Whether {@code password} is the one {@code stored} was made from; false for a bad format. */
  public static boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
