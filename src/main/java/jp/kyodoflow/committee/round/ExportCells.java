package jp.kyodoflow.committee.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The cell model shared by the CSV and XLSX exports: text or a number, and tables of them under a header. */
final class ExportCells {
    private ExportCells() {
    }

    sealed interface Value permits Text, Num {
        /** The text shown: in CSV, and for measuring column widths. */
        String shown();
    }

    record Text(String value) implements Value {
        static final Text EMPTY = new Text("");

        Text {
            value = value == null ? "" : value;
        }

        public String shown() {
            return value;
        }
    }

    /** A number with a fixed count of decimals and an optional note shown after it, e.g. 2（同順位）. */
    record Num(double value, int decimals, String note) implements Value {
        static Num integer(long value) {
            return new Num(value, 0, "");
        }

        static Num decimal(double value, String note) {
            return new Num(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue(), 2, note);
        }

        public String shown() {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + note;
        }

        /** The Excel number format: the number stays numeric, the note is a literal. */
        String format() {
            return (decimals == 0 ? "0" : "0.00") + (note.isEmpty() ? "" : "\"" + note + "\"");
        }
    }

    record Table(List<String> header, List<List<Value>> rows) {
    }
}
