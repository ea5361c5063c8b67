/** What happened to themes, their calls and questions (past tense); notices and the audit trail listen. */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.themes.events;
