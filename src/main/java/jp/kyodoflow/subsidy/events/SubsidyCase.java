package jp.kyodoflow.subsidy.events;

/** The case types under which subsidy applications and awards keep their history and notices. */
public final class SubsidyCase {
    /** An application (SA-…). */
    public static final String TYPE = "SUBSIDY";
    /** A yearly award (SW-…). */
    public static final String AWARD = "SUBSIDY_AWARD";

    private SubsidyCase() {
    }
}
