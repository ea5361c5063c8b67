package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import jp.kyodoflow.common.FiscalYear;

public record RepaymentOrder(String documentNumber, LocalDate issuedOn, Letterhead from, Addressee to, String programmeName,
                             FiscalYear fiscalYear, String projectTitle, String applicationKey, String cause, long finalYen,
                             long advancePaidYen, long repayYen, LocalDate dueOn) {
}
