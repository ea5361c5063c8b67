package jp.kyodoflow.committee.round;

/** What a round is for; stored by name (review_round.purpose). */
enum RoundPurpose {
    /** The approver decides on each proposal of a scheme. */
    SELECTION,
    /** A project's third-party evaluation (第三者評価): the committee's averages go back, nobody decides. */
    EVALUATION,
    /** The committee ranks; the calling scheme's approver chooses afterwards (行政提案型: one partner per theme). */
    RANKING
}
