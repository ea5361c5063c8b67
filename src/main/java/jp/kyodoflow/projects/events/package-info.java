/**
 * What happens to a collaboration project, in the past tense: a problem raised, the partner chosen, a
 * grant decided, a year reviewed, ... Published inside the decision's transaction; the audit trail and
 * the notices module listen, and other modules may.
 */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.projects.events;
