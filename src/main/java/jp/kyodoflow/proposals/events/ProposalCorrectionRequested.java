package jp.kyodoflow.proposals.events;

import java.time.OffsetDateTime;

/**
 * The group was asked to correct its sent-back proposal by the deadline (差戻しの通知). The send-back
 * itself is in the history ({@link ProposalSentBack}); this only tells the group, so it is no DomainEvent.
 */
public record ProposalCorrectionRequested(long proposalId, long groupId, String title, String reason,
                                          OffsetDateTime deadline) {
}
