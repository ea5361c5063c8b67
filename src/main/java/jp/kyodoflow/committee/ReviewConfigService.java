package jp.kyodoflow.committee;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Review configurations: named, versioned, never edited in place. */
@Service
@Transactional
public class ReviewConfigService {

    public record ConfigView(Long id, String name, int versionNo, ReviewRules rules, String createdBy,
                             OffsetDateTime createdAt) {
    }

    private final ReviewConfigRepository configs;
    private final Clock clock;

    ReviewConfigService(ReviewConfigRepository configs, Clock clock) {
        this.configs = configs;
        this.clock = clock;
    }

    /** Saves the rules as the next version of the named configuration. */
    public ConfigView save(String name, ReviewRules rules, String actor) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BusinessRuleException("設定名を100文字以内で入力してください");
        }
        validate(rules);
        ReviewConfig c = new ReviewConfig(OffsetDateTime.now(clock));
        c.name = name.trim();
        c.versionNo = configs.findFirstByNameOrderByVersionNoDesc(c.name).map(x -> x.versionNo + 1).orElse(1);
        c.rules = rules;
        c.createdBy = actor;
        return configs.save(c).view();
    }

    @Transactional(readOnly = true)
    public List<ConfigView> list() {
        return configs.findAllByOrderByNameAscVersionNoDesc().stream().map(ReviewConfig::view).toList();
    }

    @Transactional(readOnly = true)
    public ConfigView get(long id) {
        return configs.findById(id).map(ReviewConfig::view).orElseThrow(() -> new NotFoundException("審査設定が見つかりません"));
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return configs.count() == 0;
    }

    static void validate(ReviewRules r) {
        List<String> problems = new ArrayList<>();
        if (r == null) {
            throw new BusinessRuleException("審査設定を入力してください");
        }
        if (r.stages().isEmpty() || r.stages().size() > 2 || new HashSet<>(r.stages()).size() != r.stages().size()
                || (r.stages().size() == 2 && r.stages().get(0) != Stage.DOCUMENT)) {
            problems.add("審査の段階は「書類審査」「公開プレゼンテーション」またはその両方（この順）にしてください");
        }
        if (r.criteria().isEmpty()) {
            problems.add("評価項目を1つ以上設定してください");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion c : r.criteria()) {
            if (c.code() == null || c.code().isBlank() || !codes.add(c.code())) {
                problems.add("評価項目のコードが空または重複しています（" + c.code() + "）");
            }
            if (c.name() == null || c.name().isBlank()) {
                problems.add("評価項目の名称を入力してください（" + c.code() + "）");
            }
            if (c.weight() < 1 || c.minScore() < 0 || c.maxScore() <= c.minScore()) {
                problems.add("「" + c.name() + "」の重み（1以上）と配点（最低点＜最高点）を確認してください");
            }
        }
        if (r.threshold() != null) { // none: no adoption line, ranking only (Motosu)
            threshold(r.threshold(), "採択基準", problems);
        }
        if (r.stage1Threshold() != null) {
            threshold(r.stage1Threshold(), "書類審査の通過基準", problems);
            if (!r.stages().contains(Stage.DOCUMENT) || r.stages().size() != 2) {
                problems.add("書類審査の通過基準は、書類審査と公開プレゼンテーションの両方を行う場合に設定します");
            }
        }
        if (r.conflictPolicy() == null || r.tieBreak() == null) {
            problems.add("利害関係者の扱いと同点時の扱いを選んでください");
        }
        if (r.minScorers() < 1) {
            problems.add("定足数（採点する委員の最少人数）は1人以上にしてください");
        }
        if (r.tieBreak() == ReviewRules.TieBreak.HIGHER_CRITERION && !codes.contains(r.tieBreakCriterion())) {
            problems.add("同点時に比べる評価項目を、評価項目の中から選んでください");
        }
        if (r.budgetYen() != null && r.budgetYen() < 0) {
            problems.add("予算額は0円以上にしてください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("審査設定に誤りがあります", problems);
        }
    }

    private static void threshold(ReviewRules.Threshold t, String label, List<String> problems) {
        if (t == null || t.kind() == null) {
            problems.add(label + "を設定してください");
        } else if (t.kind() == ReviewRules.Threshold.Kind.NORMALISED_100 ? t.value() < 0 || t.value() > 100
                : t.value() < 0 || t.value() > 1) {
            problems.add(label + "の値が範囲外です（100点換算は0〜100、満点に対する割合は0〜1）");
        }
    }
}
