package jp.kyodoflow.committee;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The exports of a review round (processes.md §4 step 7): the score sheet per member (採点表), the totals and
 * ranking (集計・順位) and the recusals (除斥), as one CSV per sheet or as one XLSX workbook. Anonymised exports
 * call the members 委員A, 委員B, … in roster order and keep their names and ids out of the file.
 */
public final class RoundExports {
    private RoundExports() {
    }

    /** A member of the round's roster. */
    public record Member(String id, String displayName) {
    }

    /** A recorded recusal; source is DECLARED (申告) or REGISTER (名簿照合), note is free text. */
    public record Recusal(long proposalId, String memberId, String source, String note) {
    }

    /** Everything an export needs; result may be null before aggregation (no totals then). */
    public record Data(String roundTitle, boolean anonymised, List<Member> members, List<ReviewRules.Criterion> criteria,
                       List<Aggregation.Proposal> proposals, List<Aggregation.Score> scores, Aggregation.Result result,
                       List<Recusal> recusals) {
        public Data {
            members = List.copyOf(members);
            criteria = List.copyOf(criteria);
            proposals = List.copyOf(proposals);
            scores = List.copyOf(scores);
            recusals = List.copyOf(recusals);
        }
    }

    public enum Sheet {
        SCORES("採点表"), TOTALS("集計・順位"), RECUSALS("除斥");

        private final String title;

