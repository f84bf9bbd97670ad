package dev.tenon.processor.model;

/** What a method parameter is for. */
public enum ParameterRole {
  /** Bound where a condition names it ({@code :name}). */
  VALUE,
  /** {@code @Limit}: how many root rows. */
  LIMIT,
  /** {@code @Offset}: how many root rows to skip. */
  OFFSET
}
