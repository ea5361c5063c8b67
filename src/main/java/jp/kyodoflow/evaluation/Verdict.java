package jp.kyodoflow.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** The committee's overall verdict on a project year (総合評価); stored by name (evaluation.verdict). */
public enum Verdict {
    EXCELLENT("優良"),
    GOOD("良好"),
    NEEDS_IMPROVEMENT("継続には改善が必要");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The verdict a form value names, if any. */
    static Optional<Verdict> of(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
