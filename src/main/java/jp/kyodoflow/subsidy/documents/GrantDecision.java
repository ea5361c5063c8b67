package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.kyodoflow.common.FiscalYear;

/**
 * A grant decision (交付決定通知書), or a changed one (変更交付決定通知書) when {@code decisionVersion > 1}; a
 * change names the amount it replaces ({@code previousGrantedYen}, null for the first decision). The reduction
 * reason is null when the whole request is granted; the track label and application key may be null.
 */
public record GrantDecision(String documentNumber, LocalDate issuedOn, Letterhead from, Addressee to, String programmeName,
                            FiscalYear fiscalYear, String trackLabel, String projectTitle, LocalDate appliedOn,
                            String applicationKey, long requestedYen, long eligibleYen, long grantedYen,
                            String reductionReason, int decisionVersion, Long previousGrantedYen, LocalDate periodFrom,
                            LocalDate periodTo, LocalDate reportDue, List<String> conditions) {

    public GrantDecision {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(programmeName, "programmeName");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(projectTitle, "projectTitle");
        Objects.requireNonNull(appliedOn, "appliedOn");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(reportDue, "reportDue");
        Amounts.requireNotNegative("requestedYen", requestedYen);
        Amounts.requireNotNegative("eligibleYen", eligibleYen);
        Amounts.requireNotNegative("grantedYen", grantedYen);
        if (decisionVersion < 1) {
            throw new IllegalArgumentException("decisionVersion starts at 1: " + decisionVersion);
        }
        if ((decisionVersion > 1) != (previousGrantedYen != null)) {
            throw new IllegalArgumentException("previousGrantedYen is given exactly when decisionVersion > 1 (version "
                    + decisionVersion + ", previous " + previousGrantedYen + ")");
        }
        if (previousGrantedYen != null) {
            Amounts.requireNotNegative("previousGrantedYen", previousGrantedYen);
        }
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("periodTo " + periodTo + " is before periodFrom " + periodFrom);
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /** Whether this decision changes an earlier one (変更交付決定). */
    boolean isChange() {
        return decisionVersion > 1;
    }
}
