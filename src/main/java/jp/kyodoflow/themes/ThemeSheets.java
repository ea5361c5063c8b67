package jp.kyodoflow.themes;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One table as a file, written the way the committee's exports are: CSV in UTF-8 with a BOM, CRLF line ends and
 * RFC 4180 quoting (text that starts like a formula gets an apostrophe); XLSX with Apache POI, the header bold and
 * frozen, amounts and counts as numeric cells. Cells are text ({@code String}, null as empty) or numbers ({@code Long}).
 * (The committee's writer is package-private to its round package and shaped for its three sheets, hence this one.)
 */
final class ThemeSheets {

    record Sheet(String title, List<String> header, List<List<Object>> rows) {
    }

    private ThemeSheets() {
    }

    static byte[] csv(Sheet sheet) {
        StringBuilder out = new StringBuilder("\uFEFF");
        csvLine(out, List.copyOf(sheet.header()));
        sheet.rows().forEach(row -> csvLine(out, row));
        return out.toString().getBytes(UTF_8);
    }

    private static void csvLine(StringBuilder out, List<Object> cells) {
        jp.kyodoflow.common.Csv.line(out, cells.stream().map(c -> jp.kyodoflow.common.Csv.field(
                c == null ? null : String.valueOf(c), !(c instanceof Number))).toList());
    }

    static byte[] xlsx(Sheet sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            XSSFSheet s = workbook.createSheet(sheet.title());
            Row top = s.createRow(0);
            for (int col = 0; col < sheet.header().size(); col++) {
                Cell cell = top.createCell(col);
                cell.setCellValue(sheet.header().get(col));
                cell.setCellStyle(header);
            }
            for (int r = 0; r < sheet.rows().size(); r++) {
                writeRow(s.createRow(r + 1), sheet.rows().get(r), number);
            }
            s.createFreezePane(0, 1);
            widths(s, sheet);
            workbook.getProperties().getCoreProperties().setTitle(sheet.title());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<Object> cells, CellStyle number) {
        for (int col = 0; col < cells.size(); col++) {
            Object value = cells.get(col);
            if (value instanceof Number n) {
                Cell cell = row.createCell(col);
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else if (value != null && !String.valueOf(value).isEmpty()) {
                row.createCell(col).setCellValue(String.valueOf(value));
            }
        }
    }

    /** Widths from the longest text per column, counting Japanese (non-ASCII) characters as two. */
    private static void widths(XSSFSheet s, Sheet sheet) {
        for (int col = 0; col < sheet.header().size(); col++) {
            int widest = width(sheet.header().get(col));
            for (List<Object> row : sheet.rows()) {
                widest = Math.max(widest, width(row.get(col) == null ? "" : String.valueOf(row.get(col))));
            }
            s.setColumnWidth(col, Math.min(Math.max(widest + 2, 8), 60) * 256);
        }
    }

    private static int width(String text) {
        int widest = 0;
        for (String line : text.split("\n")) {
            widest = Math.max(widest, line.codePoints().map(c -> c < 0x80 ? 1 : 2).sum());
        }
        return widest;
    }
}
