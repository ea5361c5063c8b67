package jp.kyodoflow.committee.round;

import java.util.Arrays;

/** The approver's decision on a proposal (採否); stored by name (review_proposal.decision). */
enum ProposalDecision {
    ADOPT("採択"), ADOPT_WITH_CONDITIONS("条件付き採択"), REJECT("不採択");

    private final String label;

    ProposalDecision(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The decision a form sent, or null for anything that is not one. */
    static ProposalDecision parse(String value) {
        return Arrays.stream(values()).filter(d -> d.name().equals(value)).findFirst().orElse(null);
    }

    boolean adopts() {
        return this != REJECT;
    }
}
