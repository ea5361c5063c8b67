/**
 * What happens to a project year's evaluation, in the past tense. Published inside the decision's
 * transaction; the audit trail (and, later, others) listen.
 */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.evaluation.events;
