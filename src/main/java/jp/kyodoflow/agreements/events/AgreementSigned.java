package jp.kyodoflow.agreements.events;

import java.time.LocalDate;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * A version of the agreement was signed by both sides and is in force (締結); {@code party} and
 * {@code signer} gave the second signature. A version signed earlier for the project is superseded.
 */
public record AgreementSigned(long agreementId, int versionNo, long projectId, int fiscalYear, int projectYear,
                              LocalDate periodFrom, LocalDate periodTo, String party, String signer, String comment)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(AgreementCase.TYPE, projectId, "協定締結", AgreementCase.answer(party, "SIGNED", versionNo),
                comment, signer);
    }
}
