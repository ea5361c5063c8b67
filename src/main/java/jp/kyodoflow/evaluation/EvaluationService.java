package jp.kyodoflow.evaluation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.evaluation.events.EvaluationRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 評価 (rules.md §8): group and department self-evaluate, compare in a mutual evaluation, and the
 * committee evaluates with the seven principles as a checklist. One record per kind and project year.
 */
@Service
@Transactional
public class EvaluationService {

    public static final String GROUP_SELF = "GROUP_SELF";
    public static final String DEPARTMENT_SELF = "DEPARTMENT_SELF";
    public static final String MUTUAL = "MUTUAL";
    public static final String COMMITTEE = "COMMITTEE";

    public record EvaluationView(Long id, int projectYear, String kind, String evaluator, Map<String, Double> scores,
                                 List<String> principles, String verdict, String comment, String agreedPoints,
                                 String differences, String improvements, OffsetDateTime createdAt) {
    }

    /** A self or committee evaluation sheet as the form sends it (item code → score, plus extras). */
    public record Sheet(Map<String, Object> values) {
    }

    private final EvaluationRepository evaluations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationService(EvaluationRepository evaluations, ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.events = events;
        this.clock = clock;
    }

    public void recordSelfEvaluation(long projectId, int projectYear, String kind, String evaluator, Sheet sheet) {
        if (!GROUP_SELF.equals(kind) && !DEPARTMENT_SELF.equals(kind)) {
            throw new IllegalArgumentException(kind);
        }
        Evaluation e = fresh(projectId, projectYear, kind, evaluator);
        e.scores = asDoubles(scores(sheet.values()));
        e.comment = text(sheet.values().get("comment"));
        save(e);
    }

