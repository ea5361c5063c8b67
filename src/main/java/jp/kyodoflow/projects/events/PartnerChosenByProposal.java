package jp.kyodoflow.projects.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A proposal scheme handed over a project whose partner it chose (the proposing group). */
public record PartnerChosenByProposal(long projectId, long proposalId, long groupId, String departmentGroup)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProjectCase.TYPE, projectId, "協働相手の選定",
                "CHOSEN_BY_PROPOSAL", "提案番号 " + proposalId, "system");
    }
}
