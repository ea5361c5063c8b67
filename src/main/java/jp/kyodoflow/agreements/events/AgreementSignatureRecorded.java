package jp.kyodoflow.agreements.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** One side ({@code party}: CITY or GROUP) signed a version of the agreement; the other side has yet to. */
public record AgreementSignatureRecorded(long agreementId, int versionNo, long projectId, String party,
                                         String signer, String comment) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(AgreementCase.TYPE, projectId, "協定締結", AgreementCase.answer(party, "SIGNED", versionNo),
                comment, signer);
    }
}
