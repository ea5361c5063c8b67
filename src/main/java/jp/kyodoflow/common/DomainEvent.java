package jp.kyodoflow.common;

/**
 * Something that happened to a case, named in the past tense ({@code ProposalSubmitted},
 * {@code GroupRegistered}). A module publishes it with Spring's {@code ApplicationEventPublisher}
 * inside the transaction of the decision; the audit trail records it in that same transaction, and
 * notices (and later e-mail) react to it after the commit, tracked by the event publication registry.
 */
public interface DomainEvent {

    /** The line this event leaves in the case's history. */
    AuditLine audit();
}
