package jp.kyodoflow.opendata;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.util.Map;
import jp.kyodoflow.common.Csv;

/**
 * A dataset as CSV ({@link Csv}: UTF-8 with BOM so that Excel reads the Japanese, CRLF, RFC 4180, formulas
 * defused), the columns' Japanese labels as the header.
 */
public final class OpenDataCsv {

    private OpenDataCsv() {
    }

    public static byte[] write(OpenDataset dataset) {
        StringBuilder out = new StringBuilder(Csv.BOM);
        Csv.line(out, dataset.columns().stream().map(c -> Csv.field(c.label(), true)).toList());
        for (Map<String, Object> row : dataset.rows()) {
            Csv.line(out, dataset.columns().stream().map(c -> field(row.get(c.key()))).toList());
        }
        return out.toString().getBytes(UTF_8);
    }

    private static String field(Object value) {
        if (value instanceof BigDecimal d) {
            return Csv.field(d.toPlainString(), false);
        }
        return Csv.field(value == null ? null : value.toString(), !(value instanceof Number));
    }
}
