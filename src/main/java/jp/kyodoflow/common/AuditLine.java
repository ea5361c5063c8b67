package jp.kyodoflow.common;

/**
 * One line of a case's history: which case, which step, what came of it, why, the amount if any, and who.
 * Every {@link DomainEvent} says the line it leaves in the audit trail.
 *
 * @param internal the line is the city's internal working (a department's opinion and its comments, a
 *                 department's own self-evaluation, committee members' interests, recusals, individual
 *                 scores and abstentions, quorum handling, the chair's draft 答申, pre-consultation notes):
 *                 staff who may read the case see it, the group whose case it is does not
 */
public record AuditLine(String caseType, long caseId, String step, String outcome, String reason, Long amountYen,
                        String actor, boolean internal) {

    /** A line the group whose case it is may read. */
    public AuditLine(String caseType, long caseId, String step, String outcome, String reason, Long amountYen,
                     String actor) {
        this(caseType, caseId, step, outcome, reason, amountYen, actor, false);
    }

    public static AuditLine of(String caseType, long caseId, String step, String outcome, String reason, String actor) {
        return new AuditLine(caseType, caseId, step, outcome, reason, null, actor);
    }

    /** The same line, for staff only (see {@code internal}). */
    public AuditLine asInternal() {
        return new AuditLine(caseType, caseId, step, outcome, reason, amountYen, actor, true);
    }
}
