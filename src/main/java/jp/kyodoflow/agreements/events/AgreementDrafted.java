package jp.kyodoflow.agreements.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * A version of a project's agreement was drafted in 協議 (協議・役割分担) and waits for both sides'
 * signatures; the partner group ({@code partnerGroupId}) is asked to check it.
 */
public record AgreementDrafted(long agreementId, int versionNo, long projectId, String projectTitle,
                               long partnerGroupId, String purpose, long cityContributionYen, String draftedBy)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(AgreementCase.TYPE, projectId, "協議・役割分担", "DRAFTED_V" + versionNo, purpose,
                cityContributionYen, draftedBy);
    }
}
