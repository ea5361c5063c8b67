package jp.kyodoflow.committee.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodoflow.committee.Aggregation;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.round.ExportCells.Num;
import jp.kyodoflow.committee.round.ExportCells.Table;
import jp.kyodoflow.committee.round.ExportCells.Text;
import jp.kyodoflow.committee.round.ExportCells.Value;
import jp.kyodoflow.committee.round.RoundExports.Data;
import jp.kyodoflow.committee.round.RoundExports.Recusal;
import jp.kyodoflow.committee.round.RoundExports.Sheet;

/** Builds the sheets' contents; member labels and masking are decided once for all sheets. */
final class ExportTables {

    private record ScoreKey(long proposalId, String memberId, String criterionCode) {
    }

    private final Data data;
    private final ExportLabels labels;
    private final Map<Long, Aggregation.ProposalResult> results;
    private final Map<Long, String> titles = new HashMap<>();
    private final Map<ScoreKey, Integer> scores = new HashMap<>();

    ExportTables(Data data) {
        this.data = data;
        this.labels = new ExportLabels(data);
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
                new Text(!data.adoptionLine() ? (r.quorum() ? "採択ラインなし" : "－") : r.passed() ? "採択基準以上" : "基準未満"), new Text(r.withinBudget() ? "○" : "×")));
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

