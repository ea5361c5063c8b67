package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * A member does not score a proposal (除斥): found in the applicant's register (source REGISTER) or
 * declared by the member (source DECLARED), with the note that says why.
 */
public record MemberRecused(long roundId, long proposalId, String memberId, String source, String note)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "除斥", source + ":" + proposalId, memberId + "：" + note,
                "system").asInternal();
    }
}
