package jp.kyodoflow.committee.events;

/** The case type under which committee rounds keep their history (the round's minutes). */
public final class CommitteeCase {
    public static final String TYPE = "REVIEW_ROUND";

    private CommitteeCase() {
    }
}
