package jp.kyodoflow.proposals;

/** Where a yearly call stands; stored by name (proposal_round.status). */
public enum ProposalRoundStatus {
    OPEN("募集中"),
    CLOSED("募集締切"),
    REVIEWING("審査会で審査中"),
    DECIDED("審査結果の決定済み"),
    DONE("予算議決済み");

    private final String label;

    ProposalRoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
