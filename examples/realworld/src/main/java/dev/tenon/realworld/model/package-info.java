/** The Conduit entities: one record per table of {@code db/migration}. */
package dev.tenon.realworld.model;
