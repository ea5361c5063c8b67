package jp.kyodoflow.evaluation;

/** Evaluation items of rules.md §8, each scored 1–5 (5 = far above expectation, 3 = as expected). */
public enum EvaluationItem {
    targets("目標の達成度"),
    method("協働という手法の適切さ"),
    satisfaction("受益者の満足度"),
    synergy("相乗効果"),
    costEffect("費用対効果"),
    groupGrowth("団体の成長"),
    adminEffect("行政への効果");

    public static final int MIN = 1;
    public static final int MAX = 5;
    private final String label;

    EvaluationItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
