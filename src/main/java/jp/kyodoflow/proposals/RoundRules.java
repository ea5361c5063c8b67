package jp.kyodoflow.proposals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A call's rules (rules.md §1–§3), per fiscal year: the submission window, pre-consultation,
 * one proposal per group, and the city's share by project year with a cap.
 *
 * @param cityShareRates           city share in percent of the project cost for project year 1, 2, 3 … (e.g. 90, 80, 70);
 *                                 its length is the maximum number of years
 * @param capYen                   the most the city pays per project and year
 * @param preConsultationRequired  a submission needs a recorded 事前相談 on or before preConsultationCutoff
 */
public record RoundRules(int fiscalYear, OffsetDateTime opensAt, OffsetDateTime closesAt, boolean preConsultationRequired,
                         LocalDate preConsultationCutoff, boolean onePerGroup, List<Integer> cityShareRates, long capYen,
                         boolean budgetVoteRequired) {

    public RoundRules {
        cityShareRates = cityShareRates == null ? List.of() : List.copyOf(cityShareRates);
    }
}
