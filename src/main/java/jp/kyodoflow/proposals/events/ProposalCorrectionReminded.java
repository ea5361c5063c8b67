package jp.kyodoflow.proposals.events;

import java.time.OffsetDateTime;

/** The correction deadline of a sent-back proposal is near and the group was reminded (no line in the history). */
public record ProposalCorrectionReminded(long proposalId, long groupId, String title, OffsetDateTime deadline) {
}
