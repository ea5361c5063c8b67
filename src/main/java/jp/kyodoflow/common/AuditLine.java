package jp.kyodoflow.common;

/**
 * One line of a case's history: which case, which step, what came of it, why, the amount if any, and who.
 * Every {@link DomainEvent} says the line it leaves in the audit trail.
 */
public record AuditLine(String caseType, long caseId, String step, String outcome, String reason, Long amountYen,
                        String actor) {

    public static AuditLine of(String caseType, long caseId, String step, String outcome, String reason, String actor) {
        return new AuditLine(caseType, caseId, step, outcome, reason, null, actor);
    }
}
