package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.BOOK_EDITIONS;
import static dev.tenon.processor.sql.Fixture.BOOK_NOTES;
import static dev.tenon.processor.sql.Fixture.EDITION_REVIEWS;
import static dev.tenon.processor.sql.Fixture.NOTE_USER;
import static dev.tenon.processor.sql.Fixture.USER_COUNTRY;
import static dev.tenon.processor.sql.Fixture.assertPlan;
import static dev.tenon.processor.sql.Fixture.fromBook;

import dev.tenon.processor.model.ValueKind;
import org.junit.jupiter.api.Test;

/** Joins: the key equality, then the declared {@code on} ANDed inside the same ON. */
class JoinPlanTest {

  @Test
  void leftJoinWithoutOnIsTheKeyAlone() {
    assertPlan(
        fromBook().leftJoin("book", BOOK_NOTES, "notes", null).build(),
        "SELECT book.id, book.name\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note notes ON (notes.book_id = book.id)");
  }

  /** The example of API.md §2, verbatim. */
  @Test
  void leftJoinWithOnKeepsTheConditionInsideOn() {
    assertPlan(
        fromBook()
            .leftJoin("book", BOOK_NOTES, "usernote", "usernote.userId = :userId")
            .param("userId", ValueKind.LONG)
            .select("book", "usernote")
            .orderBy("book.id")
            .build(),
        "SELECT book.id, book.name, usernote.id, usernote.text, usernote.book_id,"
            + " usernote.user_id\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note usernote"
            + " ON (usernote.book_id = book.id AND usernote.user_id = ?)\n"
            + "ORDER BY book.id",
        "userId");
  }

  @Test
  void innerJoin() {
    assertPlan(
        fromBook().innerJoin("book", BOOK_NOTES, "note", "note.text LIKE 'a%'").build(),
        "SELECT book.id, book.name\n"
            + "FROM book book\n"
            + "INNER JOIN book_note note ON (note.book_id = book.id AND note.text LIKE 'a%')");
  }

  @Test
  void twoAliasesOfOneRelationStayTwoJoins() {
    assertPlan(
        fromBook()
            .leftJoin("book", BOOK_NOTES, "mine", "mine.userId = :me")
            .leftJoin("book", BOOK_NOTES, "others", "others.userId <> :me")
            .param("me", ValueKind.LONG)
            .select("book", "mine", "others")
            .build(),
        "SELECT book.id, book.name, mine.id, mine.text, mine.book_id, mine.user_id,"
            + " others.id, others.text, others.book_id, others.user_id\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note mine ON (mine.book_id = book.id AND mine.user_id = ?)\n"
            + "LEFT OUTER JOIN book_note others"
            + " ON (others.book_id = book.id AND others.user_id <> ?)",
        "me",
        "me");
  }

  @Test
  void multiHopChainWithTheFilterOnTheLastHop() {
    assertPlan(
        fromBook()
            .leftJoin("book", BOOK_NOTES, "n", null)
            .leftJoin("n", NOTE_USER, "u", null)
            .leftJoin("u", USER_COUNTRY, "c", "c.code = :code")
            .param("code", ValueKind.STRING)
            .select("book", "c")
            .build(),
        "SELECT book.id, book.name, c.id, c.code\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note n ON (n.book_id = book.id)\n"
            + "LEFT OUTER JOIN \"user\" u ON (u.id = n.user_id)\n"
            + "LEFT OUTER JOIN country c ON (c.id = u.country_id AND c.code = ?)",
        "code");
  }

  @Test
  void anInnerJoinUnderALeftJoinIsNestedInsideIt() {
    // Written after the outer join, the inner join would drop every book without a note;
    // nested, it only filters the notes the outer join extends books with.
    assertPlan(
        fromBook()
            .leftJoin("book", BOOK_NOTES, "n", "n.text IS NOT NULL")
            .innerJoin("n", NOTE_USER, "user", "user.name = :name")
            .param("name", ValueKind.STRING)
            .build(),
        "SELECT book.id, book.name\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN (book_note n INNER JOIN \"user\" \"user\" ON (\"user\".id = n.user_id AND"
            + " \"user\".name = ?)) ON (n.book_id = book.id AND n.text IS NOT NULL)",
        "name");
  }

