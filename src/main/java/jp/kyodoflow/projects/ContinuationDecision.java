package jp.kyodoflow.projects;

/** 見直し: what becomes of the project after a year; stored by name (project_review.decision). */
enum ContinuationDecision {
    CONTINUE("継続"),
    IMPROVE_AND_CONTINUE("改善して継続"),
    END("終了");

    private final String label;

    ContinuationDecision(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
