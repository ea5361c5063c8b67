/**
 * What happens to a committee round (審査会), in the past tense. Published inside the decision's
 * transaction; the audit trail records each event as a line of the round's minutes, and other modules
 * may react to them (for example to {@link jp.kyodoflow.committee.events.ReviewRoundDecided}).
 */
@org.springframework.modulith.NamedInterface("events")
package jp.kyodoflow.committee.events;
