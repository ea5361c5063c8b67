package jp.kyodoflow.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.opendata.OpenDataset.Column;
import jp.kyodoflow.opendata.OpenDataset.Type;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.subsidy.GrantedSubsidies;
import jp.kyodoflow.themes.ThemeService;
import org.springframework.stereotype.Service;

/** The datasets of {@code /open-data}: each a fixed schema filled from the owning module's public reading. */
@Service
public class OpenDataService {

    static final List<Column> PROJECTS = List.of(
            col("project_id", "事業番号", Type.TEXT, "協働事業の番号（PJ-番号）"),
            col("fiscal_year", "年度", Type.TEXT, "事業の年度（和暦）"),
            col("title", "事業名", Type.TEXT, "協働事業の名称"),
            col("partner_group", "協働団体", Type.TEXT, "市と協働する登録団体の名称（未定のときは空）"),
            col("collaboration_form", "協働の形態", Type.TEXT, "委託・補助・共催など"),
            col("project_year", "事業年次", Type.INTEGER, "何年目の事業か（1から）"),
            col("status", "状態", Type.TEXT, "実施中・評価中・終了など"));

    static final List<Column> THEMES = List.of(
            col("theme_id", "テーマ番号", Type.TEXT, "行政提案テーマの番号（TH-番号）"),
            col("fiscal_year", "年度", Type.TEXT, "募集の年度（和暦）"),
            col("title", "テーマ", Type.TEXT, "テーマの名称"),
            col("department", "担当課", Type.TEXT, "テーマを出した課"),
            col("problem", "地域の課題", Type.TEXT, "テーマが取り組む課題"),
            col("desired_outcome", "期待する成果", Type.TEXT, "市が期待する成果"),
            col("expected_work", "想定する事業内容", Type.TEXT, "協働で行う事業の想定"),
            col("budget_ceiling_yen", "上限額（円）", Type.INTEGER, "事業費の上限（円）"),
            col("funding_rate_percent", "市の負担割合（％）", Type.INTEGER, "事業費のうち市が負担する割合"),
            col("period_from", "期間（開始）", Type.DATE, "事業期間の初日"),
            col("period_to", "期間（終了）", Type.DATE, "事業期間の末日"),
            col("collaboration_form", "協働の形態", Type.TEXT, "想定する協働の形態"),
            col("status", "状態", Type.TEXT, "募集中・選定済みなど"));

    static final List<Column> COMMITTEE_RESULTS = List.of(
            col("round_id", "審査会番号", Type.INTEGER, "審査会（審査の回）の番号"),
            col("round_title", "審査会", Type.TEXT, "審査会の名称"),
            col("purpose", "審査の目的", Type.TEXT, "選考・順位付け・第三者評価"),
            col("proposal_title", "提案・事業名", Type.TEXT, "審査された提案または事業"),
            col("applicant_group", "提案団体", Type.TEXT, "提案した登録団体の名称（団体以外は空）"),
            col("requested_yen", "申請額（円）", Type.INTEGER, "申請された金額（円）"),
            col("score", "得点（100点換算）", Type.DECIMAL, "審査会の得点を100点満点に換算した値（定足数不足のときは空）"),
            col("rank", "順位", Type.INTEGER, "審査会の順位（順位を付けないときは空）"),
            col("result", "審査結果", Type.TEXT, "基準以上・基準未満・定足数不足など"),
            col("decision", "採否", Type.TEXT, "採択・条件付き採択・不採択（採否を決めない審査は空）"),
            col("conditions", "採択の条件", Type.TEXT, "条件付き採択の条件"),
            col("decided_on", "決定日", Type.DATE, "採否を決めた日"));

    static final List<Column> COMMITTEE_MEMBER_TOTALS = List.of(
            col("round_id", "審査会番号", Type.INTEGER, "審査会の番号"),
            col("round_title", "審査会", Type.TEXT, "審査会の名称"),
            col("proposal_title", "提案・事業名", Type.TEXT, "審査された提案または事業"),
            col("member", "委員", Type.TEXT, "委員の氏名、または審査会が匿名で公表するときは委員A・委員B …"),
            col("total", "合計点", Type.DECIMAL, "その委員の採点の合計"));

    static final List<Column> SUBSIDIES = List.of(
            col("application_id", "申請番号", Type.TEXT, "支援金の申請番号（SA-番号）"),
            col("fiscal_year", "年度", Type.INTEGER, "交付の年度（西暦の年度）"),
            col("group", "団体", Type.TEXT, "交付を受けた登録団体の名称"),
            col("title", "事業名", Type.TEXT, "支援金を受けた事業"),
            col("programme", "支援金", Type.TEXT, "支援金の種類"),
            col("track", "区分", Type.TEXT, "支援金の区分"),
            col("granted_yen", "交付決定額（円）", Type.INTEGER, "交付を決めた金額（円）"),
            col("decided_on", "交付決定日", Type.DATE, "交付を決めた日"),
            col("final_yen", "確定額（円）", Type.INTEGER, "実績報告の後に確定した金額（確定前は空）"),
            col("paid_yen", "支払済額（円）", Type.INTEGER, "これまでに支払った金額（円）"),
            col("status", "状態", Type.TEXT, "実施中・支払済みなど"));

