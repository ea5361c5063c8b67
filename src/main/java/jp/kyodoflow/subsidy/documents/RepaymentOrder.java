package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import java.util.Objects;
import jp.kyodoflow.common.FiscalYear;

/**
 * An order to repay (返還命令書) what was advanced beyond the final amount, {@code advancePaidYen - finalYen},
 * by {@code dueOn}; the cause is a short Japanese phrase such as 額の確定 or 事業の中止.
 */
public record RepaymentOrder(String documentNumber, LocalDate issuedOn, Letterhead from, Addressee to, String programmeName,
                             FiscalYear fiscalYear, String projectTitle, String applicationKey, String cause, long finalYen,
                             long advancePaidYen, long repayYen, LocalDate dueOn) {

    public RepaymentOrder {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(programmeName, "programmeName");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(projectTitle, "projectTitle");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(dueOn, "dueOn");
        Amounts.requireNotNegative("finalYen", finalYen);
        Amounts.requireNotNegative("advancePaidYen", advancePaidYen);
        if (repayYen <= 0 || repayYen != advancePaidYen - finalYen) {
            throw new IllegalArgumentException("repayYen " + repayYen + " is not the advance " + advancePaidYen
                    + " less the final amount " + finalYen + " (and more than 0)");
        }
    }
}
