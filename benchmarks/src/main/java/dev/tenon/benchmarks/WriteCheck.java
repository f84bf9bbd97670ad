package dev.tenon.benchmarks;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before any timing: every contender runs the same writes on fresh tables (50 inserts, 100
 * updates, 100 upserts of which some insert and some update, one batch of 10,000), and the answers
 * and the rows both tables hold afterwards must be equal to Tenon's, ids and versions included.
 * Tenon's answers are checked on their own too: ids 1..50 in order, one changed row per update and
 * upsert, both upsert paths taken, 10,000 rows in the batch.
 */
final class WriteCheck {
  static final List<String> CONTENDERS = List.of("tenon", "jdbc", "jdbiSqlObject", "jooq");

  private static final int UPDATES = 100;
  private static final int UPSERTS = 100;

  private WriteCheck() {}

  static void sameRows(WriteBenchmark bench) throws SQLException {
    Map<String, List<String>> byContender = new LinkedHashMap<>();
    for (String contender : CONTENDERS) {
      bench.restart();
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        seen.add("insert " + insert(bench, contender));
      }
      for (int i = 0; i < UPDATES; i++) {
        seen.add("update " + update(bench, contender));
      }
      for (int i = 0; i < UPSERTS; i++) {
        seen.add("upsert " + upsert(bench, contender));
      }
      seen.add("batch " + batch(bench, contender));
      seen.addAll(WriteTables.dump(bench.connection()));
      byContender.put(contender, seen);
    }
    List<String> tenon = byContender.get("tenon");
    for (int i = 0; i < 50; i++) {
      expect(tenon.get(i).equals("insert " + (i + 1)), "Tenon's insert " + i + " said " + tenon.get(i));
    }
    int batchLine = 50 + UPDATES + UPSERTS;
    expect(tenon.get(batchLine).equals("batch " + WriteBenchmark.BATCH), "Tenon's batch said " + tenon.get(batchLine));
    long saved = tenon.stream().filter(row -> row.startsWith("saved ")).count();
    long loaded = tenon.stream().filter(row -> row.startsWith("loaded ")).count();
    long upserted = tenon.stream().filter(row -> row.equals("upsert 1")).count();
    // Some upserts inserted a new key, the others updated a stored one.
    expect(saved > WriteTables.SAVED && saved < WriteTables.SAVED + UPSERTS, "saved_note holds " + saved + " rows");
    expect(upserted == UPSERTS, "only " + upserted + " upserts changed a row");
    expect(loaded == 50 + WriteBenchmark.BATCH, "loaded_note holds " + loaded + " rows");
    for (var entry : byContender.entrySet()) {
      List<String> rows = entry.getValue();
      for (int i = 0; i < Math.max(rows.size(), tenon.size()); i++) {
        String want = i < tenon.size() ? tenon.get(i) : "(nothing)";
        String got = i < rows.size() ? rows.get(i) : "(nothing)";
        expect(want.equals(got), entry.getKey() + " differs from Tenon at line " + i + ": " + got + " vs " + want);
      }
    }
  }

  private static long insert(WriteBenchmark bench, String contender) throws SQLException {
    return switch (contender) {
      case "tenon" -> bench.insert_tenon();
      case "jdbc" -> bench.insert_jdbc();
      case "jdbiSqlObject" -> bench.insert_jdbiSqlObject();
      default -> bench.insert_jooq();
    };
  }

  private static int update(WriteBenchmark bench, String contender) throws SQLException {
    return switch (contender) {
      case "tenon" -> bench.update_tenon();
      case "jdbc" -> bench.update_jdbc();
      case "jdbiSqlObject" -> bench.update_jdbiSqlObject();
      default -> bench.update_jooq();
    };
  }

  private static int upsert(WriteBenchmark bench, String contender) throws SQLException {
    return switch (contender) {
      case "tenon" -> bench.upsert_tenon();
      case "jdbc" -> bench.upsert_jdbc();
      case "jdbiSqlObject" -> bench.upsert_jdbiSqlObject();
      default -> bench.upsert_jooq();
    };
  }

  private static int batch(WriteBenchmark bench, String contender) throws SQLException {
    return switch (contender) {
      case "tenon" -> bench.batch10k_tenon();
      case "jdbc" -> bench.batch10k_jdbc();
      case "jdbiSqlObject" -> bench.batch10k_jdbiSqlObject();
      default -> bench.batch10k_jooq();
    };
  }

  private static void expect(boolean holds, String message) {
    if (!holds) {
      throw new IllegalStateException("write contenders disagree: " + message);
    }
  }
}
