package dev.tenon.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.tenon.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes one statement's SQL as constants: a {@code String} per distinct text (shared by the
 * dialects that agree), with the SQL in its Javadoc, and the runtime {@code Query} that picks one
 * per dialect.
 */
final class SqlConstants {
  private SqlConstants() {}

  /**
   * Adds {@code constant} (the {@code Query}) and its {@code constant_SQL…} strings to {@code type}.
   *
   * @param method the interface method, for the Javadoc link
   * @param queryName {@code Dao.method}, for messages at run time
   */
  static void add(
      TypeSpec.Builder type,
      NameAllocator members,
      ClassName iface,
      String method,
      String constant,
      Map<Dialect, String> sqlByDialect,
      String queryName) {
    Map<String, List<Dialect>> byText = new LinkedHashMap<>();
    for (Map.Entry<Dialect, String> entry : sqlByDialect.entrySet()) {
      byText.computeIfAbsent(entry.getValue(), k -> new ArrayList<>()).add(entry.getKey());
    }
    CodeBlock.Builder query = CodeBlock.builder();
    boolean first = true;
    for (Map.Entry<String, List<Dialect>> entry : byText.entrySet()) {
      String suffix = byText.size() == 1 ? "_SQL" : "_SQL_" + entry.getValue().get(0).name();
      String field = members.newName(constant + suffix, constant + suffix);
      type.addField(
          FieldSpec.builder(String.class, field, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "SQL of {@link $T#$L} for $L:\n\n<pre>\n$L</pre>\n",
                  iface,
                  method,
                  DaoWriter.displayNames(entry.getValue()),
                  javadocText(entry.getKey()))
              .initializer("$S", entry.getKey())
              .build());
      query.add(
          first ? "$T.of($S, $L, $L)" : ".with($L, $L)",
          first
              ? new Object[] {
                DaoWriter.QUERY, queryName, field, DaoWriter.dialectList(entry.getValue())
              }
              : new Object[] {field, DaoWriter.dialectList(entry.getValue())});
      first = false;
    }
    type.addField(
        FieldSpec.builder(DaoWriter.QUERY, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(query.build())
            .build());
  }

  /** SQL for a Javadoc {@code <pre>} block: HTML-escaped, and unable to end the comment. */
  static String javadocText(String sql) {
    return sql.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("@", "&#64;")
            .replace("*/", "*&#47;")
        + "\n";
  }
}
