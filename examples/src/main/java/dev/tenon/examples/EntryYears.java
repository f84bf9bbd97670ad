package dev.tenon.examples;

import dev.tenon.ColumnConverter;
import dev.tenon.Convert;
import dev.tenon.Dao;
import dev.tenon.Id;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Table;
import dev.tenon.Update;
import dev.tenon.Where;
import java.time.Year;
import java.util.List;

/**
 * Converters: the blog entries' {@code pub_year INT} read and written as {@link Year}, a type
 * Tenon does not store itself. The entity names its converter with {@code @Convert}; the DAO lists
 * it in {@code @Dao(converters)} for its parameters, also inside {@code IN (:years)}.
 */
@Dao(converters = EntryYears.YearColumns.class)
public interface EntryYears {

  /** {@code Year} as its number. */
  final class YearColumns implements ColumnConverter<Year, Integer> {
    @Override
    public Integer toColumn(Year value) {
      return value.getValue();
    }

    @Override
    public Year fromColumn(Integer value) {
      return Year.of(value);
    }
  }

  /** A blog entry with its year as a {@link Year}. */
  @Table("entry")
  record DatedEntry(@Id long id, long blogId, String headline, @Convert(YearColumns.class) Year pubYear) {}

  @Select(from = DatedEntry.class)
  @Where("datedEntry.pubYear = :year")
  @OrderBy("datedEntry.id")
  List<DatedEntry> from(Year year);

  @Select(from = DatedEntry.class)
  @Where("datedEntry.pubYear IN (:years)")
  @OrderBy("datedEntry.id")
  List<DatedEntry> fromAnyOf(List<Year> years);

  @Select(from = DatedEntry.class)
  @Where("datedEntry.pubYear < :year")
  @OrderBy("datedEntry.id")
  List<DatedEntry> before(@Convert(YearColumns.class) Year year);

  @Update(of = DatedEntry.class, set = {"pubYear = :year"}, where = "datedEntry.id = :id")
  int redate(long id, Year year);
}
