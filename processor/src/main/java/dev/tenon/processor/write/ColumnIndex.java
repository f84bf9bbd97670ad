package dev.tenon.processor.write;

import dev.tenon.processor.model.SelectItem;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Where each SELECT item starts, 1-based, for reading columns by index. */
final class ColumnIndex {
  private final Map<String, Integer> aliasStart = new HashMap<>();
  private final Map<SelectItem, Integer> valueIndex = new IdentityHashMap<>();

  ColumnIndex(List<SelectItem> items) {
    int at = 1;
    for (SelectItem item : items) {
      if (item instanceof SelectItem.EntityColumns columns) {
        aliasStart.put(columns.alias().name(), at);
      } else {
        valueIndex.put(item, at);
      }
      at += item.width();
    }
  }

  /** First column of the alias's entity. */
  int start(String alias) {
    Integer start = aliasStart.get(alias);
    if (start == null) {
      throw new IllegalStateException("alias " + alias + " is not in the select list");
    }
    return start;
  }

  /** Column of a single-valued item (aggregate, expression). */
  int at(SelectItem item) {
    Integer index = valueIndex.get(item);
    if (index == null) {
      throw new IllegalStateException("item " + item + " is not in the select list");
    }
    return index;
  }
}
