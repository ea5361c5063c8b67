package jp.kyodoflow.committee.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.round.ExportCells.Num;
import jp.kyodoflow.committee.round.ExportCells.Table;
import jp.kyodoflow.committee.round.ExportCells.Value;
import jp.kyodoflow.committee.round.RoundExports.Data;
import jp.kyodoflow.committee.round.RoundExports.Sheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The XLSX workbook of a round's export: one sheet per table, headers bold and frozen, numbers as numeric cells. */
final class XlsxExport {

    private XlsxExport() {
    }

    static byte[] workbook(Data data) {
        ExportTables tables = new ExportTables(data);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : Sheet.values()) {
                writeSheet(workbook.createSheet(sheet.title()), tables.table(sheet), styles, tables.roundTitle());
            }
            workbook.getProperties().getCoreProperties().setTitle(tables.roundTitle());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cell styles are per workbook and limited in number, so they are made once per format. */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
        }

        CellStyle number(String format) {
            return numbers.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }

    private static void writeSheet(XSSFSheet sheet, Table table, Styles styles, String roundTitle) {
        Row header = sheet.createRow(0);
        for (int col = 0; col < table.header().size(); col++) {
            Cell cell = header.createCell(col);
            cell.setCellValue(table.header().get(col));
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Value> values = table.rows().get(r);
            for (int col = 0; col < values.size(); col++) {
                writeCell(row, col, values.get(col), styles);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.getHeader().setCenter(printHeader(roundTitle));
        setColumnWidths(sheet, table);
    }

    /** Excel allows 255 characters in a print header, where {@code &} starts a code and is written twice. */
    private static String printHeader(String title) {
        String shortTitle = title.length() > 100 ? title.substring(0, 100) + "…" : title;
        return shortTitle.replace("&", "&&");
    }

    private static void writeCell(Row row, int col, Value value, Styles styles) {
        if (value instanceof Num number) {
            Cell cell = row.createCell(col);
            cell.setCellValue(number.value());
            cell.setCellStyle(styles.number(number.format()));
        } else if (!value.shown().isEmpty()) {
            row.createCell(col).setCellValue(value.shown());
        }
    }

    /** Widths from the longest text per column, counting Japanese (non-ASCII) characters as two. */
    private static void setColumnWidths(XSSFSheet sheet, Table table) {
        for (int col = 0; col < table.header().size(); col++) {
            int widest = displayWidth(table.header().get(col));
            for (List<Value> row : table.rows()) {
                widest = Math.max(widest, displayWidth(row.get(col).shown()));
            }
            sheet.setColumnWidth(col, Math.min(Math.max(widest + 2, 8), 60) * 256);
        }
    }

    private static int displayWidth(String text) {
        int widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, line.codePoints().map(c -> c < 0x80 ? 1 : 2).sum());
        }
        return widest;
    }
}
