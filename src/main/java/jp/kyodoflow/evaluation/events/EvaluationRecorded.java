package jp.kyodoflow.evaluation.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * An evaluation of a project year was recorded (評価): a self-evaluation of the group or the department,
 * the mutual one, or the committee's; {@code kind} is GROUP_SELF, DEPARTMENT_SELF, MUTUAL or COMMITTEE.
 * Evaluations keep their history in their project's case.
 */
public record EvaluationRecorded(long projectId, int projectYear, String kind, String comment, String evaluator)
        implements DomainEvent {

    public static final String CASE_TYPE = "PROJECT";

    @Override
    public AuditLine audit() {
        AuditLine line = AuditLine.of(CASE_TYPE, projectId, "評価", kind, comment, evaluator);
        // a department's own self-evaluation is the city's internal view; the group's, the mutual and the committee's are shared
        return "DEPARTMENT_SELF".equals(kind) ? line.asInternal() : line;
    }
}
