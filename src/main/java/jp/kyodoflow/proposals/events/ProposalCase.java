package jp.kyodoflow.proposals.events;

/** The case types under which proposals and calls keep their history and their notices. */
public final class ProposalCase {
    /** A group's proposal (PR-…). */
    public static final String TYPE = "PROPOSAL";
    /** A yearly call (CALL-…). */
    public static final String ROUND = "PROPOSAL_ROUND";

    private ProposalCase() {
    }
}
