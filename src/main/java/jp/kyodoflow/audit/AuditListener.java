package jp.kyodoflow.audit;

import jp.kyodoflow.common.DomainEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every domain event into the audit trail, synchronously and in the transaction that published
 * it: the history of a decision commits or rolls back with the decision.
 */
@Component
class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(DomainEvent event) {
        trail.record(event.audit());
    }
}
