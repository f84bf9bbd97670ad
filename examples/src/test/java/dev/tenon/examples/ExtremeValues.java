package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Id;
import dev.tenon.Insert;
import dev.tenon.Nullable;
import dev.tenon.Select;
import dev.tenon.Table;
import dev.tenon.Where;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Test-side only: a table of its own ({@code reliability_extreme}, made by {@code
 * ExtremeTemporalAndDecimalTest}) for decimals at and beyond their precision and dates at the ends
 * of the calendar and at DST changes, written and read through Tenon.
 */
@Dao
public interface ExtremeValues {

  @Table("reliability_extreme")
  record Extreme(
      @Id long id,
      @Nullable BigDecimal amount,
      @Nullable LocalDate onDay,
      @Nullable LocalDateTime atLocal,
      @Nullable Instant atInstant) {}

  @Insert
  void add(Extreme row);

  @Select(from = Extreme.class, as = "e")
  @Where("e.id = :id")
  Optional<Extreme> byId(long id);

  @Select(from = Extreme.class, as = "e")
  @Where("e.amount = :amount")
  Optional<Extreme> byAmount(BigDecimal amount);

  @Select(from = Extreme.class, as = "e")
  @Where("e.onDay = :day")
  Optional<Extreme> byDay(LocalDate day);

  @Select(from = Extreme.class, as = "e")
  @Where("e.atLocal = :at")
  Optional<Extreme> byLocalDateTime(LocalDateTime at);

  @Select(from = Extreme.class, as = "e")
  @Where("e.atInstant = :instant")
  Optional<Extreme> byInstant(Instant instant);
}
