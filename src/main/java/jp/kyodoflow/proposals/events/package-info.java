/**
 * What happens to a citizen proposal and to its call, in the past tense. Published inside the
 * decision's transaction; the audit trail records each {@link jp.kyodoflow.common.DomainEvent} in that
 * transaction, and the notices module tells the group, the department or the coordinator after the commit.
 * A few facts only tell somebody and leave no line in the history (reminders, the notify steps of the
 * model): they are events that are not {@code DomainEvent}s.
 */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.proposals.events;
