package jp.kyodoflow.opendata;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A dataset as CSV the way Japanese open data portals expect it: UTF-8 with a byte order mark (so that Excel reads
 * the Japanese), CRLF line ends, RFC 4180 quoting, the columns' Japanese labels as the header. Text that a
 * spreadsheet would take for a formula (= + - @ at the start) gets a leading apostrophe.
 */
public final class OpenDataCsv {

    private OpenDataCsv() {
    }

    public static byte[] write(OpenDataset dataset) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, dataset.columns().stream().map(OpenDataset.Column::label).toList());
        for (Map<String, Object> row : dataset.rows()) {
            line(out, dataset.columns().stream().map(c -> text(row.get(c.key()))).toList());
        }
        return out.toString().getBytes(UTF_8);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    private static void line(StringBuilder out, java.util.List<String> values) {
        out.append(values.stream().map(OpenDataCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            text = "'" + text;
        }
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
