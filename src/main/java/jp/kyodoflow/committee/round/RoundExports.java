package jp.kyodoflow.committee.round;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import jp.kyodoflow.committee.Aggregation;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.round.ExportCells.Table;
import jp.kyodoflow.committee.round.ExportCells.Text;
import jp.kyodoflow.committee.round.ExportCells.Value;

/**
 * The exports of a review round (processes.md §4 step 7): the score sheet per member (採点表), the totals and
 * ranking (集計・順位) and the recusals (除斥), as one CSV per sheet or as one XLSX workbook. Anonymised exports
 * call the members 委員A, 委員B, … in roster order and keep their names and ids out of the file. What the sheets
 * hold is {@link ExportTables} (member names and masking: {@link ExportLabels}); the workbook is {@link XlsxExport}.
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
                       List<Recusal> recusals, boolean adoptionLine) {

        /** A round with an adoption line. */
        public Data(String roundTitle, boolean anonymised, List<Member> members, List<ReviewRules.Criterion> criteria,
                    List<Aggregation.Proposal> proposals, List<Aggregation.Score> scores, Aggregation.Result result,
                    List<Recusal> recusals) {
            this(roundTitle, anonymised, members, criteria, proposals, scores, result, recusals, true);
        }

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
        Table table = new ExportTables(data).table(sheet);
        StringBuilder out = new StringBuilder("\uFEFF");
        csvLine(out, table.header().stream().map(Text::new).toList());
        table.rows().forEach(row -> csvLine(out, row));
        return out.toString().getBytes(UTF_8);
    }

    /** All three sheets in one workbook, headers bold and frozen, numbers as numeric cells. */
    public static byte[] xlsx(Data data) {
        return XlsxExport.workbook(data);
    }

    // ---- CSV

    private static void csvLine(StringBuilder out, List<? extends Value> values) {
        jp.kyodoflow.common.Csv.line(out, values.stream()
                .map(v -> jp.kyodoflow.common.Csv.field(v.shown(), v instanceof Text)).toList());
    }
}
