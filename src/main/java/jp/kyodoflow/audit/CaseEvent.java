package jp.kyodoflow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "case_event")
class CaseEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String caseType;
    Long caseId;
    String step;
    String outcome;
    String reason;
    Long amountYen;
    String actor;
    OffsetDateTime occurredAt;
    boolean internal;

    protected CaseEvent() {
    }

    CaseEvent(String caseType, long caseId, String step, String outcome, String reason, Long amountYen, String actor,
              OffsetDateTime occurredAt) {
        this(caseType, caseId, step, outcome, reason, amountYen, actor, occurredAt, false);
    }

    CaseEvent(String caseType, long caseId, String step, String outcome, String reason, Long amountYen, String actor,
              OffsetDateTime occurredAt, boolean internal) {
        this.internal = internal;
        this.caseType = caseType;
        this.caseId = caseId;
        this.step = step;
        this.outcome = outcome;
        this.reason = reason;
        this.amountYen = amountYen;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    AuditTrail.Entry toEntry() {
        return new AuditTrail.Entry(step, outcome, reason, amountYen, actor, occurredAt);
    }

    AuditTrail.Line toLine() {
        return new AuditTrail.Line(id, step, outcome, reason, amountYen, actor, occurredAt, internal);
    }
}
