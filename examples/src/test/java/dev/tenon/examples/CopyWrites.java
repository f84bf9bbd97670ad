package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Id;
import dev.tenon.Insert;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Batch inserts that need nothing back, which Tenon sends to PostgreSQL as {@code COPY … FROM
 * STDIN} (see {@link CopyBatchTest}): one entity of every type COPY takes, one with a date, which
 * keeps the JDBC batch.
 */
@Dao
public interface CopyWrites {

  /** Every column type the COPY path writes as text. */
  @Table("copied_value")
  record CopiedValue(
      @Id(generated = true) long id,
      String body,
      @Nullable String remark,
      @Nullable BigDecimal amount,
      boolean flag,
      int count,
      long big,
      double ratio,
      @Nullable UUID tag) {}

  /** A date: not among the COPY path's types, so its batch stays a JDBC batch. */
  @Table("dated_value")
  record DatedValue(@Id(generated = true) long id, LocalDate day, String body) {}

  @Insert
  long addAll(List<CopiedValue> values);

  @Select(from = CopiedValue.class)
  @OrderBy("copiedValue.id")
  List<CopiedValue> all();

  @Insert
  int addDated(List<DatedValue> values);

  @Select(from = DatedValue.class)
  @OrderBy("datedValue.id")
  List<DatedValue> dated();
}
