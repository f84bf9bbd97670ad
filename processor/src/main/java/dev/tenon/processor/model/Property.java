package dev.tenon.processor.model;

/**
 * One column of an entity.
 *
 * @param name the Java component name ({@code bookId})
 * @param column the column name ({@code book_id})
 * @param type how the value is bound and read
 * @param id part of the primary key
 */
public record Property(String name, String column, ValueType type, boolean id, Origin origin) {}
