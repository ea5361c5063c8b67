package jp.kyodoflow.portal;

import java.util.List;
import java.util.Objects;
import jp.kyodoflow.proposals.ProposalRules;
import jp.kyodoflow.proposals.RoundRules;

/**
 * The budget's totals as the server computes them on every render (the page's script computes the
 * same as the group types): income, expenses, their difference, and the most the city may pay for the
 * chosen project year under the call's rule ({@link ProposalRules#maxCityShare}).
 *
 * @param maxCityShare null when the project year is not one of the call's
 */
public record ProposalFigures(long incomeTotal, long expenseTotal, long difference, Long maxCityShare, Integer rate) {

    static ProposalFigures of(ProposalForm form, RoundRules rules) {
        ProposalForm.BudgetRows b = form.getBudget();
        long income = value(b.getIncomeOwnFunds()) + value(b.getIncomeCityShare()) + value(b.getIncomeOther());
        long expenses = b.getExpenses().stream().filter(Objects::nonNull).mapToLong(e -> value(e.getAmount())).sum();
        List<Integer> rates = rules.cityShareRates();
        Integer year = form.getProjectYear();
        boolean known = year != null && year >= 1 && year <= rates.size();
        return new ProposalFigures(income, expenses, income - expenses,
                known ? ProposalRules.maxCityShare(rules, year, Math.max(0, expenses)) : null,
                known ? rates.get(year - 1) : null);
    }

    private static long value(Long yen) {
        return yen == null || yen < 0 || yen > 100_000_000_000L ? 0 : yen;
    }
}