    /** A dataset as published: its file name, title, what it holds, its columns, and how its rows are read. */
    private record Definition(String name, String title, String description, List<Column> columns,
                              Supplier<List<Map<String, Object>>> rows) {
        OpenDataset schema() {
            return new OpenDataset(name, title, description, columns, List.of());
        }
    }

    private final ProjectQueries projects;
    private final ThemeService themes;
    private final ReviewQueries reviews;
    private final GrantedSubsidies subsidies;
    private final GroupRegister register;
    private final List<Definition> definitions;

    OpenDataService(ProjectQueries projects, ThemeService themes, ReviewQueries reviews, GrantedSubsidies subsidies,
                    GroupRegister register) {
        this.projects = projects;
        this.themes = themes;
        this.reviews = reviews;
        this.subsidies = subsidies;
        this.register = register;
        this.definitions = List.of(
                new Definition("projects", "協働事業", "協定を結んで実施中・評価中・終了した協働事業", PROJECTS,
                        this::projects),
                new Definition("themes", "行政提案テーマ", "公開された行政提案型協働事業のテーマ", THEMES, this::themes),
                new Definition("committee-results", "審査会の結果", "採否まで決まった審査会の、提案ごとの結果",
                        COMMITTEE_RESULTS, this::committeeResults),
                new Definition("committee-member-totals", "審査会の委員別合計点",
                        "採否まで決まった審査会の、委員ごとの合計点（委員の名前は審査会の公表の設定のとおり）",
                        COMMITTEE_MEMBER_TOTALS, this::memberTotals),
                new Definition("subsidies", "支援金の交付", "交付を決めた支援金（まちづくり活動支援金など）", SUBSIDIES,
                        this::subsidies));
    }

    /** Every dataset's name, title, description and columns (no rows). */
    public List<OpenDataset> catalogue() {
        return definitions.stream().map(Definition::schema).toList();
    }

    /** One dataset with its rows, read now; empty for a name that is none. */
    public Optional<OpenDataset> dataset(String name) {
        return definitions.stream().filter(d -> d.name().equals(name)).findFirst()
                .map(d -> new OpenDataset(d.name(), d.title(), d.description(), d.columns(), d.rows().get()));
    }

    private List<Map<String, Object>> projects() {
        var published = projects.published();
        Map<Long, String> names = register.names(published.stream().map(ProjectQueries.PublishedProject::partnerGroupId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var p : published) {
            rows.add(row(PROJECTS, "PJ-" + p.id(), p.fiscalYearLabel(), p.title(),
                    p.partnerGroupId() == null ? null : names.get(p.partnerGroupId()), p.collaborationFormLabel(),
                    p.projectYear(), p.statusLabel()));
        }
        return rows;
    }

    private List<Map<String, Object>> themes() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var t : themes.published()) {
            rows.add(row(THEMES, "TH-" + t.id(), t.fiscalYearLabel(), t.title(), t.departmentName(), t.problem(),
                    t.desiredOutcome(), t.expectedWork(), t.budgetCeilingYen(), t.fundingRate(), t.periodFrom(),
                    t.periodTo(), t.collaborationForm() == null ? null
                    : jp.kyodoflow.projects.CollaborationForm.labelOf(t.collaborationForm()), t.statusLabel()));
        }
        return rows;
    }

    private List<Map<String, Object>> committeeResults() {
        var results = reviews.publishedResults();
        Map<Long, String> names = groupNames(results);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var r : results) {
            rows.add(row(COMMITTEE_RESULTS, r.roundId(), r.roundTitle(), r.purposeLabel(), r.proposalTitle(),
                    r.applicantGroupId() == null ? null : names.get(r.applicantGroupId()), r.requestedYen(),
                    r.normalisedScore() == null ? null : round2(r.normalisedScore()), r.rank(), r.resultLabel(),
                    r.decision(), r.conditions(), r.decidedOn()));
        }
        return rows;
    }

    private List<Map<String, Object>> memberTotals() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var r : reviews.publishedResults()) {
            r.memberTotals().forEach((member, total) -> rows.add(row(COMMITTEE_MEMBER_TOTALS, r.roundId(), r.roundTitle(),
                    r.proposalTitle(), member, total == null ? null : round2(total))));
        }
        return rows;
    }

    private List<Map<String, Object>> subsidies() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var g : subsidies.all()) {
            rows.add(row(SUBSIDIES, "SA-" + g.applicationId(), g.fiscalYear(), g.groupName(), g.title(), g.programmeName(),
                    g.trackLabel(), g.grantedYen(), g.decidedOn(), g.finalYen(), g.paidYen(), g.statusLabel()));
        }
        return rows;
    }

    private Map<Long, String> groupNames(List<ReviewQueries.PublishedResult> results) {
        return register.names(results.stream().map(ReviewQueries.PublishedResult::applicantGroupId)
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** Scores as published: two decimals, half up. */
    private static java.math.BigDecimal round2(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Map<String, Object> row(List<Column> columns, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("expected " + columns.size() + " values, got " + values.length);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i).key(), values[i]);
        }
        return row;
    }

    private static Column col(String key, String label, Type type, String description) {
        return new Column(key, label, type, description);
    }
}
