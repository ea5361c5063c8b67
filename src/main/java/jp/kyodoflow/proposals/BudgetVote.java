package jp.kyodoflow.proposals;

import java.util.Arrays;
import java.util.Optional;

/** The council's vote on a call's budget (予算議決); stored by name (proposal_round.budget_vote). */
public enum BudgetVote {
    APPROVED("可決"),
    REJECTED("否決");

    private final String label;

    BudgetVote(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<BudgetVote> of(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
