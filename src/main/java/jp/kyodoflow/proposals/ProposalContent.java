package jp.kyodoflow.proposals;

import java.time.LocalDate;
import java.util.List;

/**
 * What a group proposes (提案書・事業計画書・収支予算書), as drafted and submitted. Field names are
 * the keys of the proposal forms and of the API. Amounts are whole yen.
 */
public record ProposalContent(String title, String problem, String purpose, List<Target> targets, String content,
                              String expectedEffect, String whyCollaboration, String collaborationForm,
                              List<String> cityRoles, List<String> groupRoles, LocalDate periodFrom, LocalDate periodTo,
                              Integer projectYear, List<String> departments, Budget budget) {

    public record Target(String description, String indicator, String targetValue) {
    }

    /** 収支予算: income (own funds, the requested city share, other) and expenses by category. */
    public record Budget(Long incomeOwnFunds, Long incomeCityShare, Long incomeOther, List<Expense> expenses) {
        public Budget {
            expenses = expenses == null ? List.of() : List.copyOf(expenses);
        }
    }

    /** category is one of {@link ProposalRules#EXPENSE_CATEGORIES}. */
    public record Expense(String category, String description, Long amount) {
    }

    public ProposalContent {
        targets = targets == null ? List.of() : List.copyOf(targets);
        cityRoles = cityRoles == null ? List.of() : List.copyOf(cityRoles);
        groupRoles = groupRoles == null ? List.of() : List.copyOf(groupRoles);
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** The same content for a theme's call: the theme's department is the only one concerned, and its form of collaboration. */
    public ProposalContent forTheme(String department, String form) {
        return new ProposalContent(title, problem, purpose, targets, content, expectedEffect, whyCollaboration, form,
                cityRoles, groupRoles, periodFrom, periodTo, projectYear, List.of(department), budget);
    }
}
