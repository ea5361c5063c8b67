package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import jp.kyodoflow.common.FiscalYear;

public record AmountFinalisation(String documentNumber, LocalDate issuedOn, Letterhead from, Addressee to,
                                 String programmeName, FiscalYear fiscalYear, String projectTitle, String applicationKey,
                                 LocalDate decidedOn, long grantedYen, long actualEligibleYen, long finalYen,
                                 long advancePaidYen, long toPayYen, long toRepayYen, String working) {
}
