package jp.kyodoflow.subsidy.documents;

import java.time.LocalDate;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;

public record GrantDecision(String documentNumber, LocalDate issuedOn, Letterhead from, Addressee to, String programmeName,
                            FiscalYear fiscalYear, String trackLabel, String projectTitle, LocalDate appliedOn,
                            String applicationKey, long requestedYen, long eligibleYen, long grantedYen,
                            String reductionReason, int decisionVersion, Long previousGrantedYen, LocalDate periodFrom,
                            LocalDate periodTo, LocalDate reportDue, List<String> conditions) {
}
