package jp.kyodoflow.committee;

import java.util.List;
import java.util.stream.IntStream;
import jp.kyodoflow.committee.ReviewRules.ConflictPolicy;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.ReviewRules.Threshold;
import jp.kyodoflow.committee.ReviewRules.TieBreak;

/**
 * Starting configurations for a round's review rules: the published city rules of rules.md §4 and
 * §6, and the project's default. What the cities do not publish (quorum, tie-break, stages, naming
 * on published sheets, budget) is set to the least surprising value: quorum 1, tie shared for the
 * chair to decide, anonymised sheets, no budget cut-off. The secretariat adjusts them per round.
 */
public final class CityRulePresets {

    private CityRulePresets() {
    }

    /** Name under which the project evaluation rules are seeded (kyodo.rules.evaluation.config-name). */
    public static final String PROJECT_EVALUATION = "協働事業の評価（第三者評価・成果発表会）";

    /**
     * The third-party evaluation of a project year (rules.md §8): the seven items on 1–5 (5 = far
     * above expectation, 3 = as expected), scored at the results presentation (成果発表会);
     * "as expected" on average (60 on 100) is the line; members of the partner group do not score.
     */
    public static ReviewRules projectEvaluation() {
        List<Criterion> items = List.of(
                new Criterion("targets", "目標の達成度", 1, 1, 5),
                new Criterion("method", "協働という手法の適切さ", 1, 1, 5),
                new Criterion("satisfaction", "受益者の満足度", 1, 1, 5),
                new Criterion("synergy", "相乗効果", 1, 1, 5),
                new Criterion("costEffect", "費用対効果", 1, 1, 5),
                new Criterion("groupGrowth", "団体の成長", 1, 1, 5),
                new Criterion("adminEffect", "行政への効果", 1, 1, 5));
        return new ReviewRules(List.of(Stage.HEARING), items, new Threshold(Threshold.Kind.NORMALISED_100, 60), null,
                ConflictPolicy.EXCLUDE, 1, TieBreak.SHARED, null, null, false);
    }

    /** Obu: each item 0–5, total normalised to 100, adopted at ≥ 50; interested members do not score. */
    public static ReviewRules obu() {
        List<Criterion> criteria = List.of(
                new Criterion("publicBenefit", "公益性", 1, 0, 5),
                new Criterion("collaborationNeed", "協働の必要性・相乗効果", 1, 0, 5),
                new Criterion("feasibility", "実現可能性", 1, 0, 5),
                new Criterion("roleSharing", "役割分担の明確さ", 1, 0, 5),
                new Criterion("budgetAdequacy", "予算の妥当性", 1, 0, 5));
        return published(criteria, new Threshold(Threshold.Kind.NORMALISED_100, 50), ConflictPolicy.EXCLUDE);
    }

    /**
     * Sanda: 10 items of 0–5 (50 points), adopted when the members' average reaches 30 (60 %). The
     * item names are not in our sources: they are numbered placeholders to rename.
     */
    public static ReviewRules sanda() {
        List<Criterion> criteria = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new Criterion("item%02d".formatted(i), "審査項目" + i, 1, 0, 5))
                .toList();
        return published(criteria, new Threshold(Threshold.Kind.SHARE_OF_MAX, 0.6), ConflictPolicy.EXCLUDE);
    }

    /**
     * Motosu: 6 items of 0–10 scored at the public presentation; a member who abstains for a
     * conflict gets the average of the others. No adoption line is published: 0 ranks everyone.
     */
    public static ReviewRules motosu() {
        List<Criterion> criteria = List.of(
                new Criterion("initiative", "主体性・積極性", 1, 0, 10),
                new Criterion("publicBenefit", "公共性・公益性", 1, 0, 10),
                new Criterion("feasibility", "実現性・計画性", 1, 0, 10),
                new Criterion("originality", "独創性・発展性", 1, 0, 10),
                new Criterion("awareness", "啓発性・PR性", 1, 0, 10),
                new Criterion("continuity", "協働性・継続性", 1, 0, 10));
        return published(criteria, null, ConflictPolicy.SUBSTITUTE_AVERAGE); // no adoption line: ranking only
    }

    /**
     * The default set of rules.md §4 on a 1–5 scale, 公益性 and 実現可能性 counting double: document
     * screening (stops below 50) then the hearing (adopted at 60), conflicted members excluded, at
     * least 3 scorers, ties broken by the higher 公益性 average.
     */
    public static ReviewRules kyodoDefault() {
        List<Criterion> criteria = List.of(
                new Criterion("publicBenefit", "公益性", 2, 1, 5),
                new Criterion("collaborationNeed", "協働の必要性・相乗効果", 1, 1, 5),
                new Criterion("feasibility", "実現可能性（体制・計画）", 2, 1, 5),
                new Criterion("roleSharing", "役割分担の明確さ", 1, 1, 5),
                new Criterion("budgetAdequacy", "予算の妥当性", 1, 1, 5),
                new Criterion("originality", "先駆性・独創性", 1, 1, 5),
                new Criterion("development", "発展性・自立性", 1, 1, 5));
        return new ReviewRules(List.of(Stage.DOCUMENT, Stage.HEARING), criteria,
                new Threshold(Threshold.Kind.NORMALISED_100, 60), new Threshold(Threshold.Kind.NORMALISED_100, 50),
                ConflictPolicy.EXCLUDE, 3, TieBreak.HIGHER_CRITERION, "publicBenefit", null, true);
    }

    /** Name under which the Saku subsidy's committee rules are seeded (kyodo.subsidy.rules.review-config-name). */
    public static final String SAKU_SUBSIDY = "佐久市まちづくり活動支援金（5項目・ヒアリング）";

    /**
     * Saku's まちづくり活動支援金 (rules.md §2): the five criteria every project must meet, each 1–5, scored at the
     * hearing; an application is recommended at 60 on 100 (3 = meets the criterion on average); conflicted
     * members excluded; ties broken by the higher 公益性 average.
     */
    public static ReviewRules sakuSubsidy() {
        List<Criterion> criteria = List.of(
                new Criterion("publicBenefit", "公益性", 1, 1, 5),
                new Criterion("ingenuity", "創意工夫", 1, 1, 5),
                new Criterion("ripple", "波及効果・発展性", 1, 1, 5),
                new Criterion("feasibility", "実現可能性・予算の妥当性", 1, 1, 5),
                new Criterion("selfReliance", "自立促進", 1, 1, 5));
        return new ReviewRules(List.of(Stage.HEARING), criteria, new Threshold(Threshold.Kind.NORMALISED_100, 60), null,
                ConflictPolicy.EXCLUDE, 1, TieBreak.HIGHER_CRITERION, "publicBenefit", null, true);
    }

    /** The yearly award (優良事業表彰) ranks completed projects on the same five criteria, with no line. */
    public static final String SAKU_AWARD = "佐久市まちづくり活動支援金 優良事業表彰（5項目・順位）";

    public static ReviewRules sakuAward() {
        ReviewRules r = sakuSubsidy();
        return new ReviewRules(r.stages(), r.criteria(), null, null, r.conflictPolicy(), 1, r.tieBreak(),
                r.tieBreakCriterion(), null, true);
    }

    private static ReviewRules published(List<Criterion> criteria, Threshold threshold, ConflictPolicy conflicts) {
        return new ReviewRules(List.of(Stage.HEARING), criteria, threshold, null, conflicts, 1, TieBreak.SHARED, null,
                null, true);
    }
}
