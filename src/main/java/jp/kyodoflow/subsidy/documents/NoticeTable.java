package jp.kyodoflow.subsidy.documents;

import jp.kyodoflow.documents.Typesetter;
import static jp.kyodoflow.documents.Typesetter.MM;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.subsidy.documents.Notice.Entry;
import jp.kyodoflow.subsidy.documents.Notice.Row;

/**
 * The items below 記 as a two-column table: the label left, its entries right, each wrapping within its cell.
 * A row that reaches the bottom of the page goes on on the next one, its label marked （続き）; a row starts on
 * a new page when not even its first lines would fit.
 */
final class NoticeTable {

    static final float SIZE = 10.5f;
    private static final float LINE = SIZE * 1.5f;
    private static final float PAD = 1.6f * MM;
    private static final float LABEL_WIDTH = 40 * MM;
    private static final float GRID = 0.6f;
    /** A row whose first lines would not fit on this page starts on the next. */
    private static final int KEEP_LINES = 3;

    private record Line(String marker, String text, float indent) {
    }

    private final Typesetter t;

    NoticeTable(Typesetter t) {
        this.t = t;
    }

    void write(List<Row> rows) throws IOException {
        for (Row row : rows) {
            row(row);
        }
    }

    private void row(Row row) throws IOException {
        List<String> label = labelLines(row.label());
        List<Line> value = valueLines(row, t.width() - LABEL_WIDTH - 2 * PAD);
        if (!t.fits(Math.min(Math.max(label.size(), value.size()), KEEP_LINES) * LINE + 2 * PAD)) {
            t.newPage();
        }
        float top = t.y();
        t.down(PAD);
        int l = 0;
        for (int i = 0; i < value.size() || l < label.size(); i++) {
            if (!t.fits(LINE + PAD)) {
                t.down(PAD);
                cells(top);
                t.newPage();
                top = t.y();
                t.down(PAD);
                label = labelLines(row.label() + "（続き）");
                l = 0;
            }
            if (l < label.size()) {
                t.text(label.get(l++), t.left() + PAD, t.y(), SIZE, LINE);
            }
            if (i < value.size()) {
                Line line = value.get(i);
                float x = t.left() + LABEL_WIDTH + PAD;
                t.text(line.marker(), x, t.y(), SIZE, LINE);
                t.text(line.text(), x + line.indent(), t.y(), SIZE, LINE);
            }
            t.down(LINE);
        }
        t.down(PAD);
        cells(top);
    }

    private List<String> labelLines(String label) {
        return t.wrap(label, LABEL_WIDTH - 2 * PAD, SIZE);
    }

    /** The lines of a row's entries; numbered entries hang past the widest marker of the row. */
    private List<Line> valueLines(Row row, float width) {
        float indent = 0;
        for (Entry e : row.entries()) {
            if (!e.marker().isEmpty()) {
                indent = Math.max(indent, t.width(t.clean(e.marker()), SIZE) + SIZE / 2);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Entry e : row.entries()) {
            float hang = e.marker().isEmpty() ? 0 : indent;
            List<String> wrapped = t.wrap(e.text(), width - hang, SIZE);
            for (int i = 0; i < wrapped.size(); i++) {
                lines.add(new Line(i == 0 ? t.clean(e.marker()) : "", wrapped.get(i), hang));
            }
        }
        return lines;
    }

    /** The two cells of a row (or of its part on this page) from {@code top} down to the cursor. */
    private void cells(float top) throws IOException {
        float height = top - t.y();
        t.box(t.left(), top, LABEL_WIDTH, height, GRID);
        t.box(t.left() + LABEL_WIDTH, top, t.width() - LABEL_WIDTH, height, GRID);
    }
}
