package dev.tenon.realworld.web;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The JWTs of {@code Authorization: Token <jwt>}: HS256-signed, subject the user's id, issuer
 * {@code conduit}, valid for 30 days. A token that is not signed with this server's secret, has
 * expired or has no numeric subject is refused.
 */
final class Tokens {

  private static final String ISSUER = "conduit";
  private static final Duration LIFETIME = Duration.ofDays(30);

  private final Algorithm algorithm;
  private final JWTVerifier verifier;

  Tokens(byte[] secret) {
    this.algorithm = Algorithm.HMAC256(secret);
    this.verifier = JWT.require(algorithm).withIssuer(ISSUER).build();
  }

  String issue(long userId) {
    Instant now = Instant.now();
    return JWT.create()
        .withIssuer(ISSUER)
        .withSubject(Long.toString(userId))
        .withIssuedAt(now)
        .withExpiresAt(now.plus(LIFETIME))
        .sign(algorithm);
  }

  /** The user id the token was issued for, or empty when it is not a valid token of ours. */
  OptionalLong verify(String token) {
    try {
      return OptionalLong.of(Long.parseLong(verifier.verify(token).getSubject()));
    } catch (JWTVerificationException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
