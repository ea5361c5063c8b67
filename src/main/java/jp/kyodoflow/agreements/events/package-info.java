/**
 * What happens to an agreement (協定書), in the past tense: a version drafted, a side's answer, the
 * version signed by both. Published inside the decision's transaction; the audit trail and the notices
 * module listen. Agreements keep their history in their project's case.
 */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.agreements.events;
