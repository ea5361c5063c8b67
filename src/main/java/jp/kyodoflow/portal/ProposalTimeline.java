package jp.kyodoflow.portal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a proposal stands on the way 受付 → 要件審査 → 意見照会 → 審査 → 決定 → 予算 → 協議: each step done,
 * current or still ahead; a case that ended (不受理, 失効, 不採択, 否決) ends at its step.
 */
record ProposalTimeline(List<Step> steps, boolean ended) {

    enum State { DONE, CURRENT, ENDED, AHEAD }

    record Step(String key, int number, State state) {
        public String stateName() {
            return state.name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean current() {
            return state == State.CURRENT || state == State.ENDED;
        }
    }

    static final List<String> STEPS = List.of("received", "eligibility", "opinion", "review", "decision", "budget", "agreement");

    static ProposalTimeline of(String status) {
        int at;
        boolean ended = false;
        switch (status) {
            case "DRAFT" -> at = -1;
            case "SUBMITTED", "SENT_BACK" -> at = 1;
            case "NOT_ACCEPTED", "LAPSED" -> { at = 1; ended = true; }
            case "IN_OPINION" -> at = 2;
            case "AWAITING_REVIEW", "IN_REVIEW" -> at = 3;
            case "REVISING" -> at = 4;
            case "REJECTED" -> { at = 4; ended = true; }
            case "AWAITING_BUDGET" -> at = 5;
            case "BUDGET_REJECTED" -> { at = 5; ended = true; }
            case "TO_AGREEMENT" -> at = 6;
            default -> at = -1;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            State state = i < at ? State.DONE : i == at ? (ended ? State.ENDED : State.CURRENT) : State.AHEAD;
            steps.add(new Step(STEPS.get(i), i + 1, state));
        }
        return new ProposalTimeline(steps, ended);
    }
}