  @Test
  void aNestedInnerJoinBindsBeforeTheOuterJoinsOn() {
    assertPlan(
        fromBook()
            .leftJoin("book", BOOK_NOTES, "n", "n.userId = :userId")
            .innerJoin("n", NOTE_USER, "u", "u.name = :name")
            .leftJoin("u", USER_COUNTRY, "c", null)
            .param("userId", ValueKind.LONG)
            .param("name", ValueKind.STRING)
            .build(),
        "SELECT book.id, book.name\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN (book_note n INNER JOIN \"user\" u ON (u.id = n.user_id AND u.name = ?))"
            + " ON (n.book_id = book.id AND n.user_id = ?)\n"
            + "LEFT OUTER JOIN country c ON (c.id = u.country_id)",
        "name",
        "userId");
  }

  @Test
  void compositeKeyIsOneEqualityPerKeyPair() {
    assertPlan(
        fromBook()
            .leftJoin("book", BOOK_EDITIONS, "e", null)
            .leftJoin("e", EDITION_REVIEWS, "r", null)
            .select("e", "r")
            .build(),
        "SELECT e.book_id, e.lang, e.title, r.id, r.book_id, r.lang, r.stars\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN edition e ON (e.book_id = book.id)\n"
            + "LEFT OUTER JOIN review r ON (r.book_id = e.book_id AND r.lang = e.lang)");
  }

  @Test
  void compositeKeyWithOn() {
    assertPlan(
        Fixture.from(Fixture.EDITION, "e")
            .innerJoin("e", EDITION_REVIEWS, "r", "r.stars >= :min")
            .param("min", ValueKind.INT)
            .build(),
        "SELECT e.book_id, e.lang, e.title\n"
            + "FROM edition e\n"
            + "INNER JOIN review r ON (r.book_id = e.book_id AND r.lang = e.lang AND r.stars >= ?)",
        "min");
  }

  @Test
  void onWithOrIsParenthesisedWhenAnded() {
    assertPlan(
        Fixture.from(Fixture.BOOK, "b")
            .leftJoin("b", BOOK_NOTES, "n", "n.userId = :user OR n.userId IS NULL")
            .param("user", ValueKind.LONG)
            .build(),
        "SELECT b.id, b.name\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n"
            + " ON (n.book_id = b.id AND (n.user_id = ? OR n.user_id IS NULL))",
        "user");
  }

  @Test
  void onWithAndNeedsNoParentheses() {
    assertPlan(
        Fixture.from(Fixture.BOOK, "b")
            .leftJoin("b", BOOK_NOTES, "n", "n.userId = :user AND (n.text IS NOT NULL)")
            .param("user", ValueKind.LONG)
            .build(),
        "SELECT b.id, b.name\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n"
            + " ON (n.book_id = b.id AND n.user_id = ? AND n.text IS NOT NULL)",
        "user");
  }

  @Test
  void onWithNotOfAnOr() {
    assertPlan(
        Fixture.from(Fixture.BOOK, "b")
            .leftJoin("b", BOOK_NOTES, "n", "NOT (n.userId = :user OR n.text = '')")
            .param("user", ValueKind.LONG)
            .build(),
        "SELECT b.id, b.name\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n"
            + " ON (n.book_id = b.id AND NOT (n.user_id = ? OR n.text = ''))",
        "user");
  }

  @Test
  void onMayReadEarlierAliases() {
    assertPlan(
        Fixture.from(Fixture.BOOK, "b")
            .leftJoin("b", BOOK_NOTES, "n", null)
            .leftJoin("n", NOTE_USER, "u", "u.name <> b.name")
            .build(),
        "SELECT b.id, b.name\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n ON (n.book_id = b.id)\n"
            + "LEFT OUTER JOIN \"user\" u ON (u.id = n.user_id AND u.name <> b.name)");
  }

  /** Issue 11: an outer join whose 'on' names an inner join declared above it comes after it. */
  @Test
  void aLeftJoinAfterTheInnerJoinItsOnNamesIsWrittenAfterIt() {
    assertPlan(
        fromBook()
            .innerJoin("book", BOOK_NOTES, "mine", "mine.userId = :me")
            .leftJoin("book", BOOK_NOTES, "others", "others.userId <> mine.userId")
            .param("me", ValueKind.LONG)
            .build(),
        "SELECT book.id, book.name\n"
            + "FROM book book\n"
            + "INNER JOIN book_note mine ON (mine.book_id = book.id AND mine.user_id = ?)\n"
            + "LEFT OUTER JOIN book_note others"
            + " ON (others.book_id = book.id AND others.user_id <> mine.user_id)",
        "me");
  }
}
