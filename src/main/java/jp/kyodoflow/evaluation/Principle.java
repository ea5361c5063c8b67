package jp.kyodoflow.evaluation;

/** The seven principles of collaboration the seeds share (domain README), used as a checklist. */
public enum Principle {
    SHARED_PURPOSE("目的共有"), EQUALITY("対等"), MUTUAL_UNDERSTANDING("相互理解"), AUTONOMY("自主性・自立性の尊重"),
    CLEAR_ROLES("役割分担と責任の明確化"), TRANSPARENCY("情報の公開"), EVALUATION("評価・検証");

    private final String label;

    Principle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
