package jp.kyodoflow.agreements;

/** Where a version of an agreement stands; stored by name (agreement.status). */
public enum AgreementStatus {
    DRAFT("署名待ち"),
    SIGNED("締結済み"),
    SUPERSEDED("後の版により失効"),
    WITHDRAWN("取下げ");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
