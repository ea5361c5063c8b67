package jp.kyodoflow.proposals;

import java.util.Arrays;
import java.util.Optional;

/** The coordinator's answer in 要件審査 (the form's eligibilityDecision). */
enum EligibilityDecision {
    ELIGIBLE("受理"),
    SEND_BACK("差戻し"),
    NOT_ACCEPTED("不受理");

    private final String label;

    EligibilityDecision(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<EligibilityDecision> of(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }
}
