package jp.kyodoflow.committee.round;

/** What a round is for; stored by name (review_round.purpose). */
enum RoundPurpose {
    /** The approver decides on each proposal of a scheme. */
    SELECTION("選考"),
    /** A project's third-party evaluation (第三者評価): the committee's averages go back, nobody decides. */
    EVALUATION("第三者評価"),
    /** The committee ranks; the calling scheme's approver chooses afterwards (行政提案型: one partner per theme). */
    RANKING("順位付け");

    private final String label;

    RoundPurpose(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