        Sheet(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One sheet as CSV: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting. */
    public static byte[] csv(Data data, Sheet sheet) {
        Table table = new Tables(data).table(sheet);
        StringBuilder out = new StringBuilder("\uFEFF");
        csvLine(out, table.header().stream().map(Text::new).toList());
        table.rows().forEach(row -> csvLine(out, row));
        return out.toString().getBytes(UTF_8);
    }

    /** All three sheets in one workbook, headers bold and frozen, numbers as numeric cells. */
    public static byte[] xlsx(Data data) {
        Tables tables = new Tables(data);
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

    // ---- the cell model shared by both formats

    private sealed interface Value permits Text, Num {
        /** The text shown: in CSV, and for measuring column widths. */
        String shown();
    }

    private record Text(String value) implements Value {
        static final Text EMPTY = new Text("");

        Text {
            value = value == null ? "" : value;
        }

        public String shown() {
            return value;
        }
    }

    /** A number with a fixed count of decimals and an optional note shown after it, e.g. 2（同順位）. */
    private record Num(double value, int decimals, String note) implements Value {
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

    private record Table(List<String> header, List<List<Value>> rows) {
    }

    private record ScoreKey(long proposalId, String memberId, String criterionCode) {
    }

    // ---- the three sheets

    /** Builds the sheets' contents; member labels and masking are decided once for all sheets. */
    private static final class Tables {
        private final Data data;
        private final Labels labels;
        private final Map<Long, Aggregation.ProposalResult> results;
        private final Map<Long, String> titles = new HashMap<>();
        private final Map<ScoreKey, Integer> scores = new HashMap<>();

        Tables(Data data) {
            this.data = data;
            this.labels = new Labels(data);
            List<Aggregation.ProposalResult> all = data.result() == null ? List.of() : data.result().proposals();
            this.results = all.stream().collect(Collectors.toMap(Aggregation.ProposalResult::proposalId,
                    Function.identity(), (a, b) -> a));
            all.forEach(r -> titles.put(r.proposalId(), r.title()));
            data.proposals().forEach(p -> titles.put(p.id(), p.title()));
            data.scores().forEach(s -> scores.put(new ScoreKey(s.proposalId(), s.memberId(), s.criterionCode()),
                    s.score()));
        }

        String roundTitle() {
            return labels.mask(data.roundTitle() == null ? "" : data.roundTitle());
        }

        Table table(Sheet sheet) {
            return switch (sheet) {
                case SCORES -> scoreSheet();
                case TOTALS -> totalsSheet();
                case RECUSALS -> recusalSheet();
            };
        }

        private Table scoreSheet() {
            List<String> header = new ArrayList<>(List.of("提案番号", "提案名", "委員"));
            data.criteria().forEach(c -> header.add(c.name()));
            header.add("合計");
            List<List<Value>> rows = new ArrayList<>();
            for (Aggregation.Proposal proposal : data.proposals()) {
                labels.memberIds().forEach(member -> rows.add(scoreRow(proposal.id(), member)));
            }
            return new Table(header, rows);
        }

        private List<Value> scoreRow(long proposalId, String member) {
            Aggregation.ProposalResult result = results.get(proposalId);
            boolean conflicted = result != null
                    && (result.excluded().contains(member) || result.substituted().contains(member));
            List<Value> row = new ArrayList<>(List.of(Num.integer(proposalId), title(proposalId),
                    new Text(labels.label(member))));
            for (ReviewRules.Criterion criterion : data.criteria()) {
                Integer score = conflicted ? null : scores.get(new ScoreKey(proposalId, member, criterion.code()));
                row.add(score == null ? Text.EMPTY : Num.integer(score));
            }
            row.add(memberTotal(result, member));
            return row;
        }

        private static Value memberTotal(Aggregation.ProposalResult result, String member) {
            if (result == null) {
                return Text.EMPTY;
            }
            if (result.excluded().contains(member)) {
                return new Text("除斥");
            }
            Double total = result.memberTotals().get(member);
            if (total == null) {
                return Text.EMPTY;
            }
            return Num.decimal(total, result.substituted().contains(member) ? "（平均で代替）" : "");
        }

        private Table totalsSheet() {
            List<String> header = new ArrayList<>(List.of("順位", "提案番号", "提案名", "採点委員数", "定足数", "平均点",
                    "合計点", "100点換算", "判定", "予算内"));
            data.criteria().forEach(c -> header.add(c.name() + "（平均）"));
            List<List<Value>> rows = new ArrayList<>();
            if (data.result() != null) {
                data.result().proposals().forEach(r -> rows.add(totalsRow(r)));
            }
            return new Table(header, rows);
        }

        private List<Value> totalsRow(Aggregation.ProposalResult r) {
            Value rank = r.rank() == null ? Text.EMPTY : new Num(r.rank(), 0, r.tied() ? "（同順位）" : "");
            List<Value> row = new ArrayList<>(List.of(rank, Num.integer(r.proposalId()), title(r.proposalId()),
                    Num.integer(r.scorers()), new Text(r.quorum() ? "満たす" : "満たさない"),
                    Num.decimal(r.averageTotal(), ""), Num.decimal(r.sumTotal(), ""), Num.decimal(r.normalised(), ""),
                    new Text(r.passed() ? "採択基準以上" : "基準未満"), new Text(r.withinBudget() ? "○" : "×")));
            for (ReviewRules.Criterion criterion : data.criteria()) {
                Double average = r.criterionAverages().get(criterion.code());
                row.add(average == null ? Text.EMPTY : Num.decimal(average, ""));
            }
            return row;
        }

        private Table recusalSheet() {
            List<Long> proposalOrder = data.proposals().stream().map(Aggregation.Proposal::id).toList();
            List<String> memberOrder = labels.memberIds();
            List<List<Value>> rows = data.recusals().stream()
                    .sorted(Comparator.comparingInt((Recusal r) -> proposalOrder.indexOf(r.proposalId()))
                            .thenComparingInt(r -> memberOrder.indexOf(r.memberId())))
                    .map(r -> List.of(Num.integer(r.proposalId()), title(r.proposalId()),
                            new Text(labels.label(r.memberId())), new Text(reason(r.source())),
                            (Value) new Text(labels.mask(r.note()))))
                    .toList();
            return new Table(List.of("提案番号", "提案名", "委員", "理由", "備考"), rows);
        }

        private static String reason(String source) {
            if ("DECLARED".equals(source)) {
                return "申告";
            }
            return "REGISTER".equals(source) ? "名簿照合" : source;
        }

        private Value title(long proposalId) {
            return new Text(labels.mask(titles.get(proposalId)));
        }
    }

    /**
     * How members are called: their display name, or 委員A, 委員B, … in roster order when anonymised (members
     * found only in scores, results or recusals follow the roster, sorted by id). When anonymised, free text
     * (titles, notes) has every member's name and id replaced by their label.
     */
    private static final class Labels {
        private final Map<String, String> byId = new LinkedHashMap<>();
        private final Map<String, String> secrets = new LinkedHashMap<>();

        Labels(Data data) {
            Map<String, String> names = new HashMap<>();
            data.members().forEach(m -> names.put(m.id(), m.displayName()));
            List<String> ids = memberIds(data);
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                String name = names.get(id);
                String shown = name == null || name.isBlank() ? id : name;
                byId.put(id, data.anonymised() ? "委員" + letters(i) : shown);
            }
            if (data.anonymised()) {
                ids.forEach(id -> addSecret(id, byId.get(id)));
                names.forEach((id, name) -> addSecret(name, byId.get(id)));
            }
        }

        private static List<String> memberIds(Data data) {
            Set<String> ids = new LinkedHashSet<>();
            data.members().forEach(m -> ids.add(m.id()));
            Set<String> others = new TreeSet<>();
            data.scores().forEach(s -> others.add(s.memberId()));
            data.recusals().forEach(r -> others.add(r.memberId()));
            if (data.result() != null) {
                data.result().proposals().forEach(r -> {
                    others.addAll(r.memberTotals().keySet());
                    others.addAll(r.substituted());
                    others.addAll(r.excluded());
                });
            }
            ids.addAll(others);
            return List.copyOf(ids);
        }

        /** A, B, … Z, AA, AB, … */
        private static String letters(int index) {
            StringBuilder letters = new StringBuilder();
            for (int n = index + 1; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return letters.toString();
        }

        private void addSecret(String secret, String label) {
            if (secret != null && !secret.isBlank()) {
                secrets.put(secret, label);
            }
        }

        List<String> memberIds() {
            return List.copyOf(byId.keySet());
        }

        String label(String memberId) {
            return byId.getOrDefault(memberId, memberId);
        }

        /** Replaces names and ids, longest first so that a name is not half-replaced by a shorter one. */
        String mask(String text) {
            if (text == null || secrets.isEmpty()) {
                return text;
            }
            String masked = text;
            List<String> longestFirst = secrets.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            for (String secret : longestFirst) {
                masked = masked.replace(secret, secrets.get(secret));
            }
            return masked;
        }
    }

    // ---- CSV

    private static void csvLine(StringBuilder out, List<? extends Value> values) {
        out.append(values.stream().map(RoundExports::csvField).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180 quoting; text starting like a formula gets a leading apostrophe so Excel does not run it. */
    private static String csvField(Value value) {
        String text = value.shown();
        if (value instanceof Text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    // ---- XLSX

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
            org.apache.poi.ss.usermodel.Cell cell = header.createCell(col);
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
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(col);
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
