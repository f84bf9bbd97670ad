package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Expr;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Event;
import java.util.List;

/**
 * The wider condition language on four databases: a search box matched literally ({@code
 * escape_like}), labels from {@code CASE}, text built with {@code ||}, NULL-safe equality, dates
 * taken apart with {@code extract} and compared with the database's clock.
 */
@Dao
public interface Events {

  /** "Events whose title contains what was typed", the text taken literally, any case. */
  @Select(from = Event.class, as = "e")
  @Where("lower(e.title) LIKE '%' || escape_like(lower(:q)) || '%'")
  @OrderBy("e.id")
  List<Event> titled(String q);

  /** The events whose note is exactly {@code note}; a null note finds the events without one. */
  @Select(from = Event.class, as = "e")
  @Where("e.note IS NOT DISTINCT FROM :note")
  @OrderBy("e.id")
  List<Event> withNote(@Nullable String note);

  /** The events whose note is anything but {@code note}, NULL counting as a value. */
  @Select(from = Event.class, as = "e")
  @Where("e.note IS DISTINCT FROM :note")
  @OrderBy("e.id")
  List<Event> notWithNote(@Nullable String note);

  /** Each event with a label, NULL for the ordinary ones, and its title with and without note. */
  @Select(from = Event.class, as = "e")
  @OrderBy("e.id")
  List<Labelled> labelled();

  /** An event's parts: date and time fields, cleaned and cut titles. */
  @Select(from = Event.class, as = "e")
  @OrderBy("e.id")
  List<Facts> facts();

  /** Part of each title, from a position and for a length the caller gives. */
  @Select(from = Event.class, as = "e")
  @OrderBy("e.id")
  List<TitlePart> titleParts(long from, long count);

  /** The events that have begun by now, by the database's clock. */
  @Select(from = Event.class, as = "e")
  @Where("e.onDay <= current_date AND e.startsAt < current_timestamp")
  @OrderBy("e.id")
  List<Event> begun();

  /** The events of one year and month. */
  @Select(from = Event.class, as = "e")
  @Where("extract(YEAR FROM e.onDay) = :year AND extract(MONTH FROM e.startsAt) = :month")
  @OrderBy("e.id")
  List<Event> inMonth(int year, int month);

  record Labelled(
      @Expr("e.id") long id,
      @Expr("CASE WHEN e.seats = 0 THEN 'full' WHEN e.seats < 20 THEN 'few seats' ELSE NULL END")
          @Nullable String label,
      @Expr("e.title || ' (' || coalesce(nullif(e.note, ''), '-') || ')'") String caption,
      @Expr("e.title || ': ' || e.note") @Nullable String raw) {}

  record TitlePart(@Expr("e.id") long id, @Expr("substring(e.title, :from, :count)") String part) {}

  record Facts(
      @Expr("e.id") long id,
      @Expr("extract(YEAR FROM e.onDay)") int year,
      @Expr("extract(DAY FROM e.onDay)") int day,
      @Expr("extract(HOUR FROM e.startsAt)") int hour,
      @Expr("extract(MINUTE FROM e.startsAt)") int minute,
      @Expr("extract(SECOND FROM e.startsAt)") int second,
      @Expr("'[' || trim(e.title) || ']'") String trimmed,
      @Expr("substring(e.title, 3)") String fromThird,
      @Expr("replace(e.title, ' ', '-')") String dashed,
      @Expr("CASE WHEN e.note IS NULL THEN FALSE ELSE length(e.note) = 0 END") boolean emptyNote) {}
}
