package jp.kyodoflow.committee.round;

/** Where a committee round stands; stored by name (review_round.status). */
enum RoundStatus {
    PREPARED("準備中"),
    CONFIRMING("利害関係の確認中"),
    SCORING("採点中"),
    COMMENTING("講評の作成中"),
    DECIDING("採否の決定待ち"),
    DECIDED("決定済み"),
    CANCELLED("中止");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
