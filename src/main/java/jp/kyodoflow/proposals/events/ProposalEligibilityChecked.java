package jp.kyodoflow.proposals.events;

import java.util.List;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The group and project requirements were checked automatically (要件の自動確認); the reasons say what failed. */
public record ProposalEligibilityChecked(long proposalId, List<String> reasons) implements DomainEvent {

    public ProposalEligibilityChecked {
        reasons = List.copyOf(reasons);
    }

    @Override
    public AuditLine audit() {
        return AuditLine.of(ProposalCase.TYPE, proposalId, "要件審査", reasons.isEmpty() ? "PASSED" : "FAILED",
                String.join("／", reasons), "system");
    }
}
