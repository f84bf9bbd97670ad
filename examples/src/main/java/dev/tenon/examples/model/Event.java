package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Nullable;
import dev.tenon.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A listed event, the row of the condition-language examples: titles with {@code %}, {@code _},
 * a backslash and a quote, a note that may be NULL or empty, and dates in the past and future.
 */
@Table("event")
public record Event(
    @Id long id,
    String title,
    @Nullable String note,
    LocalDate onDay,
    LocalDateTime startsAt,
    int seats) {}
