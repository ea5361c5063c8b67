package jp.kyodoflow.proposals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A call's rules (rules.md §1–§3), per fiscal year: the submission window, pre-consultation,
 * one proposal per group, and the city's share by project year with a cap.
 *
 * @param cityShareRates           city share in percent of the project cost for project year 1, 2, 3 … (e.g. 90, 80, 70);
 *                                 its length is the maximum number of years
 * @param capYen                   the most the city pays per project and year; null (or absent) for no cap (上限なし),
 *                                 while 0 means the city pays nothing
 * @param preConsultationRequired  a submission needs a recorded 事前相談 on or before preConsultationCutoff
 */
public record RoundRules(int fiscalYear, OffsetDateTime opensAt, OffsetDateTime closesAt, boolean preConsultationRequired,
                         LocalDate preConsultationCutoff, boolean onePerGroup, List<Integer> cityShareRates, Long capYen,
                         boolean budgetVoteRequired) {

    public RoundRules {
        cityShareRates = cityShareRates == null ? List.of() : List.copyOf(cityShareRates);
    }

    /** Rules with a cap (the Java callers' shape from before the cap became optional). */
    public RoundRules(int fiscalYear, OffsetDateTime opensAt, OffsetDateTime closesAt, boolean preConsultationRequired,
                      LocalDate preConsultationCutoff, boolean onePerGroup, List<Integer> cityShareRates, long capYen,
                      boolean budgetVoteRequired) {
        this(fiscalYear, opensAt, closesAt, preConsultationRequired, preConsultationCutoff, onePerGroup, cityShareRates,
                Long.valueOf(capYen), budgetVoteRequired);
    }

    /** Whether the city's share has a cap at all. */
    public boolean capped() {
        return capYen != null;
    }

    /** What keeps a call with these rules from opening; empty when nothing does. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
            problems.add("募集期間（開始・締切）を正しく入力してください");
        }
        if (cityShareRates.isEmpty() || cityShareRates.stream().anyMatch(x -> x == null || x < 0 || x > 100)) {
            problems.add("市の負担割合（年目ごと、0〜100%）を1つ以上入力してください");
        }
        if (capYen != null && capYen < 0) {
            problems.add("負担額の上限は0円以上にしてください");
        }
        if (preConsultationRequired && preConsultationCutoff == null) {
            problems.add("事前相談が必須の場合は、事前相談の期限を入力してください");
        }
        return problems;
    }

    /** The same rules with the window closing at {@code closesAt}. */
    RoundRules closingAt(OffsetDateTime closesAt) {
        return new RoundRules(fiscalYear, opensAt, closesAt, preConsultationRequired, preConsultationCutoff, onePerGroup,
                cityShareRates, capYen, budgetVoteRequired);
    }
}
