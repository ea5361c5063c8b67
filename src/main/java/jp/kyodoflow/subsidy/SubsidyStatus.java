package jp.kyodoflow.subsidy;

/** Where an application stands, with the word the group and staff read. */
public enum SubsidyStatus {
    SUBMITTED("要件審査中"),
    SENT_BACK("差戻し（修正待ち）"),
    REFUSED("不受理"),
    IN_REVIEW("審査中"),
    NOT_GRANTED("不交付"),
    GRANTED("交付決定（実施中）"),
    REPORTED("実績報告の確認中"),
    FINALISED("額の確定済み"),
    PAYMENT_REQUESTED("請求済み（支払待ち）"),
    PAID("支払済み"),
    REPAYMENT_DUE("返還待ち"),
    REPAID("返還済み"),
    SETTLED("精算済み"),
    CANCELLED("中止");

    private final String label;

    SubsidyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
