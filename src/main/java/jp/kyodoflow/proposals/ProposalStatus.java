package jp.kyodoflow.proposals;

/** Where a proposal stands, what the group reads, and whether the group may edit its content now. */
public enum ProposalStatus {
    DRAFT("下書き", true, "内容を確認し、募集期間内に提出してください"),
    SUBMITTED("要件審査中", false, "事務局が要件を確認しています"),
    SENT_BACK("差戻し（修正待ち）", true, "差戻し理由に沿って修正し、期限までに再提出してください"),
    NOT_ACCEPTED("不受理", false, null),
    LAPSED("失効", false, null),
    IN_OPINION("担当課の意見照会中", false, "担当課が意見をまとめています"),
    AWAITING_REVIEW("審査待ち", false, "審査会（書類審査・公開プレゼンテーション）をお待ちください"),
    IN_REVIEW("審査中", false, "審査会で審査しています"),
    REVISING("条件付き採択（修正待ち）", true, "採択の条件に沿って提案を修正してください"),
    REJECTED("不採択", false, null),
    AWAITING_BUDGET("採択（予算議決待ち）", false, "市議会の予算議決をお待ちください"),
    BUDGET_REJECTED("予算否決により終了", false, null),
    TO_AGREEMENT("採択（協定の協議へ）", false, "担当課と協定の内容を協議します");

    private final String label;
    private final boolean editable;
    private final String nextForGroup;

    ProposalStatus(String label, boolean editable, String nextForGroup) {
        this.label = label;
        this.editable = editable;
        this.nextForGroup = nextForGroup;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return editable;
    }

    public String nextForGroup() {
        return nextForGroup;
    }
}
