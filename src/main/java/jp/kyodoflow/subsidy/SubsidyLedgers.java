package jp.kyodoflow.subsidy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.security.CurrentUser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance section's ledger of a fiscal year: every money line of every application of the year's calls, with
 * the rule's working and the rules version, as CSV (UTF-8 with BOM, for Excel) or XLSX. Staff read the
 * applications of the programmes they may read; amounts are whole yen.
 */
@Service
@Transactional(readOnly = true)
public class SubsidyLedgers {

    public record Export(String filename, String contentType, byte[] bytes) {
    }

    static final List<String> HEADER = List.of("申請番号", "団体", "事業名", "支援金", "区分", "種別", "金額（円）", "交付決定の版",
            "日付", "計算", "規則の版", "書類番号", "記録者");

    private final SubsidyApplicationRepository applications;
    private final LedgerRepository ledger;
    private final DocumentRepository documents;
    private final SubsidyReading reading;

    SubsidyLedgers(SubsidyApplicationRepository applications, LedgerRepository ledger,
                   DocumentRepository documents, SubsidyReading reading) {
        this.applications = applications;
        this.ledger = ledger;
        this.documents = documents;
        this.reading = reading;
    }

    public Export export(CurrentUser user, int fiscalYear, String format) {
        if (!user.isStaff()) {
            throw new ForbiddenException("支援金の台帳は市の職員が出力します");
        }
        List<List<Object>> rows = rows(user, fiscalYear);
        String base = new FiscalYear(fiscalYear).label() + "_まちづくり活動支援金_台帳";
        return switch (format) {
            case "csv" -> new Export(base + ".csv", "text/csv; charset=UTF-8", csv(rows));
            case "xlsx" -> new Export(base + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows));
            default -> throw new BusinessRuleException("形式は csv か xlsx を指定してください");
        };
    }

    List<List<Object>> rows(CurrentUser user, int fiscalYear) {
        Map<Long, SubsidyApplication> byId = applications.findByFiscalYear(fiscalYear).stream()
                .filter(a -> reading.staffMayRead(user, a))
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        if (byId.isEmpty()) {
            return new ArrayList<>();
        }
        var entries = ledger.findByApplicationIdInOrderByApplicationIdAscIdAsc(byId.keySet());
        Map<Long, String> numbers = new java.util.HashMap<>();
        List<Long> documentIds = entries.stream().map(e -> e.documentId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!documentIds.isEmpty()) {
            documents.findNumbers(documentIds).forEach(d -> numbers.put((Long) d[0], (String) d[1]));
        }
        Map<Long, String> names = reading.groupNames(byId.values().stream().map(a -> a.groupId).distinct().toList());
        List<List<Object>> rows = new ArrayList<>();
        for (var e : entries) {
            SubsidyApplication a = byId.get(e.applicationId);
            SubsidyRules r = reading.rules(a);
            var line = reading.line(e);
            String docNo = e.documentId == null ? "" : numbers.getOrDefault(e.documentId, "");
            List<Object> row = new ArrayList<>(List.of(a.key(), names.getOrDefault(a.groupId, "団体" + a.groupId), a.content.title(),
                    r.programme(a.programmeCode).name(), r.track(a.trackCode).label(), line.kindLabel(), line.amountYen(),
                    line.decisionVersion() == null ? "" : "第" + line.decisionVersion() + "版", line.occurredOn().toString(),
                    line.working() == null ? "" : line.working(), line.rulesLabel(), docNo, line.actor()));
            rows.add(row);
        }
        return rows;
    }

    static byte[] csv(List<List<Object>> rows) {
        StringBuilder s = new StringBuilder("\uFEFF");
        append(s, new ArrayList<>(HEADER));
        rows.forEach(r -> append(s, r));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder s, List<?> row) {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            Object v = row.get(i);
            s.append(v instanceof Number ? v.toString() : quote(String.valueOf(v)));
        }
        s.append("\r\n");
    }

    /** RFC 4180 quoting; a cell a spreadsheet would read as a formula starts with an apostrophe. */
    static String quote(String v) {
        String text = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("台帳");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                head.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.longValue());
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
