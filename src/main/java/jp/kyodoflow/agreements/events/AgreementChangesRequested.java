package jp.kyodoflow.agreements.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * One side ({@code party}: CITY or GROUP) asked for changes to a version of the agreement, saying what
 * ({@code comment}); 協議 makes a new version, which both sides sign again.
 */
public record AgreementChangesRequested(long agreementId, int versionNo, long projectId, String party,
                                        String signer, String comment) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(AgreementCase.TYPE, projectId, "協定締結",
                AgreementCase.answer(party, "CHANGES_REQUESTED", versionNo), comment, signer);
    }
}