    public void recordMutualEvaluation(long projectId, int projectYear, String evaluator, String agreedPoints,
                                       String differences, String improvements) {
        List<String> problems = new ArrayList<>();
        if (agreedPoints == null || agreedPoints.isBlank()) {
            problems.add("一致した点を入力してください");
        }
        if (improvements == null || improvements.isBlank()) {
            problems.add("改善点を入力してください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("相互評価の内容に不足があります", problems);
        }
        Evaluation e = fresh(projectId, projectYear, MUTUAL, evaluator);
        e.agreedPoints = agreedPoints;
        e.differences = differences;
        e.improvements = improvements;
        save(e);
    }

    /**
     * The committee's evaluation: the item scores are the averages of the committee round (members
     * scored them at the results presentation); here the committee adds the principles checklist,
     * the verdict and the 講評.
     */
    public void recordCommitteeEvaluation(long projectId, int projectYear, String evaluator, Sheet sheet,
                                          Map<String, Double> roundAverages) {
        Map<String, Object> v = sheet.values();
        Evaluation e = fresh(projectId, projectYear, COMMITTEE, evaluator);
        if (roundAverages.keySet().size() != EvaluationItem.values().length) {
            throw new BusinessRuleException("委員会の採点結果がまだありません（定足数を満たした採点が必要です）");
        }
        e.scores = new LinkedHashMap<>(roundAverages);
        e.principles = principles(v.get("principles"));
        e.verdict = Verdict.of(text(v.get("verdict"))).orElseThrow(
                () -> new BusinessRuleException("総合評価（優良・良好・継続には改善が必要）を選んでください"));
        e.comment = text(v.get("comment"));
        if (e.comment == null) {
            throw new BusinessRuleException("講評を入力してください");
        }
        save(e);
    }

    /** Both self-evaluations side by side, for the mutual evaluation. */
    @Transactional(readOnly = true)
    public String compareSelfEvaluations(long projectId, int projectYear) {
        Evaluation group = require(projectId, projectYear, GROUP_SELF);
        Evaluation dept = require(projectId, projectYear, DEPARTMENT_SELF);
        StringBuilder sb = new StringBuilder("項目：団体／担当課\n");
        for (EvaluationItem item : EvaluationItem.values()) {
            int g = group.scores.get(item.name()).intValue();
            int d = dept.scores.get(item.name()).intValue();
            sb.append("・").append(item.label()).append("：").append(g).append("／").append(d)
                    .append(Math.abs(g - d) >= 2 ? "　※認識に差があります" : "").append('\n');
        }
        sb.append("団体の所見：").append(nullToDash(group.comment)).append('\n');
        sb.append("担当課の所見：").append(nullToDash(dept.comment));
        return sb.toString();
    }

    /** The year's results in a few lines, for the continuation decision. */
    @Transactional(readOnly = true)
    public String yearSummary(long projectId, int projectYear) {
        Evaluation c = require(projectId, projectYear, COMMITTEE);
        double avg = c.scores.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return "第三者評価：" + c.verdict.label() + "（平均 " + String.format("%.1f", avg) + " / 5）\n"
                + "満たした原則：" + c.principles.stream().map(p -> Principle.valueOf(p).label())
                .collect(Collectors.joining("、")) + "\n講評：" + c.comment;
    }

    @Transactional(readOnly = true)
    public List<EvaluationView> forProject(long projectId) {
        return evaluations.findByProjectIdOrderByProjectYearAscIdAsc(projectId).stream().map(Evaluation::view).toList();
    }

    private Evaluation fresh(long projectId, int projectYear, String kind, String evaluator) {
        if (evaluations.findByProjectIdAndProjectYearAndKind(projectId, projectYear, kind).isPresent()) {
            throw new BusinessRuleException("この年度の評価はすでに登録されています");
        }
        Evaluation e = new Evaluation(OffsetDateTime.now(clock));
        e.projectId = projectId;
        e.projectYear = projectYear;
        e.kind = kind;
        e.evaluator = evaluator;
        return e;
    }

    private void save(Evaluation e) {
        evaluations.save(e);
        events.publishEvent(new EvaluationRecorded(e.projectId, e.projectYear, e.kind, e.comment, e.evaluator));
    }

    private Evaluation require(long projectId, int projectYear, String kind) {
        return evaluations.findByProjectIdAndProjectYearAndKind(projectId, projectYear, kind)
                .orElseThrow(() -> new BusinessRuleException("評価がまだ登録されていません（" + kind + "）"));
    }

    /** The round's averages as the committee form shows them. */
    public static String averagesText(Map<String, Double> averages) {
        StringBuilder sb = new StringBuilder();
        for (EvaluationItem item : EvaluationItem.values()) {
            Double a = averages.get(item.name());
            sb.append("・").append(item.label()).append("：").append(a == null ? "－" : String.format("%.2f", a)).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Double> asDoubles(Map<String, Integer> scores) {
        Map<String, Double> d = new LinkedHashMap<>();
        scores.forEach((k, v) -> d.put(k, v.doubleValue()));
        return d;
    }

    static Map<String, Integer> scores(Map<String, Object> values) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (EvaluationItem item : EvaluationItem.values()) {
            Object raw = values.get(item.name());
            Integer score = null;
            if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                score = n.intValue();
            } else if (raw instanceof String s && s.matches("\\d+")) {
                score = Integer.parseInt(s);
            }
            if (score == null || score < EvaluationItem.MIN || score > EvaluationItem.MAX) {
                problems.add("「" + item.label() + "」を1〜5の整数で評価してください");
            } else {
                scores.put(item.name(), score);
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("評価に不足または誤りがあります", problems);
        }
        return scores;
    }

    private static List<String> principles(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new BusinessRuleException("協働の原則チェックの形式が正しくありません");
        }
        Set<String> known = Arrays.stream(Principle.values()).map(Enum::name).collect(Collectors.toSet());
        List<String> codes = list.stream().map(String::valueOf).distinct().toList();
        codes.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> {
            throw new BusinessRuleException("不明な原則です：" + c);
        });
        return codes;
    }

    private static String text(Object o) {
        return o == null || String.valueOf(o).isBlank() ? null : String.valueOf(o).trim();
    }

    private static String nullToDash(String s) {
        return s == null ? "－" : s;
    }
}
