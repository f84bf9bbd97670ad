package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in write methods and in the entity markers writes read: one message each, placed. */
class WriteDiagnosticsTest {
  /** A note whose id the database generates, with a version. */
  private static final JavaFileObject NOTE =
      source(
          "test.Note",
          """
          @Table("note")
          public record Note(
              @Id(generated = true) long id,
              String text,
              @ForeignKey(value = Book.class, related = "writtenNotes") long bookId,
              long userId,
              @Version int version) {}
          """);

  /** A join table: every column is part of the key. */
  private static final JavaFileObject PAIR =
      source("test.Pair", "@Table(\"pair\")\npublic record Pair(@Id long left, @Id long right) {}\n");

  private static JavaFileObject dao(String body) {
    return source("test.Writes", "@Dao\ninterface Writes {\n" + body + "\n}\n");
  }

  private static Compilation compileDao(String body) {
    return compile(NOTE, PAIR, dao(body));
  }

  private static void onlyError(String body, String message, String line) {
    JavaFileObject dao = dao(body);
    Compilation compilation = compile(NOTE, PAIR, dao);
    assertThat(compilation).hadErrorContaining(message).inFile(dao).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  private static void onlyErrorAnywhere(Compilation compilation, JavaFileObject file, String message, String line) {
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aValidWriteDaoCompilesWithoutWarnings() {
    Compilation compilation =
        compileDao(
            """
              @Insert Note add(Note note);
              @Insert long addForId(Note note);
              @Insert int addAll(List<Note> notes);
              @Insert List<Note> addAllReturning(Collection<Note> notes);
              @Update void save(Note note);
              @Update Note saveReturning(Note note);
              @Update(of = Note.class, set = {"text = upper(note.text)"}, where = "note.userId = :userId")
              int shout(long userId);
              @Delete boolean remove(Note note);
              @Delete(from = Note.class, where = "onDune")
              @Exists(path = "note.book", where = "book.name = :name", as = "onDune")
              long removeOn(String name);
              @Delete(from = Note.class, all = true) void removeAll();
              @Upsert(key = {"id"}, update = {"text"}) int putById(BookNote note);
            """);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void updateWithoutWhere() {
    onlyError(
        "@Update(of = Note.class, set = {\"text = 'x'\"}) int clobber();",
        "[tenon:missing-where] @Update(of = …) has no where, so it would change every row of Note;"
            + " add where = \"…\", or say all = true if every row is meant",
        "int clobber()");
  }

  @Test
  void deleteWithoutWhere() {
    onlyError(
        "@Delete(from = Note.class) int wipe();",
        "[tenon:missing-where] @Delete(from = …) has no where, so it would change every row of Note",
        "int wipe()");
  }

  @Test
  void misspeltPropertyInSet() {
    onlyError(
        "@Update(of = Note.class, set = {\"txt = :text\"}, where = \"note.id = :id\") int retext(long id, String text);",
        "[tenon:unknown-property] set names 'txt', which is not a property of Note; did you mean 'text'?",
        "txt = :text");
  }

  @Test
  void assigningTheId() {
    onlyError(
        "@Update(of = Note.class, set = {\"id = :id\"}, where = \"note.id = 1\") int rekey(long id);",
        "[tenon:assign-id] set assigns Note.id, a generated @Id: the database assigns it; leave it out of set",
        "id = :id");
  }

  @Test
  void assigningTheVersion() {
    onlyError(
        "@Update(of = Note.class, set = {\"version = 7\"}, where = \"note.id = :id\") int bump(long id);",
        "[tenon:assign-version] set assigns Note.version, the @Version: every update increments it",
        "version = 7");
  }

  @Test
  void setItemThatIsNotAnAssignment() {
    onlyError(
        "@Update(of = Note.class, set = {\"upper(note.text)\"}, where = \"note.id = :id\") int shout(long id);",
        "[tenon:set-syntax] set item 'upper(note.text)' is not 'property = expression'",
        "upper(note.text)");
  }

  @Test
  void setValueOfTheWrongType() {
    onlyError(
        "@Update(of = Note.class, set = {\"text = note.bookId + 1\"}, where = \"note.id = :id\") int odd(long id);",
        "[tenon:type-mismatch]",
        "text = note.bookId + 1");
  }

  @Test
  void nullIntoANonNullableProperty() {
    onlyError(
        "@Update(of = Note.class, set = {\"text = NULL\"}, where = \"note.id = :id\") int blank(long id);",
        "NULL assigned to Note.text, which is not @Nullable",
        "text = NULL");
  }

  @Test
  void insertOfSomethingThatIsNotAnEntity() {
    onlyError(
        "@Insert void add(String text);",
        "[tenon:write-parameter] @Insert takes one entity (a @Table type) or a List, Collection or"
            + " Iterable of one; found parameter 'text' of type java.lang.String",
        "void add(String text)");
  }

  @Test
  void updateOfAnEntityWithMoreParameters() {
    onlyError(
        "@Update int save(Note note, long extra);",
        "[tenon:write-parameter] @Update takes one entity (a @Table type) or a List, Collection or"
            + " Iterable of one; found 2 parameters",
        "int save(Note note, long extra)");
  }

  @Test
  void declaredWriteTakingAnEntity() {
    onlyError(
        "@Delete(from = Note.class, where = \"note.id = 1\") int remove(Note note);",
        "[tenon:write-parameter] @Delete names its rows in where, so parameter 'note' of type Note cannot be used",
        "int remove(Note note)");
  }

  @Test
  void whereOnAnEntityUpdate() {
    onlyError(
        "@Update(where = \"note.id = 1\") int save(Note note);",
        "[tenon:write-target] @Update has where but no of = …",
        "@Update(where");
  }

  @Test
  void aListFromASingleInsert() {
    onlyError(
        "@Insert List<Note> add(Note note);",
        "[tenon:write-return] @Insert cannot return java.util.List<test.Note> here; it can return void,"
            + " int, long, boolean, Note, long (the generated id)",
        "List<Note> add(Note note)");
  }

  @Test
  void aKeyFromATableWithoutAGeneratedId() {
    onlyError(
        "@Insert Long add(Book book);",
        "[tenon:write-return] @Insert cannot return java.lang.Long (Book has no @Id(generated = true),"
            + " so there is no key to read back) here",
        "Long add(Book book)");
  }

  @Test
  void anEntityFromADeclaredUpdate() {
    onlyError(
        "@Update(of = Note.class, set = {\"text = :text\"}, where = \"note.id = :id\") Note retext(long id, String text);",
        "[tenon:write-return] @Update with where cannot return test.Note here",
        "Note retext(long id, String text)");
  }

  @Test
  void unusedParameterOfADeclaredWrite() {
    onlyError(
        "@Delete(from = Note.class, where = \"note.id = :id\") int remove(long id, long userId);",
        "[tenon:unused-parameter]",
        "int remove(long id, long userId)");
  }

  @Test
  void twoStatementsOnOneMethod() {
    onlyError(
        "@Insert @Upsert Note add(Note note);",
        "[tenon:write-annotations] method add has @Insert and @Upsert: a DAO method runs one statement",
        "Note add(Note note)");
  }

  @Test
  void upsertKeyThatIsNoProperty() {
    onlyError(
        "@Upsert(key = {\"bookId\", \"usrId\"}) Note put(Note note);",
        "[tenon:unknown-property] @Upsert(key) names 'usrId', which is not a property of Note; did you mean 'userId'?",
        "usrId");
  }

  @Test
  void upsertOnAGeneratedId() {
    onlyError(
        "@Upsert Note put(Note note);",
        "[tenon:upsert-key] key names 'id', a generated @Id: a new row has no id until the database assigns one",
        "Note put(Note note)");
  }

  @Test
  void upsertUpdatingItsKey() {
    onlyError(
        "@SuppressWarnings(\"tenon:upsert-key\") @Upsert(key = {\"bookId\", \"userId\"}, update = {\"bookId\"}) Note put(Note note);",
        "[tenon:upsert-key] update names 'bookId', which is part of the key",
        "Note put(Note note)");
  }

  @Test
  void upsertKeyThatIsNotTheIdWarnsWhatTheDatabaseMustDeclare() {
    JavaFileObject dao = dao("@Upsert(key = {\"bookId\", \"userId\"}) Note put(Note note);");
    Compilation compilation = compile(NOTE, PAIR, dao);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:upsert-key] key {bookId, userId} is not the @Id of Note: the database must declare"
                + " UNIQUE (book_id, user_id)")
        .inFile(dao)
        .onLineContaining("Note put(Note note)");
  }

  @Test
  void updateOfAnEntityWithOnlyKeyColumns() {
    onlyError(
        "@Update int save(Pair pair);",
        "[tenon:nothing-to-update] Pair has only key columns",
        "int save(Pair pair)");
  }

  @Test
  void versionOnText() {
    JavaFileObject entity =
        source("test.Draft", "@Table(\"draft\")\npublic record Draft(@Id long id, @Version String version) {}\n");
    Compilation compilation = compile(entity);
    onlyErrorAnywhere(
        compilation,
        entity,
        "[tenon:version-type] @Version on Draft.version of type java.lang.String: a version counts, so use int or long",
        "@Version String version");
  }

  @Test
  void generatedIdOfText() {
    JavaFileObject entity =
        source("test.Tag", "@Table(\"tag\")\npublic record Tag(@Id(generated = true) String name) {}\n");
    Compilation compilation = compile(entity);
    onlyErrorAnywhere(
        compilation,
        entity,
        "[tenon:generated-id] @Id(generated = true) on Tag.name of type string: identity, serial and"
            + " auto-increment columns give numbers; use long, int or short",
        "String name");
  }

  @Test
  void generatedIdInACompositeKey() {
    JavaFileObject entity =
        source("test.Seat", "@Table(\"seat\")\npublic record Seat(@Id(generated = true) long row, @Id long number) {}\n");
    Compilation compilation = compile(entity);
    onlyErrorAnywhere(
        compilation,
        entity,
        "[tenon:generated-id] @Id(generated = true) on Seat.row, part of a composite key",
        "long row");
  }

  @Test
  void twoVersions() {
    JavaFileObject entity =
        source("test.Doc", "@Table(\"doc\")\npublic record Doc(@Id long id, @Version int a, @Version long b) {}\n");
    Compilation compilation = compile(entity);
    onlyErrorAnywhere(
        compilation,
        entity,
        "[tenon:duplicate-version] Doc has two @Version components, 'a' and 'b': keep one",
        "@Version long b");
  }

  @Test
  void updateWithoutSet() {
    onlyError(
        "@Update(of = Note.class, where = \"note.id = :id\") int touch(long id);",
        "[tenon:missing-set] @Update(of = …) needs set = {\"property = expression\", …}: say what changes",
        "int touch(long id)");
  }

  @Test
  void assigningOnePropertyTwice() {
    onlyError(
        "@Update(of = Note.class, set = {\"text = 'a'\", \"text = 'b'\"}, where = \"note.id = :id\") int twice(long id);",
        "[tenon:duplicate-assignment] set assigns 'text' twice; keep one assignment",
        "int twice(long id)");
  }

  @Test
  void upsertWhoseEveryColumnIsTheKey() {
    onlyError(
        "@Upsert int put(Pair pair);",
        "[tenon:upsert-update] every column of Pair is in the key, so there is nothing to update on conflict; use @Insert",
        "int put(Pair pair)");
  }

  @Test
  void aClassEntityWithoutAnAccessor() {
    JavaFileObject entity =
        source(
            "test.Memo",
            """
            @Table("memo")
            public class Memo {
              private final long id;
              private final String body;

              public Memo(@Id long id, String body) {
                this.id = id;
                this.body = body;
              }

              public long getId() {
                return id;
              }
            }
            """);
    JavaFileObject dao = dao("@Insert void add(Memo memo);");
    Compilation compilation = compile(entity, dao);
    onlyErrorAnywhere(
        compilation,
        dao,
        "[tenon:no-accessor] Memo.body has no accessor (body() or getBody()) for the write to read its value from",
        "void add(Memo memo)");
  }

  @Test
  void aClassEntityWithGettersCanBeWritten() {
    JavaFileObject entity =
        source(
            "test.Memo",
            """
            @Table("memo")
            public class Memo {
              private final long id;
              private final String body;
              private final boolean pinned;

              public Memo(@Id(generated = true) long id, String body, boolean pinned) {
                this.id = id;
                this.body = body;
                this.pinned = pinned;
              }

              public long getId() {
                return id;
              }

              public String body() {
                return body;
              }

              public boolean isPinned() {
                return pinned;
              }
            }
            """);
    Compilation compilation = compile(entity, dao("@Insert Memo add(Memo memo);\n@Update void save(Memo memo);"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.TenonWrites")
        .contentsAsUtf8String()
        .contains("return new Memo(key, memo.body(), memo.isPinned());");
  }

  @Test
  void versionOnTheId() {
    JavaFileObject entity =
        source("test.Rev", "@Table(\"rev\")\npublic record Rev(@Id @Version long id, String body) {}\n");
    Compilation compilation = compile(entity);
    onlyErrorAnywhere(
        compilation,
        entity,
        "[tenon:version-type] @Version on Rev.id, which is an @Id",
        "@Id @Version long id");
  }
}
