/** What happened to subsidy applications and awards, in the past tense; notices and the audit trail listen. */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.subsidy.events;
