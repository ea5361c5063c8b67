package jp.kyodoflow.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The CSV the city's staff open in Excel: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting, and text a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) defused with a leading apostrophe. Numbers
 * are never changed (a negative amount stays a number).
 */
public final class Csv {

    /** What a file starts with, so that Excel reads UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** One field; {@code text} false for a number or a date, which cannot be a formula. */
    public static String field(String value, boolean text) {
        String s = value == null ? "" : value;
        if (text && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        boolean quote = s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Appends one line of fields already made by {@link #field}. */
    public static void line(StringBuilder out, List<String> fields) {
        out.append(fields.stream().collect(Collectors.joining(","))).append("\r\n");
    }
}
