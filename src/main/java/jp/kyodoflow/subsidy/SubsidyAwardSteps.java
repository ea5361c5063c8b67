package jp.kyodoflow.subsidy;

/** The yearly award (優良事業表彰, SubsidyAwardProcess, business key SW-…). */
public interface SubsidyAwardSteps {

    /**
     * The start form (年度, 審査委員のユーザーID comma-separated, the first chairs) by the starter: refused unless a
     * coordinator starts it for a year with completed projects and no award yet; returns the award's id (SW-…).
     */
    long record(int fiscalYear, String committeeMembers, jp.kyodoflow.security.CurrentUser starter, String processInstanceId);

    /** Creates the committee's ranking round over the year's completed projects; returns its id. */
    long prepare(long awardId);

    /** Text for the coordinator: the committee's ranking and the ranks it gives (最優秀賞, 優秀賞, …). */
    String sheet(long awardId);

    /** The coordinator confirms the ranks (with a note) ; they are published on the portal. */
    void confirm(long awardId, String note, String actor);
}
