package jp.kyodoflow.committee.round;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.kyodoflow.committee.Aggregation;
import jp.kyodoflow.committee.Aggregation.ProposalResult;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.round.RoundExports.Sheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RoundExportsTest {

    /** A comma and a quote (CSV quoting) and, in the second title, a line break. */
    static final String TITLE_1 = "子ども食堂\"みんなの台所\",週末版";
    static final String TITLE_2 = "里山再生と\n見守り活動";
    static final String TITLE_3 = "防災マップ作り";
    static final List<String> SECRETS = List.of("山田太郎", "鈴木花子", "田中一郎", "yamada", "suzuki", "tanaka");

    // ---- CSV

    @Test
    void csvStartsWithBomAndEndsLinesWithCrlf() {
        byte[] bytes = RoundExports.csv(data(false), Sheet.TOTALS);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = decode(bytes);
        assertThat(text).startsWith("順位,提案番号,提案名,").endsWith("\r\n");
        // the only bare LF is the one inside the quoted title
        assertThat(text.replace("\r\n", "")).containsOnlyOnce("\n");
        assertThat(parse(text)).hasSize(4);
    }

    @Test
    void csvQuotesTitleWithCommaAndQuote() {
        String text = decode(RoundExports.csv(data(false), Sheet.TOTALS));
        assertThat(text).contains(",\"子ども食堂\"\"みんなの台所\"\",週末版\",");
        assertThat(text).contains(",\"里山再生と\n見守り活動\",");
        List<List<String>> rows = parse(text);
        assertThat(rows.get(1).get(2)).isEqualTo(TITLE_1);
        assertThat(rows.get(2).get(2)).isEqualTo(TITLE_2);
    }

    @Test
    void csvScoreSheetHasOneRowPerProposalAndMember() {
        List<List<String>> rows = parse(decode(RoundExports.csv(data(false), Sheet.SCORES)));
        assertThat(rows.get(0)).containsExactly("提案番号", "提案名", "委員", "公益性", "実現可能性", "独創性", "合計");
        assertThat(rows).hasSize(1 + 3 * 3);
        assertThat(rows.get(1)).containsExactly("101", TITLE_1, "山田太郎", "4", "4", "4", "16.00");
        assertThat(rows.get(3)).containsExactly("101", TITLE_1, "田中一郎", "3", "3", "3", "12.00");
        assertThat(rows.get(6)).containsExactly("102", TITLE_2, "田中一郎", "", "", "", "除斥");
        assertThat(rows.get(8)).containsExactly("103", TITLE_3, "鈴木花子", "", "", "", "7.00（平均で代替）");
    }

    @Test
    void csvTotalsFollowTheResultOrder() {
        List<List<String>> rows = parse(decode(RoundExports.csv(data(false), Sheet.TOTALS)));
        assertThat(rows.get(0)).containsExactly("順位", "提案番号", "提案名", "採点委員数", "定足数", "平均点", "合計点",
                "100点換算", "判定", "予算内", "公益性（平均）", "実現可能性（平均）", "独創性（平均）");
        assertThat(rows.get(1)).containsExactly("1（同順位）", "101", TITLE_1, "3", "満たす", "14.00", "42.00", "70.00",
                "採択基準以上", "○", "3.67", "3.33", "3.33");
        assertThat(rows.get(2)).startsWith("1（同順位）", "102").contains("×");
        assertThat(rows.get(3)).containsExactly("", "103", TITLE_3, "2", "満たす", "7.00", "21.00", "35.00",
                "基準未満", "×", "2.00", "1.50", "1.50");
    }

    @Test
    void csvRecusalsNameReasonAndNote() {
        List<List<String>> rows = parse(decode(RoundExports.csv(data(false), Sheet.RECUSALS)));
        assertThat(rows).containsExactly(
                List.of("提案番号", "提案名", "委員", "理由", "備考"),
                List.of("102", TITLE_2, "田中一郎", "名簿照合", "申請団体の会員"),
                List.of("103", TITLE_3, "鈴木花子", "申告", "申請団体の理事（鈴木花子）"));
    }

    @Test
    void csvDefusesTextThatExcelWouldReadAsFormula() {
        RoundExports.Data data = data(false);
        RoundExports.Data formula = new RoundExports.Data(data.roundTitle(), false, data.members(), data.criteria(),
                List.of(new Aggregation.Proposal(101, "=HYPERLINK(\"http://x\")", 0)), data.scores(), null, List.of());
        List<List<String>> rows = parse(decode(RoundExports.csv(formula, Sheet.SCORES)));
        assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
    }

    // ---- XLSX

    @Test
    void xlsxHasThreeSheetsWithBoldHeaders() throws IOException {
        try (XSSFWorkbook workbook = open(RoundExports.xlsx(data(false)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("採点表", "集計・順位", "除斥");
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                Cell first = sheet.getRow(0).getCell(0);
                assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("令和7年度 協働事業提案審査会");
        }
    }

    @Test
    void xlsxScoreSheetKeepsNumbersNumeric() throws IOException {
        try (XSSFWorkbook workbook = open(RoundExports.xlsx(data(false)))) {
            XSSFSheet sheet = workbook.getSheet("採点表");
            assertThat(texts(sheet.getRow(0))).containsExactly("提案番号", "提案名", "委員", "公益性", "実現可能性", "独創性", "合計");
            Row yamada = sheet.getRow(1);
            assertThat(yamada.getCell(0).getNumericCellValue()).isEqualTo(101);
            assertThat(yamada.getCell(1).getStringCellValue()).isEqualTo(TITLE_1);
            assertThat(yamada.getCell(2).getStringCellValue()).isEqualTo("山田太郎");
            assertThat(yamada.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(yamada.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(yamada.getCell(6).getNumericCellValue()).isEqualTo(16);

            Row excluded = sheet.getRow(6);
            assertThat(excluded.getCell(3)).isNull();
            assertThat(excluded.getCell(6).getStringCellValue()).isEqualTo("除斥");

            Cell substituted = sheet.getRow(8).getCell(6);
            assertThat(substituted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(substituted.getNumericCellValue()).isEqualTo(7);
            assertThat(substituted.getCellStyle().getDataFormatString()).isEqualTo("0.00\"（平均で代替）\"");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void xlsxTotalsAndRecusals() throws IOException {
        try (XSSFWorkbook workbook = open(RoundExports.xlsx(data(false)))) {
            XSSFSheet totals = workbook.getSheet("集計・順位");
            assertThat(texts(totals.getRow(0))).startsWith("順位", "提案番号", "提案名").endsWith("独創性（平均）");
            Cell rank = totals.getRow(1).getCell(0);
            assertThat(rank.getNumericCellValue()).isEqualTo(1);
            assertThat(rank.getCellStyle().getDataFormatString()).isEqualTo("0\"（同順位）\"");
            assertThat(totals.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(70.0);
            assertThat(totals.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(3.67);
            assertThat(totals.getRow(3).getCell(0)).isNull();
            assertThat(totals.getRow(3).getCell(8).getStringCellValue()).isEqualTo("基準未満");

            XSSFSheet recusals = workbook.getSheet("除斥");
            assertThat(texts(recusals.getRow(0))).containsExactly("提案番号", "提案名", "委員", "理由", "備考");
            assertThat(texts(recusals.getRow(2))).containsExactly("103.0", TITLE_3, "鈴木花子", "申告", "申請団体の理事（鈴木花子）");
        }
    }

    // ---- anonymised

    @Test
    void anonymisedCsvUsesLettersInRosterOrderAndHidesNamesAndIds() {
        RoundExports.Data data = data(true);
        for (Sheet sheet : Sheet.values()) {
            String text = decode(RoundExports.csv(data, sheet));
            SECRETS.forEach(secret -> assertThat(text).as(sheet + " hides " + secret).doesNotContain(secret));
        }
        List<List<String>> scores = parse(decode(RoundExports.csv(data, Sheet.SCORES)));
        assertThat(scores.subList(1, 4)).extracting(row -> row.get(2)).containsExactly("委員A", "委員B", "委員C");
        List<List<String>> recusals = parse(decode(RoundExports.csv(data, Sheet.RECUSALS)));
        assertThat(recusals.get(1)).containsExactly("102", TITLE_2, "委員C", "名簿照合", "申請団体の会員");
        assertThat(recusals.get(2)).containsExactly("103", TITLE_3, "委員B", "申告", "申請団体の理事（委員B）");
    }

    @Test
    void anonymisedXlsxHidesNamesAndIdsInEveryPartOfTheFile() throws IOException {
        byte[] bytes = RoundExports.xlsx(data(true));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                String part = new String(zip.readAllBytes(), UTF_8);
                SECRETS.forEach(secret -> assertThat(part).as(name + " hides " + secret).doesNotContain(secret));
            }
        }
        try (XSSFWorkbook workbook = open(bytes)) {
            assertThat(workbook.getSheet("採点表").getRow(6).getCell(2).getStringCellValue()).isEqualTo("委員C");
            assertThat(workbook.getSheet("除斥").getRow(1).getCell(2).getStringCellValue()).isEqualTo("委員C");
        }
    }

    // ---- the round: 3 members, 3 criteria (max 20), 3 proposals; 102 tied with 101, 103 below the line.
    // Both conflict renderings are mixed in one round to cover them: 田中 excluded from 102, 鈴木 substituted on 103.

    static RoundExports.Data data(boolean anonymised) {
        List<RoundExports.Member> members = List.of(new RoundExports.Member("yamada", "山田太郎"),
                new RoundExports.Member("suzuki", "鈴木花子"), new RoundExports.Member("tanaka", "田中一郎"));
        List<ReviewRules.Criterion> criteria = List.of(new ReviewRules.Criterion("public", "公益性", 2, 0, 5),
                new ReviewRules.Criterion("feasible", "実現可能性", 1, 0, 5),
                new ReviewRules.Criterion("original", "独創性", 1, 0, 5));
        List<Aggregation.Proposal> proposals = List.of(new Aggregation.Proposal(101, TITLE_1, 400_000),
                new Aggregation.Proposal(102, TITLE_2, 500_000), new Aggregation.Proposal(103, TITLE_3, 200_000));
        List<Aggregation.Score> scores = new ArrayList<>();
        score(scores, 101, "yamada", 4, 4, 4);
        score(scores, 101, "suzuki", 4, 3, 3);
        score(scores, 101, "tanaka", 3, 3, 3);
        score(scores, 102, "yamada", 4, 3, 3);
        score(scores, 102, "suzuki", 4, 3, 3);
        score(scores, 103, "yamada", 2, 2, 1);
        score(scores, 103, "tanaka", 2, 1, 2);
        Aggregation.Result result = new Aggregation.Result(List.of(
                new ProposalResult(101, TITLE_1, 400_000, averages(11 / 3.0, 10 / 3.0, 10 / 3.0),
                        Map.of("yamada", 16.0, "suzuki", 14.0, "tanaka", 12.0), Set.of(), Set.of(),
                        3, true, 42, 14, 70, true, 1, true, true),
                new ProposalResult(102, TITLE_2, 500_000, averages(4, 3, 3), Map.of("yamada", 14.0, "suzuki", 14.0),
                        Set.of(), Set.of("tanaka"), 2, true, 28, 14, 70, true, 1, true, false),
                new ProposalResult(103, TITLE_3, 200_000, averages(2, 1.5, 1.5),
                        Map.of("yamada", 7.0, "tanaka", 7.0, "suzuki", 7.0), Set.of("suzuki"), Set.of(),
                        2, true, 21, 7, 35, false, null, false, false)));
        List<RoundExports.Recusal> recusals = List.of(
                new RoundExports.Recusal(103, "suzuki", "DECLARED", "申請団体の理事（鈴木花子）"),
                new RoundExports.Recusal(102, "tanaka", "REGISTER", "申請団体の会員"));
        return new RoundExports.Data("令和7年度 協働事業提案審査会", anonymised, members, criteria, proposals, scores, result,
                recusals);
    }

    static void score(List<Aggregation.Score> scores, long proposal, String member, int... values) {
        List<String> codes = List.of("public", "feasible", "original");
        for (int i = 0; i < codes.size(); i++) {
            scores.add(new Aggregation.Score(proposal, member, codes.get(i), values[i]));
        }
    }

    static Map<String, Double> averages(double pub, double feasible, double original) {
        return Map.of("public", pub, "feasible", feasible, "original", original);
    }

    // ---- reading the outputs back

    static String decode(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, UTF_8);
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.isEmpty())) {
                quoted = !quoted;
            } else if (quoted) {
                field.append(c);
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new IllegalStateException("bare " + (int) c + " outside quotes at " + i);
            } else {
                field.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(field.isEmpty() && row.isEmpty()).as("last record ends with CRLF").isTrue();
        return rows;
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.NUMERIC
                ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue()));
        return texts;
    }
}
