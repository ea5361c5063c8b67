package jp.kyodoflow.opendata;

import java.util.List;
import java.util.Map;

/**
 * One published dataset: its file name ({@code name}.csv / {@code name}.json), what it holds, its columns (the schema)
 * and its rows, each a map from column key to value (text, whole number, decimal, or date).
 */
public record OpenDataset(String name, String title, String description, List<Column> columns,
                          List<Map<String, Object>> rows) {

    /** The kinds of value a column holds, as the schema names them. */
    public enum Type { TEXT, INTEGER, DECIMAL, DATE }

    /** A column: its key (the JSON field), its label (the CSV header, Japanese) and what it means. */
    public record Column(String key, String label, Type type, String description) {
    }

    public OpenDataset {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Map<String, Object> row : rows) {
            if (!columns.stream().map(Column::key).toList().containsAll(row.keySet())
                    || row.size() != columns.size()) {
                throw new IllegalStateException("a row of " + name + " does not match its columns: " + row.keySet());
            }
        }
    }
}
