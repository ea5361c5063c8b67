package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import java.util.Objects;
import jp.kyodoflow.common.FiscalYear;

/**
 * The finalised amount (額確定通知書) and how it settles against the advance: the city pays
 * {@code finalYen - advancePaidYen} when positive ({@code toPayYen}), otherwise the group repays the difference
 * ({@code toRepayYen}). The figures must agree, a notice with figures that do not add up is refused.
 */
public record AmountFinalisation(String documentNumber, LocalDate issuedOn, Letterhead from, Addressee to,
                                 String programmeName, FiscalYear fiscalYear, String projectTitle, String applicationKey,
                                 LocalDate decidedOn, long grantedYen, long actualEligibleYen, long finalYen,
                                 long advancePaidYen, long toPayYen, long toRepayYen, String working) {

    public AmountFinalisation {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(programmeName, "programmeName");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(projectTitle, "projectTitle");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Amounts.requireNotNegative("grantedYen", grantedYen);
        Amounts.requireNotNegative("actualEligibleYen", actualEligibleYen);
        Amounts.requireNotNegative("finalYen", finalYen);
        Amounts.requireNotNegative("advancePaidYen", advancePaidYen);
        Amounts.requireNotNegative("toPayYen", toPayYen);
        Amounts.requireNotNegative("toRepayYen", toRepayYen);
        if (toPayYen != Math.max(0, finalYen - advancePaidYen) || toRepayYen != Math.max(0, advancePaidYen - finalYen)) {
            throw new IllegalArgumentException("final " + finalYen + " and advance " + advancePaidYen + " do not settle as pay "
                    + toPayYen + " / repay " + toRepayYen);
        }
    }
}
