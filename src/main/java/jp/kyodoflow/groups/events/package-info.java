/**
 * What happens to a registration application, in the past tense. Published inside the decision's
 * transaction; the audit trail and the notices module listen.
 */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.groups.events;
