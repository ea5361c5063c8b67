package jp.kyodoflow.themes;

/** Where a theme stands; stored by name (theme.status). */
public enum ThemeStatus {
    IN_REVIEW("協働推進担当の確認中"),
    IN_APPROVAL("決裁中"),
    RETURNED("差戻し（担当課で修正）"),
    APPROVED("承認済み（公募前）"),
    PUBLISHED("公募中・審査中"),
    PARTNER_SELECTED("協働の相手が決定"),
    WITHDRAWN("取り下げ");

    private final String label;

    ThemeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Readable by anyone (the portal, without signing in): it has been published. */
    public boolean published() {
        return this == PUBLISHED || this == PARTNER_SELECTED || this == WITHDRAWN;
    }
}
