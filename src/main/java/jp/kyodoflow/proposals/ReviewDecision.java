package jp.kyodoflow.proposals;

import java.util.Arrays;

/** What the review decided for a proposal (CommitteeReviewProcess's decisions); stored by name (proposal.review_decision). */
public enum ReviewDecision {
    ADOPT("採択"),
    ADOPT_WITH_CONDITIONS("条件付き採択"),
    REJECT("不採択");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The decision the committee handed over by its name; the committee refuses any other value. */
    static ReviewDecision of(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review decision: " + name));
    }
}
