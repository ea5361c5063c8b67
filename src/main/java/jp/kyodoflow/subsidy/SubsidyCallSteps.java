package jp.kyodoflow.subsidy;

/** The steps of a call (SubsidyCallProcess, business key SC-…): closing, the committee's review, its results. */
public interface SubsidyCallSteps {

    /** Timer_CallCloses: no more applications. */
    void close(long callId);

    /** Text for the coordinator: applications by status; which still wait for 要件審査. */
    String readiness(long callId);

    /**
     * 審査会の開始: refused while an application of a committee track still waits for 要件審査 or correction; creates
     * the committee's ranking round over the accepted ones and returns its id, or null when there is none.
     */
    Long startReview(long callId, String actor);

    /** After the committee: each reviewed application gets the committee's result and moves on to the grant decision. */
    void releaseResults(long callId);
}
