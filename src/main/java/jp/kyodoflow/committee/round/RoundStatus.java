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

    /** The status a list is filtered by, from its name; an unknown name is refused in Japanese. */
    static RoundStatus parse(String name) {
        for (RoundStatus s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new jp.kyodoflow.common.BusinessRuleException("status は次のいずれかで指定してください："
                + String.join("、", java.util.Arrays.stream(values()).map(Enum::name).toList()));
    }
}
