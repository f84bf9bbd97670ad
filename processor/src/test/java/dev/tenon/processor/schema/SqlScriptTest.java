package dev.tenon.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements and their first lines, the way each database's own client splits a file. */
class SqlScriptTest {
  private static List<String> split(String sql, Dialect dialect) {
    return SqlScript.split(sql, dialect).stream().map(s -> s.line() + ": " + s.text()).toList();
  }

  @Test
  void quotesAndCommentsDoNotEndAStatement() {
    assertEquals(
        List.of("2: SELECT 'a;b', \"c;d\"", "4: SELECT 2"),
        split("-- a comment; with a semicolon\nSELECT 'a;b', \"c;d\"; /* x;\n y */\nSELECT 2;",
            Dialect.POSTGRES));
  }

  @Test
  void postgresDollarQuotesKeepAFunctionBodyWhole() {
    List<String> statements =
        split("CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;\n"
            + "DO $body$ BEGIN PERFORM 1; END $body$;\nSELECT 1;", Dialect.POSTGRES);
    assertEquals(3, statements.size(), statements.toString());
    assertEquals("2: DO $body$ BEGIN PERFORM 1; END $body$", statements.get(1));
  }

  @Test
  void mysqlDelimiterLinesAndBackslashEscapes() {
    List<String> statements =
        split("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END //\nDELIMITER ;\n"
            + "INSERT INTO t VALUES ('it\\'s; fine');\n# hash comment;\nSELECT 3;", Dialect.MYSQL);
    assertEquals(
        List.of("2: CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END",
            "4: INSERT INTO t VALUES ('it\\'s; fine')", "6: SELECT 3"),
        statements);
  }

  @Test
  void sqliteTriggerBodiesEndAtTheirEnd() {
    List<String> statements =
        split("CREATE TRIGGER t AFTER UPDATE ON a BEGIN\n UPDATE a SET x = CASE WHEN 1 THEN 2 END;\n"
            + " DELETE FROM b;\nEND;\nCREATE TABLE [my;table] (x);", Dialect.SQLITE);
    assertEquals(2, statements.size(), statements.toString());
    assertEquals("5: CREATE TABLE [my;table] (x)", statements.get(1));
  }
}
