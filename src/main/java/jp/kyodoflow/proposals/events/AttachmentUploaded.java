package jp.kyodoflow.proposals.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A group's user attached a file to the proposal (添付書類), under the name as stored. */
public record AttachmentUploaded(long proposalId, long attachmentId, String fileName, String userId)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "添付書類", "UPLOADED", fileName, userId);
    }
}
