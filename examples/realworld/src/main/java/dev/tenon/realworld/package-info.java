/**
 * The RealWorld "Conduit" API on Tenon: Javalin for HTTP, Jackson for JSON, java-jwt for tokens,
 * PBKDF2 for passwords, Flyway for the schema, HikariCP for connections, and a Tenon DAO behind
 * every database access.
 */
package dev.tenon.realworld;
